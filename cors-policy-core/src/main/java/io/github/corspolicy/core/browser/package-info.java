/**
 * The browser's side of the CORS protocol (Fetch standard): whether a call needs a preflight, and
 * whether a browser would let the page read the response, with the reason in the words of
 * Chromium's console. Used by the doctor command and by test assertions.
 */
@NullMarked
package io.github.corspolicy.core.browser;

import org.jspecify.annotations.NullMarked;
