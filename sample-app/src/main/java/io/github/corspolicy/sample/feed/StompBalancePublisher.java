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
package io.github.corspolicy.sample.feed;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes every tick of the live balance to {@code /topic/balance}, as {@code application/json}.
 */
final class StompBalancePublisher {

	private final SimpMessageSendingOperations broker;

	StompBalancePublisher(LiveBalance balance, SimpMessageSendingOperations broker) {
		this.broker = broker;
		balance.onUpdate(this::publish);
	}

	private void publish(BalanceUpdate update) {
		// the JSON of BalanceUpdate, not a converter's: the same bytes as /ws and the reactive sample
		this.broker.send(StompFeedConfiguration.TOPIC,
				MessageBuilder.withPayload(update.toJson().getBytes(StandardCharsets.UTF_8))
					.setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON)
					.build());
	}

}
