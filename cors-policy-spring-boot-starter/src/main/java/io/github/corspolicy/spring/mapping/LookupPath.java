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
package io.github.corspolicy.spring.mapping;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The path that mapping patterns are matched against: the path the servlet container routes, within
 * the context path and the servlet mapping, read from the path as the client sent it. Path
 * parameters ({@code ;...}) are stripped, each segment is percent-decoded once, empty segments are
 * dropped and dot-segments removed, in the order Tomcat applies them before it routes a request.
 * A path that cannot be read that way (malformed percent-encoding, an encoded {@code /}, a
 * backslash, a control character, {@code ..} above the root, or a path outside the given prefixes)
 * has no lookup path: its {@link #problem() problem} says why, and it gets the top-level mapping,
 * never a per-path one.
 * <p>
 * The {@link #value() value} is written for {@code PathContainer.parsePath}: a decoded {@code %} or
 * {@code ;} is encoded again, so that parsing decodes nothing twice and finds no path parameter.
 */
public final class LookupPath {

	private final @Nullable String value;

	private final @Nullable String problem;

	private LookupPath(@Nullable String value, @Nullable String problem) {
		this.value = value;
		this.problem = problem;
	}

	/**
	 * The lookup path of a request.
	 * @param rawPath the path as sent, before any decoding, such as {@code /app/mvc/api/users}
	 * (without the query)
	 * @param contextPath the decoded context path, such as {@code /app}, or empty
	 * @param servletPath the decoded path of the servlet mapping the request is routed to, such as
	 * {@code /mvc}, or empty for a servlet mapped to {@code /}
	 */
	public static LookupPath of(String rawPath, String contextPath, String servletPath) {
		String normalised;
		try {
			normalised = isNormal(rawPath) ? rawPath : normalise(rawPath);
		}
		catch (UnreadablePathException ex) {
			return new LookupPath(null, ex.getMessage());
		}
		String withinContext = within(normalised, contextPath);
		String withinServlet = (withinContext != null) ? within(withinContext, servletPath) : null;
		if (withinServlet == null) {
			return new LookupPath(null, "it is not within the context path '" + contextPath + "' and the servlet path '"
					+ servletPath + "'");
		}
		return new LookupPath(withinServlet, null);
	}

	/** The path to match, or {@code null} when the request's path cannot be normalised. */
	public @Nullable String value() {
		return this.value;
	}

	/** Why the path cannot be normalised, or {@code null} when it can. */
	public @Nullable String problem() {
		return this.problem;
	}

	@Override
	public String toString() {
		return (this.value != null) ? this.value : "(no lookup path: " + this.problem + ")";
	}

	/**
	 * Whether the path needs no work: it starts with '/', holds only visible ASCII other than
	 * {@code %}, {@code ;} and {@code \}, and has no empty, {@code .} or {@code ..} segment before its
	 * end. The common case, checked without allocating.
	 */
	private static boolean isNormal(String path) {
		if (path.isEmpty() || path.charAt(0) != '/') {
			return false;
		}
		int segmentStart = 1;
		for (int i = 1; i <= path.length(); i++) {
			char c = (i < path.length()) ? path.charAt(i) : '/';
			if (c == '/') {
				if (isDotOrEmpty(path, segmentStart, i) && (i < path.length() || i > segmentStart)) {
					return false;
				}
				segmentStart = i + 1;
			}
			else if (c <= ' ' || c >= 0x7f || c == '%' || c == ';' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	private static boolean isDotOrEmpty(String path, int start, int end) {
		int length = end - start;
		return length == 0 || length == 1 && path.charAt(start) == '.'
				|| length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.';
	}

	private static String normalise(String raw) throws UnreadablePathException {
		if (raw.isEmpty() || raw.charAt(0) != '/') {
			throw new UnreadablePathException("it does not start with '/'");
		}
		List<String> segments = new ArrayList<>();
		boolean trailingSlash = false;
		for (String rawSegment : raw.substring(1).split("/", -1)) {
			int parameters = rawSegment.indexOf(';');
			String segment = decode((parameters >= 0) ? rawSegment.substring(0, parameters) : rawSegment);
			trailingSlash = segment.isEmpty() || segment.equals(".") || segment.equals("..");
			if (segment.equals("..")) {
				if (segments.isEmpty()) {
					throw new UnreadablePathException("a '..' segment goes above the root");
				}
				segments.remove(segments.size() - 1);
			}
			else if (!trailingSlash) {
				segments.add(segment);
			}
		}
		return joined(segments, trailingSlash);
	}

	/**
	 * A segment decoded once. A raw character above ASCII is a byte of the request line, as the
	 * container gives it (ISO-8859-1); bytes, raw or percent-encoded, are UTF-8.
	 */
	private static String decode(String segment) throws UnreadablePathException {
		if (isAscii(segment) && segment.indexOf('%') < 0) {
			return checked(segment);
		}
		try {
			return checked(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes(segment))
				.toString());
		}
		catch (CharacterCodingException ex) {
			throw new UnreadablePathException("its bytes are not UTF-8");
		}
	}

	private static ByteBuffer bytes(String segment) throws UnreadablePathException {
		ByteBuffer bytes = ByteBuffer.allocate(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c > 0xff) {
				throw new UnreadablePathException("it holds a character that is not a byte");
			}
			if (c == '%') {
				int high = (i + 2 < segment.length()) ? Character.digit(segment.charAt(i + 1), 16) : -1;
				int low = (high >= 0) ? Character.digit(segment.charAt(i + 2), 16) : -1;
				if (low < 0) {
					throw new UnreadablePathException("it holds malformed percent-encoding");
				}
				c = (char) (high * 16 + low);
				i += 2;
			}
			bytes.put((byte) c);
		}
		return bytes.flip();
	}

	private static boolean isAscii(String segment) {
		for (int i = 0; i < segment.length(); i++) {
			if (segment.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static String checked(String segment) throws UnreadablePathException {
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '/') {
				throw new UnreadablePathException("it holds an encoded '/'");
			}
			if (c == '\\') {
				throw new UnreadablePathException("it holds a backslash");
			}
			if (c < ' ' || c == 0x7f) {
				throw new UnreadablePathException("it holds a control character");
			}
		}
		return segment;
	}

	private static String joined(List<String> segments, boolean trailingSlash) {
		StringBuilder path = new StringBuilder();
		for (String segment : segments) {
			path.append('/').append(encodedForParsing(segment));
		}
		return (trailingSlash || segments.isEmpty()) ? path.append('/').toString() : path.toString();
	}

	private static String encodedForParsing(String segment) {
		if (segment.indexOf('%') < 0 && segment.indexOf(';') < 0) {
			return segment;
		}
		return segment.replace("%", "%25").replace(";", "%3B");
	}

	/** The part of a normalised path after a decoded prefix, or {@code null} when outside it. */
	private static @Nullable String within(String path, String prefix) {
		if (prefix.isEmpty() || prefix.equals("/")) {
			return path;
		}
		String encoded = encodedForParsing(prefix);
		if (!path.startsWith(encoded)) {
			return null;
		}
		if (path.length() == encoded.length()) {
			return "";
		}
		return (path.charAt(encoded.length()) == '/') ? path.substring(encoded.length()) : null;
	}

	/** Why a path has no lookup path; thrown for attack paths only, so without a stack trace. */
	private static final class UnreadablePathException extends Exception {

		private static final long serialVersionUID = 1L;

		UnreadablePathException(String message) {
			super(message, null, false, false);
		}

	}

}
