/**
 * Live origins: allowlist entries read at run time from a store (a database table, a tenant
 * service), merged with the {@code cors.*} properties into one immutable snapshot of the mappings
 * that requests use. A store is plugged in as a {@link io.github.corspolicy.spring.live.CorsOriginSource};
 * {@link io.github.corspolicy.spring.live.LiveCorsMappings} holds the snapshot and
 * {@link io.github.corspolicy.spring.live.LiveCorsRefresher} replaces it, off the request path.
 */
@NullMarked
package io.github.corspolicy.spring.live;

import org.jspecify.annotations.NullMarked;
