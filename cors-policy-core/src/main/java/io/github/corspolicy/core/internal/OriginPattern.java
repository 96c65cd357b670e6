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
package io.github.corspolicy.core.internal;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A compiled origin pattern: {@code https://*.example.com} (one or more DNS labels before the
 * domain, never the domain itself), optionally with Spring's port syntax {@code :[*]} or
 * {@code :[3000,5173]}. Matches without regular expressions and without allocating.
 */
public final class OriginPattern {

	private static final int[] NO_PORTS = {};

	private final String source;

	private final String scheme;

	/** The host, or with a wildcard the suffix after it (starting with a dot). */
	private final String host;

	private final boolean wildcard;

	private final boolean anyPort;

	/** Allowed ports; empty without a port list, meaning the scheme's default port only. */
	private final int[] ports;

	private OriginPattern(String source, String scheme, String host, boolean wildcard, boolean anyPort,
			int[] ports) {
		this.source = source;
		this.scheme = scheme;
		this.host = host;
		this.wildcard = wildcard;
		this.anyPort = anyPort;
		this.ports = ports;
	}

	/** The result of reading a configured pattern. */
	public record Parsed(@Nullable OriginPattern pattern, OriginSyntax.@Nullable Defect defect,
			@Nullable String problem, @Nullable String fix) {

		Parsed(OriginPattern pattern) {
			this(pattern, null, null, null);
		}

		static Parsed invalid(OriginSyntax.Defect defect, String problem, String fix) {
			return new Parsed(null, defect, problem, fix);
		}

	}

	public static Parsed parse(String value) {
		int portList = value.endsWith("]") ? value.lastIndexOf(":[") : -1;
		String base = portList < 0 ? value : value.substring(0, portList);
		int hostStart = base.indexOf("://") + 3;
		if (hostStart > 2 && base.substring(hostStart).equals("*")) {
			return Parsed.invalid(OriginSyntax.Defect.ANY_HOST, "matches every host, so any site could call with this policy",
					"name your own domain (https://*.example.com)");
		}
		OriginSyntax.Parsed origin = OriginSyntax.parse(base, true, portList < 0 ? "" : value.substring(portList));
		if (!origin.isValid()) {
			return new Parsed(null, origin.defect(), origin.problem(), origin.fix());
		}
		String normalised = origin.origin();
		if (portList < 0) {
			return compile(normalised, null);
		}
		if (OriginSyntax.hostEnd(normalised, hostStart) != normalised.length()) {
			return Parsed.invalid(OriginSyntax.Defect.PORT_AND_PORT_LIST, "has both a port and a port list", "keep one, e.g. " + base.replaceFirst(":\\d+$", "") + ":[8080,8081]");
		}
		return compile(normalised, value.substring(portList + 2, value.length() - 1));
	}

	private static Parsed compile(String origin, @Nullable String portList) {
		int hostStart = origin.indexOf("://") + 3;
		int hostEnd = OriginSyntax.hostEnd(origin, hostStart);
		String scheme = origin.substring(0, hostStart - 3);
		String host = origin.substring(hostStart, hostEnd);
		boolean wildcard = host.startsWith("*.");
		String hostKey = wildcard ? host.substring(1) : host;
		String source = portList == null ? origin : origin + ":[" + portList.replace(" ", "") + "]";
		if (portList == null) {
			int port = hostEnd == origin.length() ? -1 : OriginSyntax.parsePort(origin, hostEnd + 1, origin.length());
			return new Parsed(new OriginPattern(source, scheme, hostKey, wildcard, false,
					port < 0 ? NO_PORTS : new int[] { port }));
		}
		return compilePorts(source, scheme, hostKey, wildcard, portList);
	}

	private static Parsed compilePorts(String source, String scheme, String host, boolean wildcard, String list) {
		if (list.strip().equals("*")) {
			return new Parsed(new OriginPattern(source, scheme, host, wildcard, true, NO_PORTS));
		}
		String[] items = list.split(",", -1);
		int[] ports = new int[items.length];
		for (int i = 0; i < items.length; i++) {
			String item = items[i].strip();
			ports[i] = OriginSyntax.parseConfiguredPort(item);
			if (ports[i] < 0) {
				return Parsed.invalid(OriginSyntax.Defect.INVALID_PORT_LIST, "has an invalid port '" + item + "' in its port list",
						"write ports from 1 to 65535 separated by commas, e.g. :[3000,5173], or :[*] for any port");
			}
		}
		Arrays.sort(ports);
		return new Parsed(new OriginPattern(source, scheme, host, wildcard, false, ports));
	}

	/** Matches a request origin that {@link OriginSyntax#isWellFormed(String)} accepted. */
	boolean matches(String origin) {
		int schemeLength = this.scheme.length();
		if (!origin.startsWith(this.scheme) || !origin.startsWith("://", schemeLength)) {
			return false;
		}
		int hostStart = schemeLength + 3;
		int hostEnd = OriginSyntax.hostEnd(origin, hostStart);
		return hostMatches(origin, hostStart, hostEnd) && portMatches(origin, hostEnd);
	}

	private boolean hostMatches(String origin, int hostStart, int hostEnd) {
		int length = hostEnd - hostStart;
		int expected = this.host.length();
		if (this.wildcard) {
			// at least one label before the suffix: never the apex domain itself
			return length > expected && origin.regionMatches(hostEnd - expected, this.host, 0, expected)
					&& areResolvableLabels(origin, hostStart, hostEnd - expected);
		}
		return length == expected && origin.regionMatches(hostStart, this.host, 0, expected);
	}

	/**
	 * Whether the labels that {@code *} matched, which {@link OriginSyntax#isWellFormed} already
	 * limited to non-empty lower-case labels of letters, digits, hyphens and underscores, neither
	 * start nor end with a hyphen: DNS cannot resolve such a name ({@code -}, {@code a-}), so no
	 * browser has a page there, and a pattern must not echo it.
	 */
	private static boolean areResolvableLabels(String origin, int from, int to) {
		for (int i = from; i < to; i++) {
			boolean edge = i == from || i == to - 1 || origin.charAt(i - 1) == '.' || origin.charAt(i + 1) == '.';
			if (edge && origin.charAt(i) == '-') {
				return false;
			}
		}
		return true;
	}

	private boolean portMatches(String origin, int hostEnd) {
		if (this.anyPort) {
			return true;
		}
		int port = hostEnd == origin.length() ? -1 : OriginSyntax.parsePort(origin, hostEnd + 1, origin.length());
		if (this.ports.length == 0) {
			return port < 0;
		}
		int effective = port < 0 ? OriginSyntax.defaultPort(this.scheme) : port;
		return Arrays.binarySearch(this.ports, effective) >= 0;
	}

	/**
	 * How many sites this pattern admits: a wildcard over a public suffix ({@code *.co.uk},
	 * {@code *.s3.amazonaws.com}) or over a domain with public suffixes below it
	 * ({@code *.amazonaws.com}) admits names of different owners. Decided with the Public Suffix
	 * List at build time, never on the request path.
	 */
	public SiteBreadth.Verdict breadth() {
		return this.wildcard ? SiteBreadth.ofWildcard(this.scheme, this.host.substring(1)) : SiteBreadth.Verdict.BOUNDED;
	}

	/** Whether a host matched by this pattern is a loopback host. */
	public boolean isLoopback() {
		return !this.wildcard && OriginSyntax.isLoopback(this.host) || this.wildcard && this.host.equals(".localhost");
	}

	@Override
	public String toString() {
		return this.source;
	}

}
