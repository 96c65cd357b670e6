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

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A log-log line chart in SVG, one panel per request and one line per filter, sharing one y axis:
 * plain text, no library, so that it is regenerated wherever Java runs.
 */
final class SvgChart {

	static final List<String> PANELS = List.of("allowed GET", "preflight", "rejected origin");

	/** Line order, colour (ours blue, Spring red), dash (reactive dashed). */
	static final List<String[]> LINES = List.of(new String[] { "servlet, ours", "#1f4e9c", "" },
			new String[] { "reactive, ours", "#3a9ad9", "6 4" }, new String[] { "servlet, Spring", "#b8322a", "" },
			new String[] { "reactive, Spring", "#e8891c", "6 4" });

	static final int WIDTH = 980;

	static final int HEIGHT = 470;

	static final int LEFT = 78;

	static final int TOP = 96;

	static final int BOTTOM = HEIGHT - 58;

	static final int GAP = 34;

	static final int PANEL_WIDTH = (WIDTH - LEFT - 20 - 2 * GAP) / 3;

	/** The x axis: 10^0 to 10^4 origins, a little padding either side. */
	static final double X_MIN = -0.25;

	static final double X_MAX = 4.25;

	private final String title;

	private final List<Score> scores;

	private final int yLow;

	private final int yHigh;

	private final StringBuilder svg = new StringBuilder();

	SvgChart(String title, List<Score> scores) {
		this.title = title;
		this.scores = scores;
		this.yLow = (int) Math.floor(Math.log10(scores.stream().mapToDouble(Score::nanos).min().orElse(1)));
		this.yHigh = (int) Math.ceil(Math.log10(scores.stream().mapToDouble(Score::nanos).max().orElse(10)));
	}

	String render() {
		line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
				+ "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">", WIDTH, HEIGHT, WIDTH, HEIGHT);
		line("<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>");
		line("<text x=\"%d\" y=\"26\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">%s</text>",
				WIDTH / 2, this.title);
		legend();
		line("<text transform=\"translate(18,%d) rotate(-90)\" text-anchor=\"middle\">time per request</text>",
				(TOP + BOTTOM) / 2);
		for (int i = 0; i < PANELS.size(); i++) {
			panel(PANELS.get(i), LEFT + i * (PANEL_WIDTH + GAP), i == 0);
		}
		line("</svg>");
		return this.svg.toString();
	}

	private void legend() {
		int x = LEFT + 40;
		for (String[] style : LINES) {
			line("<line x1=\"%d\" y1=\"50\" x2=\"%d\" y2=\"50\" stroke=\"%s\" stroke-width=\"2.5\" stroke-dasharray=\"%s\"/>",
					x, x + 36, style[1], style[2]);
			line("<text x=\"%d\" y=\"54\">%s</text>", x + 44, style[0]);
			x += 200;
		}
	}

	private void panel(String scenario, int left, boolean yLabels) {
		line("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">%s</text>", left + PANEL_WIDTH / 2,
				TOP - 12, scenario);
		for (int decade = this.yLow; decade <= this.yHigh; decade++) {
			double y = y(Math.pow(10, decade));
			line("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>", left, y, left + PANEL_WIDTH, y);
			if (yLabels) {
				line("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", left - 6, y + 4, time(decade));
			}
		}
		for (int decade = 0; decade <= 4; decade++) {
			double x = x(left, Math.pow(10, decade));
			line("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>", x, TOP, x, BOTTOM);
			line("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, BOTTOM + 16,
					String.format(Locale.ROOT, "%,d", (int) Math.pow(10, decade)));
		}
		line("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444444\"/>", left, TOP,
				PANEL_WIDTH, BOTTOM - TOP);
		line("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">exact origins in the policy</text>",
				left + PANEL_WIDTH / 2, BOTTOM + 36);
		for (String[] style : LINES) {
			series(scenario, style, left);
		}
	}

	private void series(String scenario, String[] style, int left) {
		List<Score> points = this.scores.stream()
			.filter((score) -> score.scenario().equals(scenario) && score.series().equals(style[0]))
			.sorted(Comparator.comparingInt(Score::origins))
			.toList();
		StringBuilder path = new StringBuilder();
		for (Score point : points) {
			path.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(left, point.origins()), y(point.nanos())));
		}
		line("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" stroke-dasharray=\"%s\"/>",
				path.toString().trim(), style[1], style[2]);
		for (Score point : points) {
			line("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s, %s, %,d origins: %,.0f ns</title></circle>",
					x(left, point.origins()), y(point.nanos()), style[1], style[0], scenario, point.origins(),
					point.nanos());
		}
	}

	private static double x(int left, double origins) {
		return left + (Math.log10(origins) - X_MIN) / (X_MAX - X_MIN) * PANEL_WIDTH;
	}

	private double y(double nanos) {
		return BOTTOM - (Math.log10(nanos) - this.yLow) / (this.yHigh - this.yLow) * (BOTTOM - TOP);
	}

	/** 10^decade nanoseconds, in the unit a reader expects: 100 ns, 1 µs, 10 µs, 1 ms. */
	static String time(int decade) {
		String[] units = { "ns", "µs", "ms", "s" };
		int unit = Math.min(Math.max(decade, 0) / 3, units.length - 1);
		long value = (long) Math.pow(10, decade - 3 * unit);
		return (decade < 0) ? String.format(Locale.ROOT, "%s ns", Math.pow(10, decade)) : value + " " + units[unit];
	}

	private void line(String format, Object... args) {
		this.svg.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}
