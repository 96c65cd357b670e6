/**
 * The demo application on WebFlux: the servlet sample's secured API and the same front end on
 * another origin.
 */
@NullMarked
package io.github.corspolicy.sample.reactive;

import org.jspecify.annotations.NullMarked;
