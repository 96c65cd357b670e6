/**
 * The {@code cors-doctor} command: calls a URL as a browser page on another origin would, and explains why CORS fails.
 */
@NullMarked
package io.github.corspolicy.doctor;

import org.jspecify.annotations.NullMarked;
