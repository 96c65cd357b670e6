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
package io.github.corspolicy.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.corspolicy.doctor.cli.Usage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options table of {@code docs/doctor.md} and the usage text name the same options.
 */
class UsageDocumentationTests {

	private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

	private static final Pattern TABLE_OPTION = Pattern.compile("^\\| `(--[a-z][a-z-]*)", Pattern.MULTILINE);

	@Test
	void everyOptionOfTheUsageIsInTheDocsTableAndNoOther() throws IOException {
		String docs = Files.readString(Path.of("..", "docs", "doctor.md"), StandardCharsets.UTF_8);
		List<String> documented = TABLE_OPTION.matcher(docs).results().map((result) -> result.group(1)).distinct().sorted().toList();
		List<String> usage = OPTION.matcher(Usage.TEXT).results().map((result) -> result.group()).distinct().sorted().toList();
		assertThat(documented).isEqualTo(usage);
	}

}
