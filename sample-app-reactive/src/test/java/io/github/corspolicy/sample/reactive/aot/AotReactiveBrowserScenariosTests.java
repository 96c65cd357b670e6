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
package io.github.corspolicy.sample.reactive.aot;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.corspolicy.sample.contract.AotSample;
import io.github.corspolicy.sample.contract.BrowserScenariosContract;

/**
 * The page's scenarios in headless Chromium against the reactive sample on Netty's AOT-processed jar: the page's
 * port and its one allowed origin are given as arguments, as the contract's dynamic properties
 * give them to a test context; the screenshots go to {@code target/sample-app-reactive-aot-*.png}.
 */
class AotReactiveBrowserScenariosTests extends BrowserScenariosContract {

	@RegisterExtension
	static final AotSample sample = AotSample.withArguments("--sample.front-end.port=" + FRONT_END_PORT,
			"--cors.allowed-origins=http://localhost:" + FRONT_END_PORT);

	@Override
	protected String screenshotPrefix() {
		return "sample-app-reactive-aot";
	}

}
