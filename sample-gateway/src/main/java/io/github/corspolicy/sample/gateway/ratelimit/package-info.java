/**
 * The gateway's own rate limit: an in-memory fixed-window {@code RateLimiter} for Gateway's
 * {@code RequestRateLimiter} filter, keyed per client address.
 */
@NullMarked
package io.github.corspolicy.sample.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
