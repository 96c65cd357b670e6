/**
 * Test support: seeded generators of hostile inputs and a character sequence that counts the work
 * done on it.
 */
@NullMarked
package io.github.corspolicy.core.testsupport;

import org.jspecify.annotations.NullMarked;
