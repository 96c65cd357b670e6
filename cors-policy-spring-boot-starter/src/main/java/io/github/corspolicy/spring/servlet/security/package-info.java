/**
 * Spring Security integration: the policy as the {@code CorsConfigurationSource} that
 * {@code http.cors()} uses.
 */
@NullMarked
package io.github.corspolicy.spring.servlet.security;

import org.jspecify.annotations.NullMarked;
