/**
 * Compiled, read-only building blocks of a policy: origin matchers, header name sets and the
 * precomputed response headers. Not an API: may change in any release.
 */
@NullMarked
package io.github.corspolicy.core.internal;

import org.jspecify.annotations.NullMarked;
