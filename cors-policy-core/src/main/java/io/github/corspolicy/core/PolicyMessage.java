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
 * The text of a problem or of its fix, kept as parts: literal text, and references to settings
 * (optionally with a value, as in {@code allow-credentials=true}). A renderer names each referenced
 * setting in its own vocabulary ({@link SettingNames}), so no text is ever searched to find them.
 */
public final class PolicyMessage {

	private final List<Part> parts;

	private PolicyMessage(List<Part> parts) {
		this.parts = List.copyOf(parts);
	}

	/** A part of a message. */
	public sealed interface Part permits Text, Reference {

	}

	/** Literal text, which names no setting. */
	public record Text(String text) implements Part {

	}

	/**
	 * A reference to a setting.
	 * @param setting the setting named
	 * @param value the value written after it ({@code =value}), or {@code null} for the name alone
	 */
	public record Reference(CorsSetting setting, @Nullable String value) implements Part {

	}

	/** A message of literal text only. */
	public static PolicyMessage text(String text) {
		return new PolicyMessage(List.of(new Text(text)));
	}

	/** A message of parts, each a {@link String} (literal text) or a {@link Part}. */
	public static PolicyMessage of(Object... parts) {
		return new PolicyMessage(toParts(parts));
	}

	/** A reference to the name of {@code setting}. */
	public static Reference ref(CorsSetting setting) {
		return new Reference(setting, null);
	}

	/** A reference to {@code setting} with a value, rendered as {@code name=value}. */
	public static Reference ref(CorsSetting setting, String value) {
		return new Reference(setting, value);
	}

	/** This message followed by more parts. */
	public PolicyMessage then(Object... more) {
		List<Part> joined = new ArrayList<>(this.parts);
		joined.addAll(toParts(more));
		return new PolicyMessage(joined);
	}

	/** This message followed by another one. */
	public PolicyMessage then(PolicyMessage more) {
		return then(more.parts.toArray());
	}

	public List<Part> parts() {
		return this.parts;
	}

	/** The settings this message refers to, in order. */
	public List<CorsSetting> references() {
		return this.parts.stream()
			.filter(Reference.class::isInstance)
			.map((part) -> ((Reference) part).setting())
			.toList();
	}

	/** The message with every referenced setting named by {@code names}. */
	public String render(SettingNames names) {
		StringBuilder text = new StringBuilder();
		for (Part part : this.parts) {
			if (part instanceof Text literal) {
				text.append(literal.text());
			}
			else if (part instanceof Reference reference) {
				text.append(names.name(reference.setting()));
				if (reference.value() != null) {
					text.append('=').append(reference.value());
				}
			}
		}
		return text.toString();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof PolicyMessage message && this.parts.equals(message.parts);
	}

	@Override
	public int hashCode() {
		return this.parts.hashCode();
	}

	/** The message with the core's setting names. */
	@Override
	public String toString() {
		return render(SettingNames.KEYS);
	}

	private static List<Part> toParts(Object[] parts) {
		List<Part> result = new ArrayList<>(parts.length);
		for (Object part : parts) {
			if (part instanceof String literal) {
				result.add(new Text(literal));
			}
			else if (part instanceof Part typed) {
				result.add(typed);
			}
			else {
				throw new IllegalArgumentException("A message part is text or a Part, not " + part);
			}
		}
		return result;
	}

}
