/**
 * HTTP with the JDK's client: explicit timeouts, no redirects followed, failures described for people.
 */
@NullMarked
package io.github.corspolicy.doctor.http;

import org.jspecify.annotations.NullMarked;
