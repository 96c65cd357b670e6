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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * A client's conversation with the feed, frame by frame, as the servlet sample's simple broker
 * answers it: the frames written here are the bytes a client reads.
 */
class StompFeedSessionTests {

	private static final String CONNECT = "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0";

	private static final String SUBSCRIBE = "SUBSCRIBE\nid:sub-0\ndestination:/topic/balance\n\n\0";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final LiveBalance balance = new LiveBalance();

	private final StompFeedSession session = new StompFeedSession("s1", this.balance);

	@AfterEach
	void stopTheTicker() {
		this.balance.stop();
	}

	static Stream<Arguments> connectFrames() {
		return Stream.of(argumentSet("CONNECT with 1.2", CONNECT, "1.2"),
				argumentSet("STOMP with 1.2", "STOMP\naccept-version:1.2\nhost:localhost\n\n\0", "1.2"),
				argumentSet("CONNECT offering 1.1 and 1.2", "CONNECT\naccept-version:1.1,1.2\n\n\0", "1.2"),
				argumentSet("CONNECT offering 1.1", "CONNECT\naccept-version:1.1\n\n\0", "1.1"),
				argumentSet("CONNECT of STOMP 1.0, without accept-version", "CONNECT\n\n\0", "1.0"));
	}

	@ParameterizedTest
	@MethodSource("connectFrames")
	void connectIsAnsweredWithConnectedInTheHighestVersionBothSpeakAndNoHeartBeats(String connect, String version) {
		assertThat(answers(connect)).containsExactly("CONNECTED\nversion:" + version + "\nheart-beat:0,0\n\n\0");
	}

	@Test
	void connectOfferingOnlyAnUnknownVersionIsAnError() {
		assertThat(answers("CONNECT\naccept-version:2.0\n\n\0"))
			.containsExactly("ERROR\nmessage:accept-version '2.0' names no version this server speaks\\c 1.2, 1.1, 1.0"
					+ "\ncontent-length:0\n\n\0");
	}

	static Stream<Arguments> refusedFrames() {
		return Stream.of(
				argumentSet("SEND: the feed is read only", "SEND\ndestination:/topic/balance\n\n{}\0",
						"The balance feed is read-only\\c SEND is not accepted"),
				argumentSet("SUBSCRIBE to another destination", "SUBSCRIBE\nid:1\ndestination:/topic/other\n\n\0",
						"No destination '/topic/other'\\c subscribe to /topic/balance"),
				argumentSet("SUBSCRIBE without a destination", "SUBSCRIBE\nid:1\n\n\0",
						"No destination 'null'\\c subscribe to /topic/balance"),
				argumentSet("SUBSCRIBE without an id", "SUBSCRIBE\ndestination:/topic/balance\n\n\0",
						"SUBSCRIBE needs an id header"),
				argumentSet("a malformed frame", "SUBSCRIBE\nid 1\n\n\0", "Header line 'id 1' has no colon; write name\\cvalue"));
	}

	@ParameterizedTest
	@MethodSource("refusedFrames")
	void aFrameTheFeedDoesNotTakeIsAnsweredWithAnErrorThatClosesTheConnection(String frame, String message) {
		answers(CONNECT);
		List<StompFrame> answers = this.session.receive(frame).collectList().block(WAIT);
		assertThat(answers).extracting(StompFrame::encode)
			.containsExactly("ERROR\nmessage:" + message + "\ncontent-length:0\n\n\0");
		assertThat(answers.get(0).closesConnection()).isTrue();
	}

	@Test
	void aFrameBeforeConnectIsAnError() {
		assertThat(answers(SUBSCRIBE))
			.containsExactly("ERROR\nmessage:Send CONNECT first; SUBSCRIBE came before it\ncontent-length:0\n\n\0");
	}

	@Test
	void aSubscriptionGetsAMessageEveryTickWithTheServletSamplesHeaders() {
		this.balance.start();
		answers(CONNECT);
		List<String> messages = this.session.receive(SUBSCRIBE).take(2).map(StompFrame::encode).collectList().block(WAIT);
		assertThat(messages).hasSize(2);
		for (int i = 0; i < 2; i++) {
			assertThat(messages.get(i)).matches("MESSAGE\ndestination:/topic/balance\ncontent-type:application/json\n"
					+ "subscription:sub-0\nmessage-id:s1-" + i + "\ncontent-length:5\\d\n\n"
					+ "\\{\"balance\":1250,\"currency\":\"credits\",\"sequence\":\\d+\\}\0");
		}
	}

	@Test
	void unsubscribeEndsTheSubscription() {
		answers(CONNECT);
		List<StompFrame> messages = this.session.receive(SUBSCRIBE)
			.mergeWith(this.session.receive("UNSUBSCRIBE\nid:sub-0\n\n\0"))
			.collectList()
			.block(WAIT);
		assertThat(messages).isEmpty();
	}

	@Test
	void aSecondSubscriptionWithTheSameIdIsAnError() {
		answers(CONNECT);
		this.session.receive(SUBSCRIBE).subscribe();
		assertThat(answers(SUBSCRIBE)).containsExactly(
				"ERROR\nmessage:Subscription id 'sub-0' is taken; give each SUBSCRIBE its own id\ncontent-length:0\n\n\0");
	}

	@Test
	void disconnectIsAnsweredWithTheReceiptAskedForAndEndsEverySubscription() {
		answers(CONNECT);
		List<StompFrame> subscription = new ArrayList<>();
		boolean[] ended = new boolean[1];
		this.session.receive(SUBSCRIBE).doOnComplete(() -> ended[0] = true).subscribe(subscription::add);
		assertThat(answers("DISCONNECT\nreceipt:r-7\n\n\0")).containsExactly("RECEIPT\nreceipt-id:r-7\n\n\0");
		assertThat(ended[0]).isTrue();
		assertThat(subscription).isEmpty();
	}

	@Test
	void theClientGoingEndsEverySubscription() {
		answers(CONNECT);
		boolean[] ended = new boolean[1];
		this.session.receive(SUBSCRIBE).doOnComplete(() -> ended[0] = true).subscribe();
		this.session.end();
		assertThat(ended[0]).isTrue();
	}

	@Test
	void heartBeatsAreNotAnswered() {
		answers(CONNECT);
		assertThat(answers("\n")).isEmpty();
	}

	private List<String> answers(String message) {
		return this.session.receive(message).map(StompFrame::encode).collectList().block(WAIT);
	}

}
