/**
 * The live balance feed on WebFlux: a plain WebSocket at {@code /ws} and a small STOMP 1.2 server at
 * {@code /stomp}, whose handshakes the {@code cors.*} policy admits or refuses.
 */
@NullMarked
package io.github.corspolicy.sample.reactive.feed;

import org.jspecify.annotations.NullMarked;
