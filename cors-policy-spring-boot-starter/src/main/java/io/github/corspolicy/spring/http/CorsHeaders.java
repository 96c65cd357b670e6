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
package io.github.corspolicy.spring.http;

import java.util.List;

/**
 * The response headers the CORS filters own: every {@code Access-Control-*} header. Whatever the
 * application writes under those names is ignored or removed, so that a response carries only the
 * policy's.
 */
public final class CorsHeaders {

	private static final String PREFIX = "Access-Control-";

	/**
	 * The {@code Access-Control-*} names a browser reads on a response (Fetch standard, section
	 * 3.2.3, and Private Network Access): a response that carries none of these beside the
	 * policy's carries nothing a browser would act on.
	 */
	public static final List<String> RESPONSE_HEADERS = List.of("Access-Control-Allow-Origin",
			"Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
			"Access-Control-Max-Age", "Access-Control-Expose-Headers", "Access-Control-Allow-Private-Network");

	private CorsHeaders() {
	}

	/** Whether a header name is one of the {@code Access-Control-*} family, in any case. */
	public static boolean isCorsHeader(String name) {
		return name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

}
