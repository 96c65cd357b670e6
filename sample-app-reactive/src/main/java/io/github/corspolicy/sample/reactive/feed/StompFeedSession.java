/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.corspolicy.sample.reactive.feed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One client's STOMP conversation with the feed, the answers Spring's simple broker gives in the
 * servlet sample: {@code CONNECT} or {@code STOMP} gets {@code CONNECTED} (no heart-beats), a
 * {@code SUBSCRIBE} to {@code /topic/balance} a {@code MESSAGE} every tick until {@code UNSUBSCRIBE},
 * {@code DISCONNECT} a {@code RECEIPT} when it asks for one. {@code SEND}, another destination and a
 * malformed frame get an {@code ERROR}, after which the connection closes.
 */
final class StompFeedSession {

	/** The one destination a client may subscribe to. */
	static final String TOPIC = "/topic/balance";

	private static final List<String> VERSIONS = List.of("1.2", "1.1", "1.0");

	private final String id;

	private final LiveBalance balance;

	private final AtomicLong messages = new AtomicLong();

	private final Map<String, Sinks.Empty<Void>> subscriptions = new ConcurrentHashMap<>();

	private final Sinks.Empty<Void> ended = Sinks.empty();

	private volatile boolean connected;

	StompFeedSession(String id, LiveBalance balance) {
		this.id = id;
		this.balance = balance;
	}

	/** The frames that answer one WebSocket message: replies now, and {@code MESSAGE}s for a subscription. */
	Flux<StompFrame> receive(String message) {
		try {
			return Flux.fromIterable(StompDecoder.decode(message)).concatMap(this::answer);
		}
		catch (StompFrameException ex) {
			return Flux.just(StompFrame.error(ex.getMessage()));
		}
	}

	/** Ends every subscription: the client is gone. */
	void end() {
		this.ended.tryEmitEmpty();
	}

	private Flux<StompFrame> answer(StompFrame frame) {
		if (!this.connected && !frame.command().equals("CONNECT") && !frame.command().equals("STOMP")) {
			return Flux.just(StompFrame.error("Send CONNECT first; " + frame.command() + " came before it"));
		}
		return switch (frame.command()) {
			case "CONNECT", "STOMP" -> Flux.just(connect(frame));
			case "SUBSCRIBE" -> subscribe(frame);
			case "UNSUBSCRIBE" -> unsubscribe(frame);
			case "SEND" -> Flux.just(StompFrame.error("The balance feed is read-only: SEND is not accepted"));
			case "DISCONNECT" -> disconnect(frame);
			default -> Flux.empty(); // ACK, NACK and transactions: nothing to do on a feed without acks
		};
	}

	private StompFrame connect(StompFrame frame) {
		String accepted = frame.header("accept-version");
		List<String> offered = (accepted != null) ? List.of(accepted.split(",")) : List.of("1.0");
		String version = VERSIONS.stream().filter(offered::contains).findFirst().orElse(null);
		if (version == null) {
			return StompFrame.error("accept-version '" + accepted + "' names no version this server speaks: "
					+ String.join(", ", VERSIONS));
		}
		this.connected = true;
		return StompFrame.of("CONNECTED", "version", version, "heart-beat", "0,0");
	}

	private Flux<StompFrame> subscribe(StompFrame frame) {
		String destination = frame.header("destination");
		String subscription = frame.header("id");
		if (!TOPIC.equals(destination)) {
			return Flux.just(StompFrame.error("No destination '" + destination + "': subscribe to " + TOPIC));
		}
		if (subscription == null || this.subscriptions.putIfAbsent(subscription, Sinks.empty()) != null) {
			return Flux.just(StompFrame.error((subscription == null) ? "SUBSCRIBE needs an id header"
					: "Subscription id '" + subscription + "' is taken; give each SUBSCRIBE its own id"));
		}
		return this.balance.ticks()
			.takeUntilOther(this.subscriptions.get(subscription).asMono())
			.takeUntilOther(this.ended.asMono())
			.map((update) -> message(subscription, update));
	}

	private Flux<StompFrame> unsubscribe(StompFrame frame) {
		Sinks.Empty<Void> subscription = this.subscriptions.remove(String.valueOf(frame.header("id")));
		if (subscription != null) {
			subscription.tryEmitEmpty();
		}
		return Flux.empty();
	}

	private Flux<StompFrame> disconnect(StompFrame frame) {
		@Nullable String receipt = frame.header("receipt");
		this.connected = false;
		this.subscriptions.values().forEach(Sinks.Empty::tryEmitEmpty);
		this.subscriptions.clear();
		return (receipt != null) ? Flux.just(StompFrame.of("RECEIPT", "receipt-id", receipt)) : Flux.empty();
	}

	private StompFrame message(String subscription, BalanceUpdate update) {
		// the headers of Spring's simple broker, in its order
		return StompFrame
			.of("MESSAGE", "destination", TOPIC, "content-type", "application/json", "subscription", subscription,
					"message-id", this.id + "-" + this.messages.getAndIncrement())
			.withBody(update.toJson());
	}

}
