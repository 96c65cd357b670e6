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
package io.github.corspolicy.spring.live;

import io.github.corspolicy.core.LogSafe;

/**
 * An entry of a source left out of the snapshot, and why. Its {@link #toString()} quotes the
 * stored values with {@link LogSafe}, since a store may hold anything.
 *
 * @param source the source's {@link CorsOriginSource#name() name}
 * @param id the entry's id in its store
 * @param value the origin, pattern or regex as stored
 * @param problem what is wrong with it
 * @param fix what to store instead
 */
public record SkippedEntry(String source, String id, String value, String problem, String fix) {

	@Override
	public String toString() {
		return "source '" + this.source + "' entry " + LogSafe.quote(this.id) + " " + LogSafe.quote(this.value) + " "
				+ printable(this.problem) + "; fix: " + printable(this.fix);
	}

	/**
	 * A text with every character outside printable ASCII as a {@code \\uXXXX} escape: a problem
	 * may quote the stored value, which must not break a log line.
	 */
	static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c >= 0x20 && c < 0x7f) ? String.valueOf(c) : String.format("\\u%04x", (int) c));
		}
		return out.toString();
	}

}
