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

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;

/**
 * The admin API of the {@code live} demo over {@code cors_origin}: list, add, disable or enable, and
 * delete top-level origins. Token-protected like every {@code /api/v1} route; each write is checked
 * with the core's validation first and applied by a refresh before the answer.
 */
@Profile("live")
@RestController
@RequestMapping("/api/v1/admin/origins")
class OriginAdminController {

	private final OriginStore store;

	private final OriginCheck check;

	private final PolicyRefresh refresh;

	private final LiveCorsRefresher refresher;

	private final long refreshIntervalMillis;

	OriginAdminController(JdbcClient jdbc, LiveCorsMappings mappings, LiveCorsRefresher refresher,
			CorsPolicyProperties properties) {
		this.store = new OriginStore(jdbc);
		this.check = new OriginCheck(mappings);
		this.refresh = new PolicyRefresh(refresher);
		this.refresher = refresher;
		this.refreshIntervalMillis = properties.getSources().getJdbc().getRefreshInterval().toMillis();
	}

	@GetMapping
	ResponseEntity<Listing> list() {
		Listing listing = new Listing(this.store.findAll(), this.refresher.snapshotVersion(), this.refreshIntervalMillis);
		return ResponseEntity.ok().eTag("\"" + Integer.toHexString(listing.hashCode()) + "\"").body(listing);
	}

	@PostMapping
	ResponseEntity<?> add(@RequestBody NewOrigin request) {
		Optional<OriginKind> kind = OriginKind.of((request.kind() != null) ? request.kind() : "exact");
		if (request.origin() == null || kind.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid origin", (request.origin() == null)
					? "The body needs an origin, such as {\"origin\": \"https://app.example.com\"}"
					: "kind must be exact, pattern or regex, not '" + request.kind() + "'", List.of());
		}
		OriginCheck.Checked checked = this.check.check(kind.get(), request.origin());
		if (!checked.valid()) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid origin", checked.problems().get(0).toString(),
					checked.problems());
		}
		Optional<StoredOrigin> existing = this.store.findTopLevel(kind.get(), request.origin());
		if (existing.isPresent()) {
			return problem(HttpStatus.CONFLICT, "Origin already listed", "'" + request.origin() + "' is row "
					+ existing.get().id() + ((existing.get().enabled()) ? "" : ", disabled: enable it"), List.of());
		}
		StoredOrigin added = this.store.add(kind.get(), request.origin());
		return ResponseEntity.created(URI.create("/api/v1/admin/origins/" + added.id()))
			.body(new Change(added, this.refresh.now(), checked.warnings()));
	}

	@PatchMapping("/{id}")
	ResponseEntity<?> setEnabled(@PathVariable long id, @RequestBody EnabledChange request) {
		if (request.enabled() == null) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid change", "The body needs enabled: {\"enabled\": false}",
					List.of());
		}
		return this.store.setEnabled(id, request.enabled())
			.<ResponseEntity<?>>map((row) -> ResponseEntity.ok(new Change(row, this.refresh.now(), List.of())))
			.orElseGet(() -> notFound(id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<?> delete(@PathVariable long id) {
		return this.store.delete(id)
			.<ResponseEntity<?>>map((row) -> ResponseEntity.ok(new Change(row, this.refresh.now(), List.of())))
			.orElseGet(() -> notFound(id));
	}

	private static ResponseEntity<?> notFound(long id) {
		return problem(HttpStatus.NOT_FOUND, "No such origin", "cors_origin has no row " + id, List.of());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			List<Reason> problems) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		if (!problems.isEmpty()) {
			body.setProperty("problems", problems);
		}
		return ResponseEntity.status(status).body(body);
	}

	/** The body of {@code POST}: the value and its kind ({@code exact} when absent). */
	record NewOrigin(@Nullable String origin, @Nullable String kind) {
	}

	/** The body of {@code PATCH}. */
	record EnabledChange(@Nullable Boolean enabled) {
	}

	/** Every row, the snapshot serving and how often the table is polled. */
	record Listing(List<StoredOrigin> origins, long snapshotVersion, long refreshIntervalMillis) {
	}

	/** A row as written (or as it was, for a delete) and the refresh that applied it. */
	record Change(StoredOrigin origin, PolicyRefresh.Result refresh, List<Reason> warnings) {
	}

}
