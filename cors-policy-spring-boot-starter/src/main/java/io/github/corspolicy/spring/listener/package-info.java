/**
 * What hears of every CORS decision, whatever the web stack: the listener API and the rejection log.
 */
@NullMarked
package io.github.corspolicy.spring.listener;

import org.jspecify.annotations.NullMarked;
