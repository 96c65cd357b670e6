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
package io.github.corspolicy.spring.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
/**
 * Refreshes the {@link LiveCorsMappings} off the request path, on one daemon thread of its own:
 * polls each {@link CorsOriginSource} at its interval, soon after its change signal (a burst of
 * signals makes one refresh), and on demand for the properties. Each refresh reads what it was
 * asked to, builds a complete snapshot with every source's last good entries, and swaps it in
 * only when it is valid as a whole; a source that fails keeps its last good entries.
 * <p>
 * Everything that changes state runs on the refresh thread, after {@link #start()}; the states
 * are published for the endpoint and the health indicator.
 */
public final class LiveCorsRefresher implements AutoCloseable {

	/** The name the {@code cors.*} properties have as a source. */
	public static final String PROPERTIES = "properties";

	static final Duration CHANGE_DELAY = Duration.ofMillis(100);

	private static final Log logger = LogFactory.getLog(LiveCorsRefresher.class);

	private final LiveCorsMappings holder;

	private final LivePolicyBuilder builder;

	private final List<CorsOriginSource> sources;

	private final List<RefreshListener> listeners = new CopyOnWriteArrayList<>();

	private final Clock clock;

	private final Map<String, List<CorsOriginEntry>> entries = new LinkedHashMap<>();

	private final Map<String, SourceState> states = new ConcurrentHashMap<>();

	private final Map<String, AtomicBoolean> changePending = new HashMap<>();

	private final Map<String, Instant> failingSince = new HashMap<>();

	private @Nullable Map<String, List<CorsOriginEntry>> lastInput;

	private LivePolicyBuilder.@Nullable Result lastResult;

	private @Nullable ScheduledExecutorService executor;

	private boolean closed;

	public LiveCorsRefresher(LiveCorsMappings holder, LivePolicyBuilder builder, List<CorsOriginSource> sources,
			Clock clock) {
		this.holder = holder;
		this.builder = builder;
		this.sources = List.copyOf(sources);
		this.clock = clock;
		this.sources.forEach((source) -> this.changePending.put(source.name(), new AtomicBoolean()));
	}

	/**
	 * Reads every source once, on the calling thread, swaps in the snapshot with their entries, and
	 * then starts polling.
	 * @throws SourceUnavailableException when a {@link CorsOriginSource#required() required} source
	 * cannot be read
	 */
	public void start() {
		if (this.sources.isEmpty()) {
			return;
		}
		Map<String, String> failed = new LinkedHashMap<>();
		for (CorsOriginSource source : this.sources) {
			Exception failure = load(source, failed);
			if (failure != null && source.required()) {
				throw new SourceUnavailableException(source.name(), failure);
			}
		}
		rebuild(this.sources, failed, false);
		ScheduledExecutorService executor = executor();
		for (CorsOriginSource source : this.sources) {
			long interval = Math.max(1, source.refreshInterval().toMillis());
			executor.scheduleWithFixedDelay(() -> refreshSafely(List.of(source), false), interval, interval,
					TimeUnit.MILLISECONDS);
			source.onChange(() -> refreshSoon(source));
		}
	}

	/** Rebinds the {@code cors.*} properties and rebuilds the snapshot soon, without waiting. */
	public void refreshPropertiesSoon() {
		submit(() -> refreshSafely(List.of(), true));
	}

	/**
	 * Reads every source and the properties now and waits for the outcome.
	 * @param timeout how long to wait
	 */
	public RefreshOutcome refreshAll(Duration timeout) throws TimeoutException, InterruptedException {
		try {
			return executor().submit(() -> refresh(this.sources, true)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The CORS refresh failed", ex.getCause());
		}
	}

	/** The version of the snapshot serving now. */
	public long snapshotVersion() {
		return this.holder.snapshot().version();
	}

	/** Hears of every later refresh, on the refresh thread. */
	public void addListener(RefreshListener listener) {
		this.listeners.add(listener);
	}

	/** The sources' names, the properties first. */
	public List<String> sourceNames() {
		List<String> names = new ArrayList<>(List.of(PROPERTIES));
		this.sources.forEach((source) -> names.add(source.name()));
		return names;
	}

	/** The state of each source that was read, by name; the properties once refreshed. */
	public Map<String, SourceState> states() {
		Map<String, SourceState> states = new LinkedHashMap<>();
		for (String name : sourceNames()) {
			SourceState state = this.states.get(name);
			if (state != null) {
				states.put(name, state);
			}
		}
		return states;
	}

	/** The {@link CorsOriginSource}s' states only: the ones that can go stale. */
	public List<SourceState> originSourceStates() {
		return this.sources.stream().map((source) -> this.states.get(source.name())).filter((s) -> s != null).toList();
	}

	/**
	 * How old the oldest data in the snapshot may be: the time since the least recent successful
	 * read of a source, or without sources since the current snapshot was built.
	 */
	public Duration age() {
		Instant now = this.clock.instant();
		Instant oldest = this.holder.snapshot().builtAt();
		if (!this.sources.isEmpty()) {
			oldest = now;
			for (CorsOriginSource source : this.sources) {
				SourceState state = this.states.get(source.name());
				Instant success = (state != null) ? state.lastSuccess() : null;
				oldest = (success == null) ? Instant.EPOCH : (success.isBefore(oldest) ? success : oldest);
			}
		}
		return Duration.between(oldest, now);
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	private void refreshSoon(CorsOriginSource source) {
		AtomicBoolean pending = this.changePending.get(source.name());
		if (pending.compareAndSet(false, true)) {
			schedule(() -> {
				pending.set(false);
				refreshSafely(List.of(source), false);
			}, CHANGE_DELAY);
		}
	}

	private void refreshSafely(List<CorsOriginSource> toRead, boolean properties) {
		try {
			refresh(toRead, properties);
		}
		catch (RuntimeException ex) {
			logger.error("CORS refresh failed unexpectedly; the current snapshot keeps serving", ex);
		}
	}

	/**
	 * Reads the given sources and rebuilds.
	 * @param properties whether the properties asked for it (counted as their refresh)
	 */
	RefreshOutcome refresh(List<CorsOriginSource> toRead, boolean properties) {
		Map<String, String> failed = new LinkedHashMap<>();
		toRead.forEach((source) -> load(source, failed));
		return rebuild(toRead, failed, properties);
	}

	private @Nullable Exception load(CorsOriginSource source, Map<String, String> failed) {
		Instant attempt = this.clock.instant();
		try {
			List<CorsOriginEntry> loaded = List.copyOf(source.load());
			this.entries.put(source.name(), loaded);
			recovered(source.name(), attempt);
			return null;
		}
		catch (Exception ex) {
			failed.put(source.name(), describe(ex));
			this.entries.putIfAbsent(source.name(), List.of());
			failing(source.name(), attempt, ex);
			return ex;
		}
	}

	private RefreshOutcome rebuild(List<CorsOriginSource> read, Map<String, String> failed, boolean properties) {
		Instant attempt = this.clock.instant();
		LiveSnapshot before = this.holder.snapshot();
		Map<String, List<CorsOriginEntry>> input = new LinkedHashMap<>(this.entries);
		LivePolicyBuilder.Result last = this.lastResult;
		// a poll that read what the last build had builds nothing: 100,000 entries take seconds
		boolean same = !properties && last != null && input.equals(this.lastInput);
		LivePolicyBuilder.Result result = same ? last : build(input);
		RefreshOutcome.Outcome built = same ? sameAgain(last) : apply(result, before);
		this.lastInput = input;
		this.lastResult = result;
		LiveSnapshot after = this.holder.snapshot();
		recordProperties(attempt, result, after);
		read.forEach((source) -> recordSource(source.name(), attempt, failed.get(source.name()), result, after));
		if (!same) {
			logSkipped(result.skipped());
		}
		notifyListeners(read, failed, built, after, properties);
		RefreshOutcome.Outcome outcome = (built != RefreshOutcome.Outcome.REFUSED && !failed.isEmpty())
				? RefreshOutcome.Outcome.FAILED : built;
		return new RefreshOutcome(outcome, after.version(), result.problems(), failed, result.skipped());
	}

	private static RefreshOutcome.Outcome sameAgain(LivePolicyBuilder.Result last) {
		return (last.mappings() != null) ? RefreshOutcome.Outcome.UNCHANGED : RefreshOutcome.Outcome.REFUSED;
	}

	private LivePolicyBuilder.Result build(Map<String, List<CorsOriginEntry>> input) {
		try {
			return this.builder.build(input);
		}
		catch (RuntimeException ex) {
			return new LivePolicyBuilder.Result(null, List.of("the snapshot could not be built: " + describe(ex)),
					List.of(), List.of());
		}
	}

	private RefreshOutcome.Outcome apply(LivePolicyBuilder.Result result, LiveSnapshot before) {
		if (result.mappings() == null) {
			logger.warn("CORS refresh refused, the snapshot version " + before.version() + " keeps serving: "
					+ SkippedEntry.printable(String.join("; ", result.problems())));
			return RefreshOutcome.Outcome.REFUSED;
		}
		boolean changed = !result.mappings().all().equals(before.mappings().all());
		if (changed) {
			LiveSnapshot after = this.holder.swap(result.mappings());
			logNewWarnings(result.warnings(), before.mappings().warnings());
			logger.info("CORS policy refreshed: snapshot version " + after.version() + " serves, with "
					+ this.entries.values().stream().mapToInt(List::size).sum() + " entries from sources");
		}
		return changed ? RefreshOutcome.Outcome.APPLIED : RefreshOutcome.Outcome.UNCHANGED;
	}

	private void recordProperties(Instant attempt, LivePolicyBuilder.Result result, LiveSnapshot after) {
		SourceState previous = this.states.get(PROPERTIES);
		boolean refused = result.mappings() == null;
		this.states.put(PROPERTIES, new SourceState(PROPERTIES, attempt,
				refused ? ((previous != null) ? previous.lastSuccess() : null) : attempt,
				refused ? ((previous != null) ? previous.version() : 1) : after.version(), 0, List.of(),
				refused ? String.join("; ", result.problems()) : null));
	}

	private void recordSource(String name, Instant attempt, @Nullable String error, LivePolicyBuilder.Result result,
			LiveSnapshot after) {
		SourceState previous = this.states.get(name);
		List<SkippedEntry> skipped = result.skipped().stream().filter((entry) -> entry.source().equals(name)).toList();
		boolean applied = error == null && result.mappings() != null;
		this.states.put(name, new SourceState(name, attempt,
				(error == null) ? attempt : ((previous != null) ? previous.lastSuccess() : null),
				applied ? after.version() : ((previous != null) ? previous.version() : 0),
				this.entries.getOrDefault(name, List.of()).size(), skipped,
				(error != null) ? error : (result.mappings() == null) ? String.join("; ", result.problems()) : null));
	}

	private void failing(String name, Instant attempt, Exception ex) {
		if (this.failingSince.putIfAbsent(name, attempt) == null) {
			logger.warn("CORS source '" + name + "' could not be read, its last good entries keep serving: "
					+ describe(ex));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("CORS source '" + name + "' still cannot be read: " + describe(ex));
		}
	}

	private void recovered(String name, Instant now) {
		Instant since = this.failingSince.remove(name);
		if (since != null) {
			logger.info("CORS source '" + name + "' can be read again after " + Duration.between(since, now).toSeconds()
					+ "s of failures; its entries are current again");
		}
	}

	private static void logSkipped(List<SkippedEntry> skipped) {
		if (!skipped.isEmpty()) {
			logger.warn("CORS refresh skipped " + skipped.size() + " invalid "
					+ ((skipped.size() == 1) ? "entry" : "entries") + ", the others apply: "
					+ String.join("; ", skipped.stream().map(SkippedEntry::toString).toList()));
		}
	}

	private static void logNewWarnings(List<String> warnings, List<String> previous) {
		warnings.stream()
			.filter((warning) -> !previous.contains(warning))
			.forEach((warning) -> logger.warn("CORS configuration: " + SkippedEntry.printable(warning)));
	}

	private void notifyListeners(List<CorsOriginSource> read, Map<String, String> failed,
			RefreshOutcome.Outcome built, LiveSnapshot after, boolean properties) {
		for (RefreshListener listener : this.listeners) {
			if (properties) {
				listener.onRefresh(PROPERTIES, built, after);
			}
			read.forEach((source) -> listener.onRefresh(source.name(),
					failed.containsKey(source.name()) ? RefreshOutcome.Outcome.FAILED : built, after));
		}
	}

	private synchronized ScheduledExecutorService executor() {
		if (this.closed) {
			throw new IllegalStateException("The CORS refresher is closed");
		}
		if (this.executor == null) {
			this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "cors-policy-refresh");
				thread.setDaemon(true);
				return thread;
			});
		}
		return this.executor;
	}

	private void submit(Runnable task) {
		schedule(task, Duration.ZERO);
	}

	private synchronized void schedule(Runnable task, Duration delay) {
		if (!this.closed) {
			executor().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** An exception in one line: its type and message, and its cause's. */
	static String describe(Throwable ex) {
		String text = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		Throwable cause = ex.getCause();
		return (cause != null && cause != ex) ? text + " (caused by " + describe(cause) + ")" : text;
	}

}
