/**
 * Spring Security reactive integration: the policy as the reactive {@code CorsConfigurationSource}
 * that {@code ServerHttpSecurity.cors()} uses.
 */
@NullMarked
package io.github.corspolicy.spring.reactive.security;

import org.jspecify.annotations.NullMarked;
