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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebSocket client on the JDK's {@link HttpClient}: every text message the server sends, in order,
 * and whether the server closed the connection. Generous waits: the machine may be busy.
 */
public final class FeedClient implements AutoCloseable {

	/** How long a test waits for a message: far more than the feed's one second between ticks. */
	public static final Duration WAIT = Duration.ofSeconds(30);

	/** What {@link #next()} returns once the server has closed the connection. */
	public static final String CLOSED = "<closed>";

	private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	private final WebSocket socket;

	private FeedClient(int port, String path, @Nullable String origin, String... subprotocols) throws Exception {
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT);
		if (origin != null) {
			builder.header("Origin", origin);
		}
		if (subprotocols.length > 0) {
			builder.subprotocols(subprotocols[0], Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
		}
		this.socket = builder.buildAsync(URI.create("ws://localhost:" + port + path), new Listener())
			.get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** Opens the connection; the handshake carries this {@code Origin} (none if {@code null}). */
	public static FeedClient connect(int port, String path, @Nullable String origin, String... subprotocols)
			throws Exception {
		return new FeedClient(port, path, origin, subprotocols);
	}

	/** The subprotocol the server chose, empty for none. */
	public String subprotocol() {
		return this.socket.getSubprotocol();
	}

	/** Sends one text message. */
	public void send(String text) throws Exception {
		this.socket.sendText(text, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** The next text message, or {@link #CLOSED}; fails after {@link #WAIT}. */
	public String next() throws InterruptedException {
		String message = this.messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(message).as("a message within %s", WAIT).isNotNull();
		return message;
	}

	@Override
	public void close() {
		this.socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				FeedClient.this.messages.add(this.partial.toString());
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			FeedClient.this.messages.add(CLOSED);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			FeedClient.this.messages.add(CLOSED);
		}

	}

}
