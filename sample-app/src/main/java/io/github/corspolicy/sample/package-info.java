/**
 * The demo application: a secured API and a front end on another origin.
 */
@NullMarked
package io.github.corspolicy.sample;

import org.jspecify.annotations.NullMarked;
