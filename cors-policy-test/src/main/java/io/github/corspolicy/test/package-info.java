/**
 * Test assertions that play the browser's part of CORS against MockMvc or a running server.
 */
@NullMarked
package io.github.corspolicy.test;

import org.jspecify.annotations.NullMarked;
