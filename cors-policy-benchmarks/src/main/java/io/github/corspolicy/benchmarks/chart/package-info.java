/**
 * The performance chart of the docs, drawn from JMH's JSON result files: no hand-drawn figure.
 */
@NullMarked
package io.github.corspolicy.benchmarks.chart;

import org.jspecify.annotations.NullMarked;
