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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws {@code docs/images/filter-time-by-origins.svg} from JMH's JSON result files (the
 * servlet {@code FilterBenchmark} and the {@code ReactiveFilterBenchmark}): time per request
 * against the number of exact origins, one panel per request, one line per filter.
 * <p>
 * {@code java -cp cors-policy-benchmarks/target/benchmarks.jar
 * io.github.corspolicy.benchmarks.chart.PerformanceChart OUT.svg RESULT.json...}
 */
public final class PerformanceChart {

	private PerformanceChart() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: PerformanceChart OUT.svg RESULT.json [RESULT.json...]");
			System.exit(2);
		}
		List<Score> scores = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			scores.addAll(Score.from(Json.parse(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8))));
		}
		if (scores.isEmpty()) {
			System.err.println("no filter benchmark with an 'origins' parameter in " + List.of(args).subList(1, args.length));
			System.exit(1);
		}
		String title = "Time per request by number of exact origins (JMH, ns/op, log-log; lower is faster)";
		Files.writeString(Path.of(args[0]), new SvgChart(title, scores).render(), StandardCharsets.UTF_8);
		System.out.println("wrote " + args[0] + " from " + scores.size() + " results");
	}

}
