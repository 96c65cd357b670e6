/**
 * Per-path CORS policies: which policy, if any, applies to a request.
 */
@NullMarked
package io.github.corspolicy.spring.mapping;

import org.jspecify.annotations.NullMarked;
