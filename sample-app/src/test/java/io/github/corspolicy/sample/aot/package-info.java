/**
 * The shared contract tests against the servlet sample on Tomcat's AOT-processed jar, started with
 * {@code -Dspring.aot.enabled=true}: run by the {@code aot} profile only.
 */
@NullMarked
package io.github.corspolicy.sample.aot;

import org.jspecify.annotations.NullMarked;
