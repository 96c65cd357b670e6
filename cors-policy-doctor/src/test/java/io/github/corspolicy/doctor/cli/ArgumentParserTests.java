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
package io.github.corspolicy.doctor.cli;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a valid command line means.
 */
class ArgumentParserTests {

	@Test
	void theMethodIsGetWithoutHeadersOrCredentialsUnlessSaidOtherwise() throws UsageException {
		DoctorOptions options = ArgumentParser.parse(List.of("https://api.example.com/v1", "--origin", "https://app.example.com"));
		assertThat(options).isEqualTo(new DoctorOptions(URI.create("https://api.example.com/v1"), "https://app.example.com",
				"GET", Map.of(), false, false));
	}

	@Test
	void optionsTakeTheirValueAfterAnEqualsSignAndComeInAnyOrder() throws UsageException {
		DoctorOptions options = ArgumentParser.parse(List.of("--json", "--method=PUT", "--origin=http://localhost:5173",
				"--credentials", "http://localhost:8080/api", "--header=X-Request-ID: 7"));
		assertThat(options.method()).isEqualTo("PUT");
		assertThat(options.origin()).isEqualTo("http://localhost:5173");
		assertThat(options.headers()).containsExactly(Map.entry("X-Request-ID", "7"));
		assertThat(options.credentials()).isTrue();
		assertThat(options.json()).isTrue();
	}

	@Test
	void aRepeatedHeaderIsCombinedAsFetchDoes() throws UsageException {
		DoctorOptions options = ArgumentParser.parse(List.of("http://localhost:8080/api", "--origin", "null", "--header",
				"Accept: text/html", "--header", "accept:  application/json "));
		assertThat(options.headers()).containsExactly(Map.entry("Accept", "text/html, application/json"));
	}

	@Test
	void theNullOriginOfSandboxedPagesIsAnOrigin() throws UsageException {
		assertThat(ArgumentParser.parse(List.of("http://localhost:8080/api", "--origin", "null")).origin()).isEqualTo("null");
	}

	@Test
	void theUpstreamIsTheServiceBehindTheGatewayAndNoneUnlessGiven() throws UsageException {
		List<String> call = List.of("http://localhost:8081/api", "--origin", "http://localhost:3000");
		assertThat(ArgumentParser.parse(call).upstream()).isNull();
		List<String> withUpstream = new java.util.ArrayList<>(call);
		withUpstream.add("--upstream=http://localhost:8080");
		assertThat(ArgumentParser.parse(withUpstream).upstream()).isEqualTo(URI.create("http://localhost:8080"));
	}

}
