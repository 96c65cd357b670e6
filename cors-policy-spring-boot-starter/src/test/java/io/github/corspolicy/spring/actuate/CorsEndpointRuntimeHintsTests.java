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
package io.github.corspolicy.spring.actuate;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotations;

import io.github.corspolicy.spring.live.RefreshOutcome;
import io.github.corspolicy.spring.live.SkippedEntry;
import io.github.corspolicy.spring.live.SourceState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code cors} endpoint's hints cover every type its answers are written from. The types are
 * found by walking the operations' return types and their record components, so a new operation,
 * record or nested type without a hint fails here rather than in a native image.
 */
class CorsEndpointRuntimeHintsTests {

	private static final String OUR_PACKAGES = "io.github.corspolicy.";

	private final RuntimeHints hints = registered();

	@Test
	void theEndpointImportsItsHints() {
		Class<?>[] imported = MergedAnnotations.from(CorsEndpoint.class)
			.get(ImportRuntimeHints.class)
			.getClassArray("value");
		assertThat(imported).contains(CorsEndpointRuntimeHints.class);
	}

	@Test
	void theWalkReachesEveryTypeOfTheAnswers() {
		assertThat(answerTypes()).contains(CorsEndpoint.CorsReport.class, CorsEndpoint.Policies.class,
				CorsEndpoint.MappingDescription.class, CorsEndpoint.Snapshot.class, SourceState.class,
				SkippedEntry.class, CorsEndpoint.Check.class, CorsEndpoint.Verdict.class, RefreshOutcome.class,
				RefreshOutcome.Outcome.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("answerTypes")
	void everyTypeOfTheAnswersHasAReflectionHint(Class<?> type) {
		assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(this.hints);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("answerRecords")
	void everyRecordComponentOfTheAnswersCanBeReadByJackson(Class<?> record) {
		for (RecordComponent component : record.getRecordComponents()) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
				.as("%s.%s()", record.getSimpleName(), component.getName())
				.accepts(this.hints);
		}
	}

	static Stream<Class<?>> answerRecords() {
		return answerTypes().stream().filter(Class::isRecord);
	}

	/** The types of ours that the operations' answers hold, found from their return types. */
	static Set<Class<?>> answerTypes() {
		Set<Class<?>> found = new LinkedHashSet<>();
		Arrays.stream(CorsEndpoint.class.getMethods())
			.filter(CorsEndpointRuntimeHintsTests::isOperation)
			.forEach((operation) -> collect(ResolvableType.forMethodReturnType(operation), found));
		return found;
	}

	private static boolean isOperation(Method method) {
		MergedAnnotations annotations = MergedAnnotations.from(method);
		return annotations.isPresent(ReadOperation.class) || annotations.isPresent(WriteOperation.class)
				|| annotations.isPresent(DeleteOperation.class);
	}

	private static void collect(ResolvableType type, Set<Class<?>> found) {
		for (ResolvableType generic : type.getGenerics()) {
			collect(generic, found);
		}
		Class<?> resolved = type.resolve();
		if (resolved == null || !resolved.getName().startsWith(OUR_PACKAGES) || !found.add(resolved)) {
			return;
		}
		if (resolved.isRecord()) {
			for (RecordComponent component : resolved.getRecordComponents()) {
				collect(ResolvableType.forMethodReturnType(component.getAccessor()), found);
			}
		}
		else if (!resolved.isEnum()) {
			throw new IllegalStateException(resolved + " is neither a record nor an enum: walk its properties too");
		}
	}

	private static RuntimeHints registered() {
		RuntimeHints hints = new RuntimeHints();
		new CorsEndpointRuntimeHints().registerHints(hints, CorsEndpointRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

}
