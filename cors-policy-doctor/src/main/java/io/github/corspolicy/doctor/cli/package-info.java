/**
 * The command line: options parsed and checked by hand, with usage errors that say what to write.
 */
@NullMarked
package io.github.corspolicy.doctor.cli;

import org.jspecify.annotations.NullMarked;
