/**
 * The demo API: public, token-protected and failing routes.
 */
@NullMarked
package io.github.corspolicy.sample.api;

import org.jspecify.annotations.NullMarked;
