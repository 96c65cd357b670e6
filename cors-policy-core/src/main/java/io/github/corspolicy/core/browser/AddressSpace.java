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
package io.github.corspolicy.core.browser;

import java.util.Locale;

/**
 * The IP address spaces more private than {@code public} (Private Network Access, "IP address
 * space"): a public page that calls into one of them sends a private network preflight first.
 */
public enum AddressSpace {

	/** Private addresses such as 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. */
	PRIVATE,

	/** The loopback addresses, 127.0.0.0/8 and ::1: the user's own machine. */
	LOCAL;

	/** The name Chromium's messages use, {@code private} or {@code local}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
