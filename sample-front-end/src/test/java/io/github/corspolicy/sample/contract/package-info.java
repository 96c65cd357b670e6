/**
 * The API contract both samples answer, for their tests: routes, bodies and configured values.
 */
@NullMarked
package io.github.corspolicy.sample.contract;

import org.jspecify.annotations.NullMarked;
