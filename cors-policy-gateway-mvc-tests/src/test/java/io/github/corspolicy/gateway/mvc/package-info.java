/**
 * A Spring Cloud Gateway Server MVC application with the starter, in front of a test upstream,
 * and the gateway CORS contract run against it.
 */
@NullMarked
package io.github.corspolicy.gateway.mvc;

import org.jspecify.annotations.NullMarked;
