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
package io.github.corspolicy.spring.live;

/**
 * Hears of every refresh, on the refresh thread: the metrics count them.
 */
public interface RefreshListener {

	/**
	 * @param source the source read ({@code properties} for the {@code cors.*} properties)
	 * @param outcome what the refresh did, {@link RefreshOutcome.Outcome#FAILED} when this source
	 * could not be read
	 * @param snapshot the snapshot serving after it
	 */
	void onRefresh(String source, RefreshOutcome.Outcome outcome, LiveSnapshot snapshot);

}
