/**
 * Stateless bearer-token security for the demo API, on Spring Security's reactive filter chain.
 */
@NullMarked
package io.github.corspolicy.sample.reactive.security;

import org.jspecify.annotations.NullMarked;
