/**
 * The sample gateway: Spring Cloud Gateway Server WebFlux in front of the sample API, where the
 * starter owns CORS and the bearer token is checked before any route.
 */
@NullMarked
package io.github.corspolicy.sample.gateway;

import org.jspecify.annotations.NullMarked;
