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
package io.github.corspolicy.doctor.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.AddressSpace;

/**
 * Reads {@code URL --origin O [--method M] [--header 'Name: value']... [--credentials] [--upstream U] [--json]};
 * options take their value as the next argument or after {@code =}. Every problem is collected, then
 * reported at once.
 */
public final class ArgumentParser {

	private final List<String> problems = new ArrayList<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private @Nullable String url;

	private @Nullable String origin;

	private @Nullable String method;

	private boolean credentials;

	private boolean json;

	private boolean followRedirects;

	private @Nullable AddressSpace privateNetwork;

	private @Nullable String upstream;

	private ArgumentParser() {
	}

	public static DoctorOptions parse(List<String> args) throws UsageException {
		ArgumentParser parser = new ArgumentParser();
		Iterator<String> remaining = args.iterator();
		while (remaining.hasNext()) {
			parser.accept(remaining.next(), remaining);
		}
		return parser.options();
	}

	private void accept(String argument, Iterator<String> remaining) {
		if (!argument.startsWith("-")) {
			url(argument);
			return;
		}
		int equals = argument.indexOf('=');
		String name = (equals < 0) ? argument : argument.substring(0, equals);
		switch (name) {
			case "--credentials" -> this.credentials = flag(name, equals < 0);
			case "--json" -> this.json = flag(name, equals < 0);
			case "--follow-redirects" -> this.followRedirects = flag(name, equals < 0);
			case "--origin", "--method", "--header", "--private-network", "--upstream" -> {
				String value = (equals < 0) ? next(name, remaining) : argument.substring(equals + 1);
				if (value != null) {
					value(name, value);
				}
			}
			default -> this.problems.add("unknown option '" + name + "'");
		}
	}

	private void url(String url) {
		if (this.url != null) {
			this.problems.add("one URL only: got '" + this.url + "' and '" + url + "'");
			return;
		}
		this.url = url;
		check(OptionValues.checkUrl(url));
	}

	private boolean flag(String name, boolean withoutValue) {
		if (!withoutValue) {
			this.problems.add(name + " takes no value");
		}
		return true;
	}

	private @Nullable String next(String name, Iterator<String> remaining) {
		if (remaining.hasNext()) {
			return remaining.next();
		}
		this.problems.add(name + " needs a value, e.g. " + name + " " + example(name));
		return null;
	}

	private void value(String name, String value) {
		switch (name) {
			case "--origin" -> this.origin = once(name, this.origin, value, OptionValues.checkOrigin(value));
			case "--method" -> this.method = once(name, this.method, value, OptionValues.checkMethod(value));
			case "--private-network" -> this.privateNetwork = addressSpace(value);
			case "--upstream" -> this.upstream = once(name, this.upstream, value, OptionValues.checkUpstream(value));
			default -> header(value);
		}
	}

	private @Nullable String once(String name, @Nullable String previous, String value, @Nullable String problem) {
		if (previous != null) {
			this.problems.add(name + " given twice: '" + previous + "' and '" + value + "'");
		}
		check(problem);
		return value;
	}

	private @Nullable AddressSpace addressSpace(String value) {
		for (AddressSpace space : AddressSpace.values()) {
			if (space.label().equals(value)) {
				return space;
			}
		}
		this.problems.add("--private-network '" + value + "' is not an address space: write private (10.x, 172.16-31.x, "
				+ "192.168.x) or local (127.x, ::1)");
		return null;
	}

	/** A repeated header is combined into one value, as fetch()'s Headers.append() does. */
	private void header(String line) {
		String problem = OptionValues.checkHeader(line);
		check(problem);
		if (problem == null) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).strip();
			String value = line.substring(colon + 1).strip();
			String existing = this.headers.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
			this.headers.merge(existing, value, (first, second) -> first + ", " + second);
		}
	}

	private void check(@Nullable String problem) {
		if (problem != null) {
			this.problems.add(problem);
		}
	}

	private DoctorOptions options() throws UsageException {
		if (this.url == null) {
			this.problems.add(0, "the URL to call is missing");
		}
		if (this.origin == null) {
			this.problems.add("--origin is missing: give the origin of the calling page, e.g. --origin " + example("--origin"));
		}
		if (!this.problems.isEmpty() || this.url == null || this.origin == null) {
			throw new UsageException(this.problems);
		}
		String method = (this.method != null) ? this.method : "GET";
		URI upstream = (this.upstream != null) ? URI.create(this.upstream) : null;
		return new DoctorOptions(URI.create(this.url), this.origin, method, this.headers, this.credentials, this.json,
				this.followRedirects, this.privateNetwork, upstream);
	}

	private static String example(String name) {
		return switch (name) {
			case "--origin" -> "http://localhost:3000";
			case "--method" -> "PUT";
			case "--private-network" -> "local";
			case "--upstream" -> "http://localhost:8080";
			default -> "'Authorization: Bearer TOKEN'";
		};
	}

}
