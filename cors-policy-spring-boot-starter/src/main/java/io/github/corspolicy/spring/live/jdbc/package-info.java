/**
 * The JDBC origin source: the {@code cors_origin} table on the application's {@code DataSource},
 * polled, and on PostgreSQL also signalled by a trigger's {@code LISTEN/NOTIFY}.
 */
@NullMarked
package io.github.corspolicy.spring.live.jdbc;

import org.jspecify.annotations.NullMarked;
