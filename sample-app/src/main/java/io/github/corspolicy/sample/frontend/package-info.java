/**
 * The page, served on its own port so that it is another origin than the API.
 */
@NullMarked
package io.github.corspolicy.sample.frontend;

import org.jspecify.annotations.NullMarked;
