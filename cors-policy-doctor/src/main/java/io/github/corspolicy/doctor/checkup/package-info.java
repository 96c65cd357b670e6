/**
 * Walks a call as a browser does: the preflight when one is needed, then the request, each with the core's verdict.
 */
@NullMarked
package io.github.corspolicy.doctor.checkup;

import org.jspecify.annotations.NullMarked;
