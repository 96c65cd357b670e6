/**
 * JMH benchmarks of the core engine and the filters side by side with Spring's, and the reactive
 * load app.
 */
@NullMarked
package io.github.corspolicy.benchmarks;

import org.jspecify.annotations.NullMarked;
