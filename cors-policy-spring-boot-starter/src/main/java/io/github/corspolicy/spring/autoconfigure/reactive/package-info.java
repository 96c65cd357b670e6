/**
 * The reactive auto-configuration: the {@code WebFilter} and the Spring Security reactive source.
 */
@NullMarked
package io.github.corspolicy.spring.autoconfigure.reactive;

import org.jspecify.annotations.NullMarked;
