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

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.corspolicy.sample.contract.BrowserScenariosContract;

/**
 * The page's scenarios in headless Chromium against the reactive sample on Netty; the screenshots
 * go to {@code target/sample-app-reactive-*.png}.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ReactiveBrowserScenariosTests extends BrowserScenariosContract {

	@Override
	protected String screenshotPrefix() {
		return "sample-app-reactive";
	}

}
