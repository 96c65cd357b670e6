/**
 * The live-origins demo ({@code live} profile): the database behind the JDBC origin source and an
 * admin API over its {@code cors_origin} table.
 */
@NullMarked
package io.github.corspolicy.sample.live;

import org.jspecify.annotations.NullMarked;
