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
package io.github.corspolicy.sample.reactive;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * {@code X-Request-ID} on Netty as in the servlet sample: the caller's plain identifier is echoed,
 * anything else is replaced by a new UUID, and every answer carries it, a 401 or a 500 too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.front-end.enabled=false")
class RequestIdTests {

	private static final String HEADER = "X-Request-ID";

	@LocalServerPort
	private int port;

	private SampleHttp http;

	@BeforeEach
	void client() {
		this.http = new SampleHttp(this.port);
	}

	static Stream<Arguments> plainIdentifiers() {
		return Stream.of(argumentSet("letters, digits and a dash", "abc-123"),
				argumentSet("dot and underscore", "A.b_c-9"), argumentSet("one character", "x"),
				argumentSet("64 characters, the longest", "a".repeat(64)));
	}

	@ParameterizedTest
	@MethodSource("plainIdentifiers")
	void aPlainIdentifierIsEchoed(String id) throws Exception {
		assertThat(this.http.get(SampleContract.PING, HEADER, id).headers().allValues(HEADER)).containsExactly(id);
	}

	static Stream<Arguments> otherValues() {
		return Stream.of(argumentSet("65 characters", "a".repeat(65)), argumentSet("a space", "bad id!"),
				argumentSet("markup", "<script>"), argumentSet("a slash", "a/b"), argumentSet("a semicolon", "a;b"),
				argumentSet("a quote", "\"a\""));
	}

	@ParameterizedTest
	@MethodSource("otherValues")
	void anyOtherValueIsReplacedByANewUuid(String value) throws Exception {
		String id = this.http.get(SampleContract.PING, HEADER, value).headers().firstValue(HEADER).orElseThrow();
		assertThat(UUID.fromString(id)).hasToString(id);
	}

	@Test
	void withoutOneEachAnswerGetsItsOwnUuid() throws Exception {
		String first = this.http.get(SampleContract.PING).headers().firstValue(HEADER).orElseThrow();
		String second = this.http.get(SampleContract.PING).headers().firstValue(HEADER).orElseThrow();
		assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
	}

	@Test
	void theFirstOfTwoIsEchoed() throws Exception {
		assertThat(this.http.get(SampleContract.PING, HEADER, "first", HEADER, "second").headers().allValues(HEADER))
			.containsExactly("first");
	}

	static Stream<Arguments> answers() {
		return Stream.of(argumentSet("a 200", SampleContract.PING, new String[0], 200),
				argumentSet("a 401", "/api/v1/credits/balance", new String[0], 401),
				argumentSet("a 404", SampleContract.UNKNOWN, new String[] { "Authorization", BEARER }, 404),
				argumentSet("a 500", SampleContract.FAIL, new String[0], 500),
				argumentSet("the firewall's 400", "/api//public/ping", new String[0], 400));
	}

	@ParameterizedTest
	@MethodSource("answers")
	void everyAnswerCarriesIt(String path, String[] headers, int status) throws Exception {
		String[] withId = Stream.concat(Stream.of(headers), Stream.of(HEADER, "trace-42")).toArray(String[]::new);
		HttpResponse<String> response = this.http.get(path, withId);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().allValues(HEADER)).containsExactly("trace-42");
	}

}
