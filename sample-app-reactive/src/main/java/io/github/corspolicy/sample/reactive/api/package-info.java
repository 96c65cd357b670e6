/**
 * The demo API on WebFlux: public, token-protected and failing routes, as in the servlet sample.
 */
@NullMarked
package io.github.corspolicy.sample.reactive.api;

import org.jspecify.annotations.NullMarked;
