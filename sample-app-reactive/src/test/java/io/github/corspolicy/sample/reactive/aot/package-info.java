/**
 * The shared contract tests against the reactive sample on Netty's AOT-processed jar, started with
 * {@code -Dspring.aot.enabled=true}: run by the {@code aot} profile only.
 */
@NullMarked
package io.github.corspolicy.sample.reactive.aot;

import org.jspecify.annotations.NullMarked;
