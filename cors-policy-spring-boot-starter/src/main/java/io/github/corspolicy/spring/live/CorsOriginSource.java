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

import java.time.Duration;
import java.util.List;

/**
 * A store of allowed origins that can change while the application runs: implement it as a bean
 * for any store (a Redis set, a tenant service); the JDBC source, for the {@code cors_origin}
 * table, is one implementation. The starter reads every source off the request path, at start-up
 * and then every {@link #refreshInterval()}, and on each {@link #onChange change signal}; it adds
 * each entry to the mapping the entry names, validates the whole result like the properties, and
 * only then swaps it in. An entry that fails validation is skipped and reported; the others apply.
 * <p>
 * Implementations are called from one thread at a time, never from a request thread or an event
 * loop, so {@link #load()} may block.
 */
public interface CorsOriginSource {

	/**
	 * A short, stable name for logs, metrics ({@code source} tag) and the {@code cors} endpoint,
	 * such as {@code jdbc}.
	 */
	String name();

	/**
	 * Every entry that applies now, disabled ones left out. Called once per refresh.
	 * @return the complete list: an entry missing from it is no longer allowed
	 * @throws Exception when the store cannot be read; the current snapshot then keeps serving
	 */
	List<CorsOriginEntry> load() throws Exception;

	/** How often {@link #load()} runs when no change signal arrives. */
	default Duration refreshInterval() {
		return Duration.ofSeconds(10);
	}

	/**
	 * Whether the application must not start without this source: when {@code true} (the default)
	 * a {@link #load()} that fails at start-up fails start-up; when {@code false} the application
	 * starts with the other origins, and this source's entries apply once it can be read. A
	 * failure after start-up never stops the application: the last good snapshot keeps serving.
	 */
	default boolean required() {
		return true;
	}

	/**
	 * Registers the callback a source that learns of changes by itself (a database notification,
	 * a message) calls to ask for a refresh soon; the callback only schedules one, so it may be
	 * called from any thread. Sources without such a signal leave this as it is: polling alone
	 * applies.
	 */
	default void onChange(Runnable refreshSoon) {
	}

}
