package io.github.corspolicy.benchmarks;

import io.github.corspolicy.core.HeaderSink;

/**
 * The cheapest place to write headers to: it only counts them and their characters, so a benchmark
 * measures the decision and the writing, not a header map. The counts live in a state object, so
 * the JIT cannot drop the writes.
 */
final class TallyHeaderSink implements HeaderSink {

	private int headers;

	private int characters;

	@Override
	public void setHeader(String name, String value) {
		this.headers++;
		this.characters += name.length() + value.length();
	}

	@Override
	public void addVary(String headerNames) {
		this.headers++;
		this.characters += headerNames.length();
	}

}
