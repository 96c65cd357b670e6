/**
 * WebSocket handshakes judged by the CORS policy, whatever the web stack: what a handshake is, the
 * paths of the application's WebSocket and SockJS endpoints, the refusal and the start-up warning.
 */
@NullMarked
package io.github.corspolicy.spring.websocket;

import org.jspecify.annotations.NullMarked;
