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
