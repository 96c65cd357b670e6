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
package io.github.corspolicy.doctor.diagnosis;

import java.util.Optional;

import io.github.corspolicy.doctor.checkup.Step;

/**
 * Sends a step again, directly to the service behind the gateway ({@code --upstream}), to tell which
 * layer sends what; a browser never does this.
 */
@FunctionalInterface
public interface UpstreamProbe {

	/** No upstream was given: nothing is sent. */
	UpstreamProbe NONE = (step) -> Optional.empty();

	/** What the upstream answers to the same request, or empty when there is no upstream to ask. */
	Optional<Step> resend(Step step);

}
