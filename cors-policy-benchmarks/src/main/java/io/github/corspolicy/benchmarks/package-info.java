/**
 * JMH benchmarks of the core engine side by side with Spring's {@code DefaultCorsProcessor}.
 */
@NullMarked
package io.github.corspolicy.benchmarks;

import org.jspecify.annotations.NullMarked;
