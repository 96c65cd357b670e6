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
package io.github.corspolicy.artifacts;

/**
 * The modules a release publishes as jars, each with the {@code Automatic-Module-Name} its jar
 * declares; every package in a jar is that name or below it. {@code cors-policy-bom} is published
 * too, as a POM only.
 */
enum PublishedModule {

	CORE("cors-policy-core", "io.github.corspolicy.core"),

	STARTER("cors-policy-spring-boot-starter", "io.github.corspolicy.spring"),

	TEST("cors-policy-test", "io.github.corspolicy.test"),

	DOCTOR("cors-policy-doctor", "io.github.corspolicy.doctor");

	private final String artifactId;

	private final String moduleName;

	PublishedModule(String artifactId, String moduleName) {
		this.artifactId = artifactId;
		this.moduleName = moduleName;
	}

	String artifactId() {
		return this.artifactId;
	}

	String moduleName() {
		return this.moduleName;
	}

	/** Whether a package of this jar belongs to its module name: the name itself or below it. */
	boolean owns(String packageName) {
		return packageName.equals(this.moduleName) || packageName.startsWith(this.moduleName + ".");
	}

	@Override
	public String toString() {
		return this.artifactId;
	}

}
