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
