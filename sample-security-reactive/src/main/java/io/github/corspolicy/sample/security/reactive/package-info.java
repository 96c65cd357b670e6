/**
 * The demo API's bearer-token rule on Spring Security's reactive filter chain, shared by the
 * reactive sample and the gateway sample. Nothing here is about CORS.
 */
@NullMarked
package io.github.corspolicy.sample.security.reactive;

import org.jspecify.annotations.NullMarked;
