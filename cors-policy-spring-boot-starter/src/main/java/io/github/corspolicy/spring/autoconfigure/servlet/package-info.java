/**
 * The servlet auto-configuration: the filter registration and the Spring Security source.
 */
@NullMarked
package io.github.corspolicy.spring.autoconfigure.servlet;

import org.jspecify.annotations.NullMarked;
