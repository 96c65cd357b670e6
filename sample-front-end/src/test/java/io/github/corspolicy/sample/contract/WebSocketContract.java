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
package io.github.corspolicy.sample.contract;

import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corspolicy.sample.contract.SampleContract.BALANCE_TOPIC;
import static io.github.corspolicy.sample.contract.SampleContract.BALANCE_UPDATE;
import static io.github.corspolicy.sample.contract.SampleContract.FEED;
import static io.github.corspolicy.sample.contract.SampleContract.STOMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Both samples' live balance feed over real HTTP and WebSocket: the plain feed at {@code /ws} and
 * STOMP at {@code /stomp}. The {@code cors.*} policy decides every handshake: the dev origins of
 * {@code application.yml} get 101, any other origin 403 on the upgrade request; a client that sends
 * no {@code Origin} (not a browser) and the API's own origin are not cross-origin and get 101. A sample
 * runs it with a subclass that starts the sample on a random port (without its page) and gives that
 * port.
 */
public abstract class WebSocketContract {

	private static final String FRONT_END = "http://localhost:3000";

	private static final String CONNECT = "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0";

	private static final String CONNECTED = "CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0";

	private static final String SUBSCRIBE = "SUBSCRIBE\nid:sub-0\ndestination:" + BALANCE_TOPIC + "\n\n\0";

	private static final Pattern MESSAGE = Pattern.compile("MESSAGE\ndestination:/topic/balance\n"
			+ "content-type:application/json\nsubscription:sub-0\nmessage-id:[^\n]+\ncontent-length:(\\d+)\n\n(.*)\0",
			Pattern.DOTALL);

	/** The port the sample's API listens on. */
	protected abstract int apiPort();

	static Stream<Arguments> frontEndOriginsAndEndpoints() {
		return SampleContract.DEV_ORIGINS.stream()
			.flatMap((origin) -> Stream.of(Arguments.of(origin, FEED), Arguments.of(origin, STOMP)));
	}

	@ParameterizedTest(name = "{0} opens {1}")
	@MethodSource("frontEndOriginsAndEndpoints")
	void aHandshakeFromAFrontEndOriginIsAccepted(String origin, String path) throws Exception {
		Handshake.Answer answer = Handshake.send(apiPort(), path, origin);
		assertThat(answer.status()).as("the answer to %s from %s: %s", path, origin, answer).isEqualTo(101);
		assertThat(answer.header("Upgrade")).isEqualToIgnoringCase("websocket");
	}

	@Test
	void theFeedSendsTheBalanceOnConnectAndThenEverySecond() throws Exception {
		try (FeedClient feed = FeedClient.connect(apiPort(), FEED, FRONT_END)) {
			long first = sequence(feed.next());
			long second = sequence(feed.next());
			assertThat(second).isGreaterThan(first);
		}
	}

	@Test
	void stompConnectGetsConnectedAndASubscriptionGetsTheBalanceUntilDisconnect() throws Exception {
		try (FeedClient stomp = FeedClient.connect(apiPort(), STOMP, FRONT_END, "v12.stomp")) {
			assertThat(stomp.subprotocol()).isEqualTo("v12.stomp");
			stomp.send(CONNECT);
			assertThat(stomp.next()).isEqualTo(CONNECTED);
			stomp.send(SUBSCRIBE);
			Matcher message = MESSAGE.matcher(stomp.next());
			assertThat(message.matches()).as("a MESSAGE frame with Spring's simple broker's headers").isTrue();
			assertThat(sequence(message.group(2))).isNotNegative();
			assertThat(message.group(2).getBytes(StandardCharsets.UTF_8)).hasSize(Integer.parseInt(message.group(1)));
			stomp.send("DISCONNECT\nreceipt:r-1\n\n\0");
			assertThat(nextOtherThanMessage(stomp)).isEqualTo("RECEIPT\nreceipt-id:r-1\n\n\0");
		}
	}

	static Stream<Arguments> refusedStompFrames() {
		return Stream.of(
				argumentSet("SEND: the feed is read only", "SEND\ndestination:/topic/balance\n\n{\"balance\":0}\0",
						"The balance feed is read-only\\c SEND is not accepted"),
				argumentSet("SUBSCRIBE to another destination", "SUBSCRIBE\nid:sub-1\ndestination:/topic/admin\n\n\0",
						"No destination '/topic/admin'\\c subscribe to /topic/balance"));
	}

	@ParameterizedTest
	@MethodSource("refusedStompFrames")
	void aStompFrameTheFeedDoesNotTakeGetsAnErrorAndTheConnectionCloses(String frame, String message) throws Exception {
		try (FeedClient stomp = FeedClient.connect(apiPort(), STOMP, FRONT_END)) {
			stomp.send(CONNECT);
			assertThat(stomp.next()).isEqualTo(CONNECTED);
			stomp.send(frame);
			assertThat(stomp.next()).isEqualTo("ERROR\nmessage:" + message + "\ncontent-length:0\n\n\0");
			assertThat(stomp.next()).isEqualTo(FeedClient.CLOSED);
		}
	}

	/**
	 * Origins that are not on the list, one per way of getting close to one that is: another site, an
	 * allowed origin as the start of a longer host or port, another scheme or port, and the opaque
	 * {@code null} of sandboxed frames and {@code file:} pages.
	 */
	static Stream<Arguments> hostileOriginsAndEndpoints() {
		return Stream
			.of("https://evil.example.com", "http://localhost:3000.evil.example.com", "http://localhost:30000",
					"https://localhost:3000", "http://localhost:3001", "null")
			.flatMap((origin) -> Stream.of(Arguments.of(origin, FEED), Arguments.of(origin, STOMP)));
	}

	@ParameterizedTest(name = "{0} is refused {1}")
	@MethodSource("hostileOriginsAndEndpoints")
	void aHandshakeFromAnotherOriginIsRefusedWith403(String origin, String path) throws Exception {
		Handshake.Answer answer = Handshake.send(apiPort(), path, origin);
		assertThat(answer.status()).as("the answer to %s from %s: %s", path, origin, answer).isEqualTo(403);
		assertThat(answer.header("Sec-WebSocket-Accept")).isNull();
		assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void aWebSocketClientFromAnotherSiteIsRefusedWith403() {
		for (String path : new String[] { FEED, STOMP }) {
			assertThatExceptionOfType(ExecutionException.class)
				.isThrownBy(() -> FeedClient.connect(apiPort(), path, "https://evil.example.com"))
				.havingCause()
				.isInstanceOfSatisfying(WebSocketHandshakeException.class,
						(refused) -> assertThat(refused.getResponse().statusCode()).isEqualTo(403));
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void aHandshakeWithoutAnOriginIsNotCrossOriginAndIsAccepted(String path) throws Exception {
		assertThat(Handshake.send(apiPort(), path, null).status()).isEqualTo(101);
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void aHandshakeFromTheApisOwnOriginIsNotCrossOriginAndIsAccepted(String path) throws Exception {
		assertThat(Handshake.send(apiPort(), path, "http://localhost:" + apiPort()).status()).isEqualTo(101);
	}

	@Test
	void aClientWithoutAnOriginGetsTheFeed() throws Exception {
		try (FeedClient feed = FeedClient.connect(apiPort(), FEED, null)) {
			assertThat(feed.next()).matches(BALANCE_UPDATE);
		}
	}

	static Stream<String> endpoints() {
		return Stream.of(FEED, STOMP);
	}

	private static long sequence(String update) {
		Matcher matcher = BALANCE_UPDATE.matcher(update);
		assertThat(matcher.matches()).as("a balance update: %s", update).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static String nextOtherThanMessage(FeedClient stomp) throws InterruptedException {
		String frame = stomp.next();
		while (frame.startsWith("MESSAGE\n")) {
			frame = stomp.next();
		}
		return frame;
	}

}
