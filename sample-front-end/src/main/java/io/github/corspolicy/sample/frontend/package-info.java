/**
 * The page both samples serve on its own port, so that it is another origin than the API, and the
 * {@code sample.*} settings they share.
 */
@NullMarked
package io.github.corspolicy.sample.frontend;

import org.jspecify.annotations.NullMarked;
