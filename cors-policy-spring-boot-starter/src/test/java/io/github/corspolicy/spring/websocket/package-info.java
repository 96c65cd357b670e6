/**
 * Test helpers for WebSocket handshakes, shared by the servlet and the reactive tests.
 */
@NullMarked
package io.github.corspolicy.spring.websocket;

import org.jspecify.annotations.NullMarked;
