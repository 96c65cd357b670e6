/**
 * Start-up checks of the sample against configurations that would open it to other sites.
 */
@NullMarked
package io.github.corspolicy.sample.hardening;

import org.jspecify.annotations.NullMarked;
