/**
 * The live profile's tests: the admin API over real HTTP, the start-up with and without a database,
 * and the demo in headless Chromium.
 */
@NullMarked
package io.github.corspolicy.sample.live;

import org.jspecify.annotations.NullMarked;
