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
package io.github.corspolicy.doctor.diagnosis;

import java.util.Locale;

/**
 * Whether a finding makes the call fail in a browser.
 */
public enum Severity {

	/** The browser blocks the call, or the doctor cannot tell that it would not. */
	ERROR,

	/** The call works now, but may fail for another page or behind a cache. */
	WARNING;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
