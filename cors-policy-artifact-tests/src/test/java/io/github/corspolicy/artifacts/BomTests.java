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

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cors-policy-bom} manages every published artifact at the project's version, and nothing
 * else: importing it must not change the versions of an application's other dependencies.
 */
class BomTests {

	private static final String MANAGED = "/project/dependencyManagement/dependencies/dependency";

	@Test
	void theBomManagesEveryPublishedArtifactAtTheProjectVersion() throws Exception {
		Document bom = Poms.read("cors-policy-bom");
		assertThat(Poms.texts(bom, MANAGED + "/artifactId"))
			.containsExactlyElementsOf(Arrays.stream(PublishedModule.values()).map(PublishedModule::artifactId).toList());
		assertThat(Poms.texts(bom, MANAGED + "/groupId")).containsOnly("io.github.corspolicy");
		assertThat(Poms.texts(bom, MANAGED + "/version")).containsOnly("${project.version}");
		assertThat(Poms.text(bom, "/project/version")).isEqualTo(BuiltArtifacts.VERSION);
	}

	@Test
	void theBomHasNoParentAndImportsNoOtherBom() throws Exception {
		Document bom = Poms.read("cors-policy-bom");
		assertThat(Poms.text(bom, "/project/packaging")).isEqualTo("pom");
		assertThat(Poms.texts(bom, "/project/parent")).as("parent").isEmpty();
		assertThat(Poms.texts(bom, MANAGED + "/scope")).as("imported BOMs").isEmpty();
		assertThat(Poms.texts(bom, "/project/dependencies")).as("dependencies").isEmpty();
	}

	@Test
	void theBomCarriesThePublishingMetadataOfTheParent() throws Exception {
		Document bom = Poms.read("cors-policy-bom");
		Document parent = Poms.read("");
		for (String element : new String[] { "url", "licenses", "developers", "scm", "issueManagement" }) {
			assertThat(Poms.text(bom, "/project/" + element)).as(element).isNotEmpty()
				.isEqualToIgnoringWhitespace(Poms.text(parent, "/project/" + element));
		}
	}

}
