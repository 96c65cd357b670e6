/**
 * Stateless bearer-token security for the demo API.
 */
@NullMarked
package io.github.corspolicy.sample.security;

import org.jspecify.annotations.NullMarked;
