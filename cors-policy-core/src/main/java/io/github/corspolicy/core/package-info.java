/**
 * A framework-free CORS policy: build it once (every setting validated, every problem reported
 * together), then evaluate requests against it cheaply.
 */
@NullMarked
package io.github.corspolicy.core;

import org.jspecify.annotations.NullMarked;
