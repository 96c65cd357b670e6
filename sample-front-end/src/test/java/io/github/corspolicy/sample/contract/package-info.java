/**
 * The API contract both samples answer, and the abstract tests each sample runs against itself.
 */
@NullMarked
package io.github.corspolicy.sample.contract;

import org.jspecify.annotations.NullMarked;
