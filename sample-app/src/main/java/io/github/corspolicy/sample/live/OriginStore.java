/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.corspolicy.sample.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Reads and writes {@code cors_origin}, in the SQL that H2 and PostgreSQL share. The admin API
 * writes top-level rows only ({@code mapping_name} NULL); it lists every row.
 */
final class OriginStore {

	private static final String COLUMNS = "SELECT id, mapping_name, kind, origin, enabled, updated_at FROM cors_origin";

	private final JdbcClient jdbc;

	OriginStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredOrigin> findAll() {
		return this.jdbc.sql(COLUMNS + " ORDER BY id").query(OriginStore::row).list();
	}

	Optional<StoredOrigin> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(OriginStore::row).optional();
	}

	/** The top-level row of this kind and value, enabled or not. */
	Optional<StoredOrigin> findTopLevel(OriginKind kind, String origin) {
		return this.jdbc.sql(COLUMNS + " WHERE mapping_name IS NULL AND kind = ? AND origin = ? ORDER BY id")
			.params(kind.column(), origin)
			.query(OriginStore::row)
			.optional();
	}

	/** Inserts an enabled top-level row and returns it. */
	StoredOrigin add(OriginKind kind, String origin) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO cors_origin (mapping_name, kind, origin, enabled) VALUES (NULL, ?, ?, TRUE)")
			.params(kind.column(), origin)
			.update(keys, "id");
		return find(keys.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	/** @return the row after the change, or empty when there is no such row */
	Optional<StoredOrigin> setEnabled(long id, boolean enabled) {
		int updated = this.jdbc.sql("UPDATE cors_origin SET enabled = ? WHERE id = ?").params(enabled, id).update();
		return (updated == 0) ? Optional.empty() : find(id);
	}

	/** @return the row deleted, or empty when there was none */
	Optional<StoredOrigin> delete(long id) {
		Optional<StoredOrigin> row = find(id);
		row.ifPresent((found) -> this.jdbc.sql("DELETE FROM cors_origin WHERE id = ?").param(id).update());
		return row;
	}

	private static StoredOrigin row(ResultSet rs, int rowNumber) throws SQLException {
		return new StoredOrigin(rs.getLong("id"), rs.getString("mapping_name"), rs.getString("kind"),
				rs.getString("origin"), rs.getBoolean("enabled"), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
