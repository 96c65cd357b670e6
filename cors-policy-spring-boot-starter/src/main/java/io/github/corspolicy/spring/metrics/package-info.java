/**
 * Micrometer metrics of CORS decisions, with bounded tags.
 */
@NullMarked
package io.github.corspolicy.spring.metrics;

import org.jspecify.annotations.NullMarked;
