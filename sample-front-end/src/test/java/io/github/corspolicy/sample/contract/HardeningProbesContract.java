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
package io.github.corspolicy.sample.contract;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * A compact set of the attacks the starter's hardening tests cover in depth
 * ({@code cors-policy-spring-boot-starter/src/test/.../servlet/hardening}), played over real HTTP
 * against a whole sample with its dev policy: no attack origin gets a CORS header, on any route,
 * path spelling or preflight, and none makes the sample fail with a 5xx. A sample runs it with a
 * subclass that starts the sample on a random port (without its page).
 */
public abstract class HardeningProbesContract {

	/** The CORS response headers, none of which an attack origin may receive. */
	private static final List<String> CORS_HEADERS = List.of("Access-Control-Allow-Origin",
			"Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
			"Access-Control-Expose-Headers", "Access-Control-Max-Age", "Access-Control-Allow-Private-Network");

	private SampleHttp http;

	/** The port the sample's API listens on. */
	protected abstract int apiPort();

	@BeforeEach
	void client() {
		this.http = new SampleHttp(apiPort());
	}

	/** Origins a scanner tries against the dev policy's {@code http://localhost:3000}, and others. */
	static Stream<Arguments> attackOrigins() {
		return Stream.of(argumentSet("an arbitrary site", "https://evil.example.com"),
				argumentSet("the allowed origin as a prefix", "http://localhost:3000.evil.com"),
				argumentSet("the allowed host as a suffix", "http://evillocalhost:3000"),
				argumentSet("another port", "http://localhost:3001"),
				argumentSet("no port", "http://localhost"),
				argumentSet("a scheme upgrade", "https://localhost:3000"),
				argumentSet("another scheme", "ws://localhost:3000"),
				argumentSet("the null origin of sandboxed frames", "null"),
				argumentSet("upper case", "http://LOCALHOST:3000"),
				argumentSet("a trailing slash", "http://localhost:3000/"),
				argumentSet("a trailing dot", "http://localhost.:3000"),
				argumentSet("user information", "http://localhost:3000@evil.com"),
				argumentSet("a query", "http://evil.com?http://localhost:3000"),
				argumentSet("a fragment", "http://evil.com#http://localhost:3000"),
				argumentSet("a path", "http://evil.com/http://localhost:3000"),
				argumentSet("a zero-padded port", "http://localhost:03000"),
				argumentSet("a punycode look-alike", "http://xn--lcalhost-9wf:3000"),
				argumentSet("two origins in one header", "http://localhost:3000 https://evil.example.com"),
				argumentSet("a list of origins", "http://localhost:3000, https://evil.example.com"),
				argumentSet("an empty origin", ""));
	}

	/** Every route but the failing one (which answers 500 on purpose), and a path no route serves. */
	static Stream<String> paths() {
		return Stream.concat(SampleContract.routes().stream().filter((path) -> !path.equals(SampleContract.FAIL)),
				Stream.of(SampleContract.UNKNOWN)).sorted();
	}

	/** Spellings of a protected route a path-matching mistake could read as a public one. */
	static Stream<Arguments> attackPaths() {
		return Stream.of(argumentSet("dot segments", "/api/public/./../v1/credits/balance"),
				argumentSet("'..;'", "/api/public/..;/v1/credits/balance"),
				argumentSet("'%2e%2e'", "/api/public/%2e%2e/v1/credits/balance"),
				argumentSet("'.%2E'", "/api/public/.%2E/v1/credits/balance"),
				argumentSet("a double slash", "/api/public//../v1/credits/balance"),
				argumentSet("a path parameter", "/api/public;x=1/../v1/credits/balance"),
				argumentSet("'%2f'", "/api/public/..%2f..%2fv1/credits/balance"),
				argumentSet("'%5c'", "/api/public/..%5cv1/credits/balance"),
				argumentSet("'%00'", "/api/public/%00/../v1/credits/balance"),
				argumentSet("'..' above the root", "/api/public/../../../../v1/credits/balance"),
				argumentSet("an encoded public prefix", "/api/%70ublic/ping"));
	}

	static Stream<Arguments> originsOnPaths() {
		return attackOrigins().flatMap((origin) -> paths().map((path) -> Arguments.of(origin.get()[0], path)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("originsOnPaths")
	void anAttackOriginGetsNoCorsHeadersOnAnyRoute(String origin, String path) throws Exception {
		assertNoCors(this.http.get(path, "Origin", origin, "Authorization", BEARER));
	}

	@ParameterizedTest
	@MethodSource("attackOrigins")
	void anAttackOriginGetsNoCorsHeadersFromAPreflight(String origin) throws Exception {
		HttpResponse<String> preflight = this.http.send("OPTIONS", SampleContract.UPDATE_PROFILE, null, "Origin",
				origin, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
				"authorization,content-type");
		assertNoCors(preflight);
		assertThat(preflight.statusCode()).as("a preflight the policy refuses").isEqualTo(403);
	}

	@ParameterizedTest
	@MethodSource("attackPaths")
	void anAttackPathGetsNoCorsHeadersForAnAttackOriginAndNo5xx(String path) throws Exception {
		assertNoCors(this.http.get(path, "Origin", "https://evil.example.com", "Authorization", BEARER));
		assertNoCors(this.http.send("OPTIONS", path, null, "Origin", "https://evil.example.com",
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization"));
	}

	@ParameterizedTest
	@MethodSource("attackPaths")
	void anAttackPathNeverAnswersTheProtectedReadWithoutTheToken(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path, "Origin", SampleContract.DEV_ORIGINS.get(0));
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		assertThat(response.body()).doesNotContain(SampleContract.PROTECTED_READS.get(0).json());
	}

	private static void assertNoCors(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s %s", response.request().method(), response.body()).isLessThan(500);
		for (String header : CORS_HEADERS) {
			assertThat(response.headers().allValues(header)).as(header).isEmpty();
		}
	}

}
