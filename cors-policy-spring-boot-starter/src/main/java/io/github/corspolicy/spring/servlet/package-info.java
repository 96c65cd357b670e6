/**
 * The servlet filter that applies a CORS policy to every request, error dispatches included.
 */
@NullMarked
package io.github.corspolicy.spring.servlet;

import org.jspecify.annotations.NullMarked;
