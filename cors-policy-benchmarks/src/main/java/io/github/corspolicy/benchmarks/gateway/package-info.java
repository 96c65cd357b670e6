/**
 * The gateway of {@code load-gateway.sh}: Spring Cloud Gateway Server WebFlux with CORS from the
 * starter or from Gateway's own {@code globalcors}, the same policy in both.
 */
@NullMarked
package io.github.corspolicy.benchmarks.gateway;

import org.jspecify.annotations.NullMarked;
