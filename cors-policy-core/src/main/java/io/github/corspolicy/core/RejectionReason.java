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

import java.util.Locale;

/**
 * Why a CORS request was rejected. A small, fixed set, safe to use as a metric tag.
 */
public enum RejectionReason {

	/** The origin is none of the allowed origins, patterns or regexes. */
	ORIGIN_NOT_ALLOWED,

	/** The preflight asks for a method that is not allowed. */
	METHOD_NOT_ALLOWED,

	/** The preflight asks for a request header that is not allowed. */
	HEADER_NOT_ALLOWED,

	/** The preflight asks for private network access, which the policy does not allow. */
	PRIVATE_NETWORK_NOT_ALLOWED,

	/** A CORS header is not well-formed: no browser sends such a value. */
	MALFORMED;

	/** The lower-case name, such as {@code origin_not_allowed}. */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
