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
package io.github.corspolicy.core;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The response headers of one kind of decision, precomputed when the policy is built. Values that
 * depend on the request (the echoed origin, method or header list) are read from it on writing, so
 * writing allocates nothing.
 */
final class HeaderTemplate {

	enum Source {

		CONSTANT, ORIGIN, REQUEST_METHOD, REQUEST_HEADERS

	}

	private final String[] names;

	private final @Nullable String[] values;

	private final Source[] sources;

	private final @Nullable String vary;

	private HeaderTemplate(Builder builder) {
		this.names = builder.names.toArray(new String[0]);
		this.values = builder.values.toArray(new String[0]);
		this.sources = builder.sources.toArray(new Source[0]);
		this.vary = builder.vary;
	}

	void writeTo(CorsRequest request, HeaderSink sink) {
		for (int i = 0; i < this.names.length; i++) {
			String value = valueOf(i, request);
			if (value != null) {
				sink.setHeader(this.names[i], value);
			}
		}
		if (this.vary != null) {
			sink.addVary(this.vary);
		}
	}

	private @Nullable String valueOf(int i, CorsRequest request) {
		return switch (this.sources[i]) {
			case CONSTANT -> this.values[i];
			case ORIGIN -> request.origin();
			case REQUEST_METHOD -> request.accessControlRequestMethod();
			case REQUEST_HEADERS -> request.accessControlRequestHeaders();
		};
	}

	static final class Builder {

		private final List<String> names = new ArrayList<>();

		private final List<@Nullable String> values = new ArrayList<>();

		private final List<Source> sources = new ArrayList<>();

		private @Nullable String vary;

		Builder constant(String name, String value) {
			return add(name, value, Source.CONSTANT);
		}

		Builder echo(String name, Source source) {
			return add(name, null, source);
		}

		Builder vary(@Nullable String vary) {
			this.vary = vary;
			return this;
		}

		private Builder add(String name, @Nullable String value, Source source) {
			this.names.add(name);
			this.values.add(value);
			this.sources.add(source);
			return this;
		}

		HeaderTemplate build() {
			return new HeaderTemplate(this);
		}

	}

}
