/**
 * The bearer token checked at the gateway, on Spring Security's reactive filter chain, before any
 * route forwards the request.
 */
@NullMarked
package io.github.corspolicy.sample.gateway.security;

import org.jspecify.annotations.NullMarked;
