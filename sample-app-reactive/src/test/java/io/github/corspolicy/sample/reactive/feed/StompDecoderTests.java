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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The STOMP 1.2 frames a client sends, read as the specification's "Augmented BNF" has them, and
 * every malformed frame refused with a message that says what is wrong.
 */
class StompDecoderTests {

	static Stream<Arguments> wellFormedFrames() {
		return Stream.of(
				argumentSet("CONNECT as stomp.js sends it", "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0",
						StompFrame.of("CONNECT", "accept-version", "1.2", "host", "localhost", "heart-beat", "0,0")),
				argumentSet("CRLF line ends", "SUBSCRIBE\r\nid:0\r\ndestination:/topic/balance\r\n\r\n\0",
						StompFrame.of("SUBSCRIBE", "id", "0", "destination", "/topic/balance")),
				argumentSet("escaped header values", "SUBSCRIBE\nid:a\\cb\\\\c\\nd\\re\ndestination:/topic/balance\n\n\0",
						StompFrame.of("SUBSCRIBE", "id", "a:b\\c\nd\re", "destination", "/topic/balance")),
				argumentSet("CONNECT's headers are not unescaped", "CONNECT\nlogin:a\\b\n\n\0",
						StompFrame.of("CONNECT", "login", "a\\b")),
				argumentSet("the first of a repeated header wins", "UNSUBSCRIBE\nid:first\nid:second\n\n\0",
						StompFrame.of("UNSUBSCRIBE", "id", "first")),
				argumentSet("a colon inside a CONNECT value", "CONNECT\nhost:localhost:8080\n\n\0",
						StompFrame.of("CONNECT", "host", "localhost:8080")),
				argumentSet("a body up to NUL", "SEND\ndestination:/q\n\nhello\0",
						new StompFrame("SEND", Map.of("destination", "/q"), "hello")),
				argumentSet("a body with NUL inside by content-length", "SEND\ncontent-length:3\n\na\0b\0",
						new StompFrame("SEND", Map.of("content-length", "3"), "a\0b")),
				argumentSet("content-length counts octets, not characters", "SEND\ncontent-length:3\n\n\u00e9a\0",
						new StompFrame("SEND", Map.of("content-length", "3"), "\u00e9a")),
				argumentSet("heart-beats before the frame", "\n\r\nDISCONNECT\nreceipt:r-1\n\n\0\n",
						StompFrame.of("DISCONNECT", "receipt", "r-1")));
	}

	@ParameterizedTest
	@MethodSource("wellFormedFrames")
	void aWellFormedFrameIsReadWithItsHeadersInOrder(String message, StompFrame expected) {
		List<StompFrame> frames = StompDecoder.decode(message);
		assertThat(frames).containsExactly(expected);
		assertThat(List.copyOf(frames.get(0).headers().keySet())).isEqualTo(List.copyOf(expected.headers().keySet()));
	}

	@Test
	void aMessageOfHeartBeatsHoldsNoFrame() {
		assertThat(StompDecoder.decode("\n")).isEmpty();
		assertThat(StompDecoder.decode("\r\n\n")).isEmpty();
	}

	@Test
	void twoFramesInOneMessageAreBothRead() {
		assertThat(StompDecoder.decode("CONNECT\naccept-version:1.2\n\n\0SUBSCRIBE\nid:0\ndestination:/t\n\n\0"))
			.extracting(StompFrame::command)
			.containsExactly("CONNECT", "SUBSCRIBE");
	}

	static Stream<Arguments> malformedFrames() {
		return Stream.of(
				argumentSet("an unknown command", "HELLO\n\n\0", "Unknown command 'HELLO'; a client sends one of ABORT, "
						+ "ACK, BEGIN, COMMIT, CONNECT, DISCONNECT, NACK, SEND, STOMP, SUBSCRIBE, UNSUBSCRIBE"),
				argumentSet("a server's command", "MESSAGE\n\n\0", "Unknown command 'MESSAGE'; a client sends one of "
						+ "ABORT, ACK, BEGIN, COMMIT, CONNECT, DISCONNECT, NACK, SEND, STOMP, SUBSCRIBE, UNSUBSCRIBE"),
				argumentSet("a lower-case command", "connect\n\n\0", "Unknown command 'connect'; a client sends one of "
						+ "ABORT, ACK, BEGIN, COMMIT, CONNECT, DISCONNECT, NACK, SEND, STOMP, SUBSCRIBE, UNSUBSCRIBE"),
				argumentSet("a command line without its end", "CONNECT",
						"The frame ends before the blank line that ends its headers"),
				argumentSet("no blank line after the headers", "CONNECT\naccept-version:1.2\n",
						"The frame ends before the blank line that ends its headers"),
				argumentSet("NUL among the headers", "CONNECT\naccept-version:1.2\0",
						"The frame ends (NUL) before the blank line that ends its headers"),
				argumentSet("a header without a colon", "SUBSCRIBE\nid 0\n\n\0",
						"Header line 'id 0' has no colon; write name:value"),
				argumentSet("an undefined escape", "SUBSCRIBE\nid:a\\tb\n\n\0",
						"Undefined escape '\\t' in header 'a\\tb'; STOMP 1.2 escapes only \\n, \\r, \\c and \\\\"),
				argumentSet("a lone backslash at the end", "SUBSCRIBE\nid:a\\\n\n\0",
						"Header 'a\\' ends with a lone backslash; write it as \\\\"),
				argumentSet("no NUL after the body", "SEND\ndestination:/q\n\nhello",
						"The frame does not end with a NUL octet"),
				argumentSet("a content-length that is not a number", "SEND\ncontent-length:ten\n\nhello\0",
						"content-length 'ten' is not a number of octets"),
				argumentSet("a negative content-length", "SEND\ncontent-length:-1\n\nhello\0",
						"content-length '-1' is not a number of octets"),
				argumentSet("a content-length past the end", "SEND\ncontent-length:2147483647\n\nhello\0",
						"The body is not followed by a NUL octet after content-length 2147483647 octets"),
				argumentSet("a content-length shorter than the body", "SEND\ncontent-length:2\n\nhello\0",
						"The body is not followed by a NUL octet after content-length 2 octets"),
				argumentSet("a frame bigger than 64 KiB", "SEND\n\n" + "x".repeat(65536) + "\0",
						"The message is 65543 octets long; at most 65536 are read"));
	}

	@ParameterizedTest
	@MethodSource("malformedFrames")
	void aMalformedFrameIsRefusedWithWhatIsWrong(String message, String problem) {
		assertThatExceptionOfType(StompFrameException.class).isThrownBy(() -> StompDecoder.decode(message))
			.withMessage(problem);
	}

	@Test
	void aFrameIsWrittenWithItsHeaderValuesEscapedExceptInConnected() {
		assertThat(StompFrame.error("a: b\nc\\").encode()).isEqualTo("ERROR\nmessage:a\\c b\\nc\\\\\ncontent-length:0\n\n\0");
		assertThat(StompFrame.of("CONNECTED", "version", "1.2", "server", "a:b").encode())
			.isEqualTo("CONNECTED\nversion:1.2\nserver:a:b\n\n\0");
	}

	@Test
	void aBodyIsWrittenWithItsLengthInOctets() {
		assertThat(StompFrame.of("MESSAGE", "destination", "/t").withBody("\u00e9").encode())
			.isEqualTo("MESSAGE\ndestination:/t\ncontent-length:2\n\n\u00e9\0");
	}

}
