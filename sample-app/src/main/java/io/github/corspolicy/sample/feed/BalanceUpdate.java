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

/**
 * One message of the feed: the demo account's balance, as {@code GET /api/v1/credits/balance}
 * answers it, and the tick that sent it.
 */
record BalanceUpdate(int balance, String currency, long sequence) {

	/** The JSON both samples send, byte for byte: {@code {"balance":1250,"currency":"credits","sequence":7}}. */
	String toJson() {
		return "{\"balance\":" + this.balance + ",\"currency\":\"" + this.currency + "\",\"sequence\":" + this.sequence
				+ "}";
	}

}
