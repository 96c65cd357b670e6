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
package io.github.corspolicy.spring.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * The property keys a {@code @ConfigurationProperties} class binds, read from the class itself so
 * that a new property is known the moment it is added. A key is a template such as
 * {@code cors.mappings[*].allowed-origins}: {@code [*]} is a list index.
 */
final class KnownProperties {

	private final List<Key> keys;

	private KnownProperties(List<Key> keys) {
		this.keys = List.copyOf(keys);
	}

	/** The keys under {@code cors.}, read once from {@link CorsPolicyProperties} for every check. */
	static KnownProperties cors() {
		return Cors.KNOWN;
	}

	/** The keys of a class annotated with {@code @ConfigurationProperties}, under its prefix. */
	static KnownProperties of(Class<?> propertiesClass) {
		ConfigurationProperties annotation = AnnotationUtils.findAnnotation(propertiesClass, ConfigurationProperties.class);
		if (annotation == null || annotation.prefix().isEmpty()) {
			throw new IllegalArgumentException(propertiesClass + " has no @ConfigurationProperties prefix");
		}
		List<Key> keys = new ArrayList<>();
		collect(propertiesClass, annotation.prefix(), propertiesClass.getPackageName(), keys);
		return new KnownProperties(keys);
	}

	/** Every key as a template, such as {@code cors.allowed-origins} or {@code cors.mappings[*].name}. */
	List<String> templates() {
		return this.keys.stream().map(Key::template).toList();
	}

	/**
	 * The keys that take one value converted from text (a number, a flag, a duration, an enum): an
	 * empty value binds to those as "not set". String keys are left out, since "" binds as "".
	 */
	List<String> convertedScalarTemplates() {
		return this.keys.stream()
			.filter((key) -> key.leaf() == Leaf.VALUE && !CharSequence.class.isAssignableFrom(key.type()))
			.map(Key::template)
			.toList();
	}

	/**
	 * Whether a name, in the uniform form of {@link PropertyKeys#uniform}, is bound by a key.
	 * @param environment whether the name comes from environment variables, where a dash in a key
	 * is written as an underscore and so splits the name into more elements
	 */
	boolean binds(String uniformName, boolean environment) {
		return this.keys.stream().anyMatch((key) -> key.pattern(environment).matcher(uniformName).matches());
	}

	/**
	 * The known key nearest to a name, written with the name's list indexes, if it is close enough
	 * to be the one meant: at most three edits, and at most a third of the key's last part. The
	 * whole key is compared first, then the part after the last index, which finds a key written at
	 * the wrong level (a mapping's key at the top level, or the reverse).
	 */
	Optional<String> nearest(String uniformName, List<String> indexes) {
		String whole = uniformName.replaceAll("\\[[^\\]]*\\]|\\.", "");
		String last = uniformName.substring(Math.max(uniformName.lastIndexOf(']'), uniformName.indexOf('.')) + 1)
			.replace(".", "");
		return nearest(whole, Key::whole).or(() -> nearest(last, Key::lastPart))
			.map((key) -> key.withIndexes(indexes));
	}

	private Optional<Key> nearest(String written, Function<Key, String> part) {
		Key nearest = null;
		int best = Integer.MAX_VALUE;
		for (Key key : this.keys) {
			int distance = EditDistance.between(written, part.apply(key));
			if (distance < best) {
				best = distance;
				nearest = key;
			}
		}
		boolean close = nearest != null && best <= Math.min(3, nearest.lastPart().length() / 3);
		return close ? Optional.of(nearest) : Optional.empty();
	}

	private static void collect(Class<?> type, String prefix, String beanPackage, List<Key> keys) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null || property.getReadMethod() == null) {
				continue;
			}
			String name = prefix + "." + DataObjectPropertyName.toDashedForm(property.getName());
			ResolvableType propertyType = ResolvableType.forMethodReturnType(property.getReadMethod());
			Class<?> element = propertyType.asCollection().resolveGeneric(0);
			if (Map.class.isAssignableFrom(propertyType.toClass())) {
				keys.add(new Key(name, Leaf.ANY_DESCENDANT, propertyType.toClass()));
			}
			else if (Collection.class.isAssignableFrom(propertyType.toClass()) && isBean(element, beanPackage)) {
				collect(element, name + "[*]", beanPackage, keys);
			}
			else if (Collection.class.isAssignableFrom(propertyType.toClass()) || propertyType.isArray()) {
				keys.add(new Key(name, Leaf.LIST, propertyType.toClass()));
			}
			else if (isBean(propertyType.toClass(), beanPackage)) {
				collect(propertyType.toClass(), name, beanPackage, keys);
			}
			else {
				keys.add(new Key(name, Leaf.VALUE, propertyType.toClass()));
			}
		}
	}

	/** A nested group of properties, as the configuration processor sees it: a class of the same package. */
	private static boolean isBean(Class<?> type, String beanPackage) {
		return type != null && !type.isEnum() && type.getPackageName().equals(beanPackage);
	}

	/** What may follow a key: nothing, a list index, or anything (a map). */
	enum Leaf {

		VALUE(""), LIST("(\\[[^\\]]+\\])?"), ANY_DESCENDANT("((\\[[^\\]]+\\])|(\\.[^.\\[]+))*");

		private final String regex;

		Leaf(String regex) {
			this.regex = regex;
		}

	}

	/** One known key, matched against names in uniform form: lower case, no dashes. */
	private record Key(String template, Leaf leaf, Class<?> type, Pattern relaxed, Pattern environment) {

		Key(String template, Leaf leaf, Class<?> type) {
			this(template, leaf, type, compile(template, leaf, false), compile(template, leaf, true));
		}

		Pattern pattern(boolean environment) {
			return environment ? this.environment : this.relaxed;
		}

		/** The key without separators or indexes: {@code corsmappingsallowedorigins}. */
		String whole() {
			return this.template.replaceAll("\\[\\*\\]|[.-]", "");
		}

		/** The last part without dashes: {@code allowedorigins}. */
		String lastPart() {
			return this.template.substring(this.template.lastIndexOf('.') + 1).replace("[*]", "").replace("-", "");
		}

		/** The template with each {@code [*]} replaced by the next index, and any index left over appended to a list. */
		String withIndexes(List<String> indexes) {
			StringBuilder key = new StringBuilder();
			int next = 0;
			int star = -1;
			int from = 0;
			while ((star = this.template.indexOf("[*]", from)) >= 0) {
				String index = (next < indexes.size()) ? indexes.get(next++) : "0";
				key.append(this.template, from, star).append('[').append(index).append(']');
				from = star + 3;
			}
			key.append(this.template.substring(from));
			if (this.leaf == Leaf.LIST && next < indexes.size()) {
				key.append('[').append(indexes.get(next)).append(']');
			}
			return key.toString();
		}

		/**
		 * {@code cors.mappings[*].allowed-origins} becomes
		 * {@code cors\.mappings\[\d+\]\.(allowedorigins)}; for environment variables the last
		 * part also accepts {@code allowed\.origins}, as {@code CORS_MAPPINGS_0_ALLOWED_ORIGINS} maps.
		 */
		private static Pattern compile(String template, Leaf leaf, boolean environment) {
			StringBuilder regex = new StringBuilder();
			for (String element : template.split("\\.")) {
				String word = element.replace("[*]", "");
				regex.append(regex.isEmpty() ? "" : "\\.").append('(').append(word.replace("-", ""));
				if (environment && word.contains("-")) {
					regex.append('|').append(word.replace("-", "\\."));
				}
				regex.append(')').append("\\[\\d+\\]".repeat((element.length() - word.length()) / 3));
			}
			return Pattern.compile(regex.append(leaf.regex).toString());
		}

	}

	private static final class Cors {

		static final KnownProperties KNOWN = of(CorsPolicyProperties.class);

	}

}
