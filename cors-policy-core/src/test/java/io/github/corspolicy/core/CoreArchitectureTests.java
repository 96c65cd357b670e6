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

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core knows nothing of Spring or servlets: the starter adapts requests to it, never the
 * other way round.
 */
@AnalyzeClasses(packages = "io.github.corspolicy.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTests {

	@ArchTest
	static final ArchRule theCoreDependsOnNeitherSpringNorTheServletApi = noClasses().that()
		.resideInAPackage("io.github.corspolicy.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "javax.servlet..")
		.because("the core must stay usable without Spring and without a servlet container");

	@ArchTest
	static final ArchRule theInternalPackageDoesNotReachBackIntoThePublicApi = noClasses().that()
		.resideInAPackage("io.github.corspolicy.core.internal..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.corspolicy.core")
		.because("internal building blocks are compiled from the policy, not the other way round");

}
