/**
 * Live origins under load: the H2 table of 100,000 origins and the app of {@code load-live.sh}.
 */
@NullMarked
package io.github.corspolicy.benchmarks.live;

import org.jspecify.annotations.NullMarked;
