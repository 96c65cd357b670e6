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

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * What a repository manager asks of a published POM (name, description, url, licence, scm,
 * developers), and that every module of the build is either published or skips deployment.
 */
class PublishingTests {

	private static final Set<String> PUBLISHED_POMS = Set.of("cors-policy-bom");

	@Test
	void theParentDescribesTheProjectForEveryModule() throws Exception {
		Document parent = Poms.read("");
		assertThat(Poms.text(parent, "/project/url")).isEqualTo("https://github.com/cors-policy/cors-policy");
		assertThat(Poms.text(parent, "/project/licenses/license/name")).isEqualTo("Apache License, Version 2.0");
		assertThat(Poms.text(parent, "/project/licenses/license/url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
		assertThat(Poms.text(parent, "/project/scm/connection")).startsWith("scm:git:https://github.com/cors-policy/");
		assertThat(Poms.text(parent, "/project/developers/developer/name")).isNotEmpty();
		assertThat(Poms.text(parent, "/project/issueManagement/url")).endsWith("/issues");
		assertThat(Poms.text(parent, "/project/@child.project.url.inherit.append.path")).isEqualTo("false");
	}

	@ParameterizedTest
	@EnumSource(PublishedModule.class)
	void aPublishedModuleHasItsOwnNameAndDescriptionAndIsDeployed(PublishedModule module) throws Exception {
		Document pom = Poms.read(module.artifactId());
		assertThat(Poms.text(pom, "/project/name")).isEqualTo(module.artifactId());
		assertThat(Poms.text(pom, "/project/description")).hasSizeGreaterThan(20);
		assertThat(Poms.text(pom, "/project/properties/automatic.module.name")).isEqualTo(module.moduleName());
		assertThat(Poms.texts(pom, "/project/properties/maven.deploy.skip")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource
	void aModuleThatIsNotPublishedSkipsDeploymentAndTheReleaseJars(String module) throws Exception {
		Document pom = Poms.read(module);
		for (String skip : List.of("maven.deploy.skip", "maven.install.skip", "maven.source.skip", "maven.javadoc.skip")) {
			assertThat(Poms.text(pom, "/project/properties/" + skip)).as(skip).isEqualTo("true");
		}
	}

	static Stream<Arguments> aModuleThatIsNotPublishedSkipsDeploymentAndTheReleaseJars() throws Exception {
		List<String> published = Stream.of(PublishedModule.values()).map(PublishedModule::artifactId).toList();
		List<String> modules = Poms.texts(Poms.read(""), "/project/modules/module");
		assertThat(modules).containsAll(published).containsAll(PUBLISHED_POMS);
		return modules.stream().filter((module) -> !published.contains(module) && !PUBLISHED_POMS.contains(module))
			.map((module) -> argumentSet(module, module));
	}

	@Test
	void theStarterFollowsSpringBootsStarterLayout() throws Exception {
		Document starter = Poms.read(PublishedModule.STARTER.artifactId());
		String dependency = "/project/dependencies/dependency[artifactId='%s']/";
		assertThat(Poms.text(starter, dependency.formatted("spring-boot-starter") + "groupId"))
			.isEqualTo("org.springframework.boot");
		assertThat(Poms.texts(starter, dependency.formatted("spring-boot-starter") + "scope")).isEmpty();
		assertThat(Poms.texts(starter, dependency.formatted("spring-boot-starter") + "optional")).isEmpty();
		// on the compiler's processor path, not the class path: javac 23 and later ignore processors there
		String processorPath = "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']/configuration"
				+ "/annotationProcessorPaths/path[artifactId='%s']/groupId";
		assertThat(Poms.text(starter, processorPath.formatted("spring-boot-autoconfigure-processor")))
			.isEqualTo("org.springframework.boot");
	}

}
