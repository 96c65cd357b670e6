/**
 * Spring Security integration shared by both web stacks: a decision as Spring's
 * {@code CorsConfiguration}, which {@code http.cors()} applies.
 */
@NullMarked
package io.github.corspolicy.spring.security;

import org.jspecify.annotations.NullMarked;
