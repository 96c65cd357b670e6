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
