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
package io.github.corspolicy.benchmarks.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One result of a JMH JSON file: which filter, which request, how many origins, how long.
 *
 * @param series the line it belongs to, e.g. {@code reactive, ours}
 * @param scenario the panel it belongs to, e.g. {@code allowed GET}
 * @param origins the benchmark's {@code origins} parameter
 * @param nanos the score, in ns/op
 */
record Score(String series, String scenario, int origins, double nanos) {

	/** Method-name suffixes of the filter benchmarks, and the line each one draws. */
	static final Map<String, String> SERIES = Map.of("starterFilter", "servlet, ours", "springCorsFilter",
			"servlet, Spring", "starterWebFilter", "reactive, ours", "springCorsWebFilter", "reactive, Spring");

	/** Method-name prefixes, and the panel each one fills. */
	static final Map<String, String> SCENARIOS = Map.of("allowed", "allowed GET", "allowedActual", "allowed GET",
			"preflight", "preflight", "rejected", "rejected origin");

	/** The filter benchmarks of a parsed result file; other benchmarks in it are skipped. */
	@SuppressWarnings("unchecked")
	static List<Score> from(Object resultFile) {
		List<Score> scores = new ArrayList<>();
		for (Object element : (List<Object>) resultFile) {
			Map<String, Object> result = (Map<String, Object>) element;
			String benchmark = (String) result.get("benchmark");
			String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
			int underscore = method.indexOf('_');
			Object params = result.get("params");
			if (underscore < 0 || !(params instanceof Map<?, ?> map) || !map.containsKey("origins")) {
				continue;
			}
			String series = SERIES.get(method.substring(underscore + 1));
			String scenario = SCENARIOS.get(method.substring(0, underscore));
			if (series != null && scenario != null) {
				double nanos = (Double) ((Map<String, Object>) result.get("primaryMetric")).get("score");
				scores.add(new Score(series, scenario, Integer.parseInt((String) map.get("origins")), nanos));
			}
		}
		return scores;
	}

}
