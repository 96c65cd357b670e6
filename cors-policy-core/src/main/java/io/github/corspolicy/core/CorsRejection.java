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

import org.jspecify.annotations.Nullable;


/**
 * Why a request was rejected: a typed reason, the setting that would allow the request, the value
 * at fault (made safe to log) and a sentence a person can act on.
 */
public final class CorsRejection {

	private final RejectionReason reason;

	private final @Nullable CorsSetting setting;

	/** As received: quoted only when shown, so that a flood of rejections costs no formatting. */
	private final String rawValue;

	/** Message with {@code %1$s} for the setting prefix and {@code %2$s} for the value. */
	private final String template;

	CorsRejection(RejectionReason reason, @Nullable CorsSetting setting, String rawValue, String template) {
		this.reason = reason;
		this.setting = setting;
		this.rawValue = rawValue;
		this.template = template;
	}

	public RejectionReason reason() {
		return this.reason;
	}

	/** The setting that would allow the request, or {@code null} when no setting can. */
	public @Nullable CorsSetting setting() {
		return this.setting;
	}

	/** The offending value, quoted, truncated and limited to printable ASCII: safe for logs. */
	public String value() {
		return LogSafe.quote(this.rawValue);
	}

	/** The explanation, naming settings by their plain keys ({@code allowed-origins}). */
	public String message() {
		return message("");
	}

	/**
	 * The explanation, naming settings with a prefix, such as {@code cors.} or
	 * {@code cors.mappings[0].}, so that it names the property a user would change.
	 */
	public String message(String settingPrefix) {
		return String.format(Locale.ROOT, this.template, settingPrefix, value());
	}

	@Override
	public String toString() {
		return this.reason.tag() + ": " + message();
	}

}
