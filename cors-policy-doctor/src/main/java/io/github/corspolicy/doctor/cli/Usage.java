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

import java.util.List;

/**
 * The help text.
 */
public final class Usage {

	public static final String TEXT = """
			Usage: java -jar cors-doctor.jar URL --origin ORIGIN [--method METHOD] [--header 'Name: value']...
			                                 [--credentials] [--follow-redirects] [--private-network SPACE]
			                                 [--upstream URL] [--json]

			Calls URL as a page on ORIGIN would with fetch(): the preflight first when a browser sends one,
			then the request. Prints each step, the browser's verdict and a diagnosis.

			  --origin ORIGIN         the origin of the calling page, e.g. http://localhost:3000 (required)
			  --method METHOD         the method of the call (default GET)
			  --header 'Name: value'  a header the page sets; repeat for more. 'Cookie: ...' stands for the
			                          browser's cookies and is sent only with --credentials
			  --credentials           the page calls fetch() with credentials: 'include'
			  --follow-redirects      follow redirects as a browser does (CORS check on each, Origin: null
			                          after one to another origin); without it a redirect is reported
			  --private-network SPACE the page is public and the server private or local (Private Network
			                          Access): the preflight asks Access-Control-Request-Private-Network
			  --upstream URL          the service behind the gateway that URL reaches: when CORS headers are
			                          duplicated or the gateway answers 502/503/504, the same request is
			                          sent there directly to tell which layer sends what. A URL without a
			                          path gets the called path and query
			  --json                  print one JSON object instead of text
			  --help                  print this help

			Exit status: 0 a browser would succeed, 1 it would not, 2 the command line is wrong.
			""";

	private static final List<String> HELP_OPTIONS = List.of("--help", "-h");

	private Usage() {
	}

	/** Whether the arguments ask for help. */
	public static boolean requested(List<String> args) {
		return args.stream().anyMatch(HELP_OPTIONS::contains);
	}

}
