/**
 * The live balance feed: a plain WebSocket at {@code /ws} and STOMP at {@code /stomp}, whose
 * handshakes the {@code cors.*} policy admits or refuses.
 */
@NullMarked
package io.github.corspolicy.sample.feed;

import org.jspecify.annotations.NullMarked;
