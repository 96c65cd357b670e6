/**
 * The policy on Actuator's own server port, over real HTTP on both web stacks.
 */
@NullMarked
package io.github.corspolicy.spring.management;

import org.jspecify.annotations.NullMarked;
