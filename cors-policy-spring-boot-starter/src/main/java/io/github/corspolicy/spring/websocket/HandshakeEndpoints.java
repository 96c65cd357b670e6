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
package io.github.corspolicy.spring.websocket;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The path patterns of the application's WebSocket and SockJS endpoints, such as {@code /ws} or
 * {@code /sockjs/**}, as their handler mappings route them: every request to one of them that
 * carries a cross-origin {@code Origin} is a handshake to judge, upgrade or not, since SockJS's HTTP
 * transports are plain {@code GET}s and {@code POST}s. Filled once at start-up, after the handler
 * mappings exist and before the server accepts requests; read on every such request.
 */
public final class HandshakeEndpoints {

	private static final PathPatternParser PARSER = new PathPatternParser();

	private volatile List<PathPattern> patterns = List.of();

	/** Adds an endpoint's path pattern, as its handler mapping has it. */
	public synchronized void add(String pathPattern) {
		List<PathPattern> added = new ArrayList<>(this.patterns);
		added.add(PARSER.parse(PARSER.initFullPathPattern(pathPattern)));
		this.patterns = List.copyOf(added);
	}

	/** Whether there is any endpoint at all: when not, no path needs to be looked up. */
	public boolean isEmpty() {
		return this.patterns.isEmpty();
	}

	/**
	 * Whether a normalised lookup path is an endpoint's; with a trailing slash too, which some
	 * routing configurations ignore.
	 */
	public boolean covers(String lookupPath) {
		PathContainer path = PathContainer.parsePath(lookupPath);
		PathContainer withoutSlash = (lookupPath.length() > 1 && lookupPath.endsWith("/"))
				? PathContainer.parsePath(lookupPath.substring(0, lookupPath.length() - 1)) : path;
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path) || pattern.matches(withoutSlash)) {
				return true;
			}
		}
		return false;
	}

	/** The endpoints' path patterns, in the order they were added. */
	public List<String> patterns() {
		return this.patterns.stream().map(PathPattern::getPatternString).toList();
	}

}
