/**
 * The {@code cors} actuator endpoint: the effective policies, and what the filter would decide
 * for a given request.
 */
@NullMarked
package io.github.corspolicy.spring.actuate;

import org.jspecify.annotations.NullMarked;
