/**
 * Spring's servlet WebSocket and SockJS endpoints made to accept exactly the handshakes the policy
 * allows: their own origin checks replaced by the policy's, their paths handed to the filter.
 */
@NullMarked
package io.github.corspolicy.spring.servlet.websocket;

import org.jspecify.annotations.NullMarked;
