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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hints for {@code cors.*} bound outside the properties bean (each live snapshot, the report
 * without empty values, the unknown-key check): every group can be created and every property of
 * every group read and written, found by walking the properties as the binder does; and the
 * classes looked up by name at run time are registered.
 */
class CorsPolicyRuntimeHintsTests {

	private static final String PROPERTIES_PACKAGE = CorsPolicyProperties.class.getPackageName();

	static final List<String> PROBED = CorsPolicyRuntimeHints.PROBED_CLASSES;

	private final RuntimeHints hints = registered();

	@Test
	void theAutoConfigurationImportsTheHints() {
		assertThat(MergedAnnotations.from(CorsPolicyAutoConfiguration.class)
			.get(ImportRuntimeHints.class)
			.getClassArray("value")).contains(CorsPolicyRuntimeHints.class);
	}

	@Test
	void theWalkReachesEveryGroupOfTheProperties() {
		assertThat(groups()).contains(CorsPolicyProperties.class, CorsPolicyProperties.Mapping.class,
				CorsPolicyProperties.Sources.class, CorsPolicyProperties.Jdbc.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("groups")
	void everyGroupCanBeCreatedByTheBinder(Class<?> group) throws NoSuchMethodException {
		assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(group.getDeclaredConstructor()))
			.accepts(this.hints);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("properties")
	void everyPropertyCanBeReadAndWrittenByTheBinder(String name, PropertyDescriptor property) {
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(property.getReadMethod()))
			.as("%s getter", name)
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(property.getWriteMethod()))
			.as("%s setter", name)
			.accepts(this.hints);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("PROBED")
	void everyClassLookedUpByNameIsRegistered(String className) {
		assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(className))).accepts(this.hints);
	}

	/** The properties class and each nested group, as the binder reaches them. */
	static List<Class<?>> groups() {
		List<Class<?>> groups = new ArrayList<>();
		collect(CorsPolicyProperties.class, groups);
		return groups;
	}

	/** Every read-write property of every group, named {@code Group.property}. */
	static Stream<Arguments> properties() {
		return groups().stream()
			.flatMap((group) -> readWrite(group).stream()
				.map((property) -> Arguments.of(group.getSimpleName() + "." + property.getName(), property)));
	}

	private static void collect(Class<?> group, List<Class<?>> groups) {
		if (groups.contains(group)) {
			return;
		}
		groups.add(group);
		for (PropertyDescriptor property : readWrite(group)) {
			ResolvableType type = ResolvableType.forMethodReturnType(property.getReadMethod());
			Class<?> value = Collection.class.isAssignableFrom(type.toClass()) ? type.asCollection().resolveGeneric(0)
					: type.toClass();
			if (value != null && !value.isEnum() && value.getPackageName().equals(PROPERTIES_PACKAGE)) {
				collect(value, groups);
			}
		}
	}

	private static List<PropertyDescriptor> readWrite(Class<?> group) {
		return Stream.of(BeanUtils.getPropertyDescriptors(group))
			.filter((property) -> property.getReadMethod() != null && property.getWriteMethod() != null)
			.toList();
	}

	private static RuntimeHints registered() {
		RuntimeHints hints = new RuntimeHints();
		new CorsPolicyRuntimeHints().registerHints(hints, CorsPolicyRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

}
