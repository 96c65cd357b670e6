/**
 * Auto-configuration of the CORS policy filter from {@code cors.*} properties.
 */
@NullMarked
package io.github.corspolicy.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
