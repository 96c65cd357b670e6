/**
 * {@code Timing-Allow-Origin} over real HTTP, on both web stacks.
 */
@NullMarked
package io.github.corspolicy.spring.timing;

import org.jspecify.annotations.NullMarked;
