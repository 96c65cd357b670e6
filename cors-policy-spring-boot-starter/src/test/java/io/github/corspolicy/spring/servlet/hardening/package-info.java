/**
 * Hostile input against the filter over real HTTP: scanners' probes, malformed headers, path
 * spellings, load.
 */
@NullMarked
package io.github.corspolicy.spring.servlet.hardening;

import org.jspecify.annotations.NullMarked;
