/**
 * Turns the browser's verdicts into findings: what went wrong, the evidence, and the fix.
 */
@NullMarked
package io.github.corspolicy.doctor.diagnosis;

import org.jspecify.annotations.NullMarked;
