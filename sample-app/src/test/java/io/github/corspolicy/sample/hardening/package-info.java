/**
 * Hostile input against the sample over real HTTP: scanners' probes, malformed headers, load.
 */
@NullMarked
package io.github.corspolicy.sample.hardening;

import org.jspecify.annotations.NullMarked;
