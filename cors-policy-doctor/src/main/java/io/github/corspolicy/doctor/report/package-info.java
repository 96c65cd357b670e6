/**
 * The report, as text for people or as one JSON object for machines.
 */
@NullMarked
package io.github.corspolicy.doctor.report;

import org.jspecify.annotations.NullMarked;
