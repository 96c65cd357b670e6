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
