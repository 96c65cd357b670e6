/**
 * The reactive {@code WebFilter} that applies a CORS policy to every exchange, and its adapters from
 * exchanges to the core.
 */
@NullMarked
package io.github.corspolicy.spring.reactive;

import org.jspecify.annotations.NullMarked;
