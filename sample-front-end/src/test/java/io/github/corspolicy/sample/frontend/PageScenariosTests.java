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
package io.github.corspolicy.sample.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.corspolicy.sample.contract.SampleContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's scenarios call only routes of the contract, so that they run the same against either
 * sample.
 */
class PageScenariosTests {

	/** A call in app.js: {@code fetch(`${api}/path`...}. */
	private static final Pattern API_CALL = Pattern.compile("fetch\\(`\\$\\{api\\}(/[^`?]*)`");

	@Test
	void everyScenarioCallsARouteOfTheContract() throws IOException {
		String appJs = appJs();
		List<String> paths = API_CALL.matcher(appJs).results().map((match) -> match.group(1)).toList();
		long scenarios = Pattern.compile("send: \\(\\) =>").matcher(appJs).results().count();
		assertThat(paths).as("one call per scenario").hasSize((int) scenarios);
		assertThat(paths).allSatisfy((path) -> assertThat(SampleContract.routes()).contains(path));
		assertThat(paths).as("every route has its scenario").containsAll(SampleContract.routes());
	}

	@Test
	void theTokenTheScenariosSendComesFromTheServer() throws IOException {
		Matcher bearer = Pattern.compile("Authorization: `Bearer \\$\\{config\\.token\\}`").matcher(appJs());
		assertThat(bearer.find()).as("app.js sends the token of config.js").isTrue();
	}

	private static String appJs() throws IOException {
		try (InputStream in = FrontEndServer.class.getResourceAsStream("/front-end/app.js")) {
			assertThat(in).as("front-end/app.js on the classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
