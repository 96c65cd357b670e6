/**
 * Tests of the feed's STOMP frame codec and conversation, without a server.
 */
@NullMarked
package io.github.corspolicy.sample.reactive.feed;

import org.jspecify.annotations.NullMarked;
