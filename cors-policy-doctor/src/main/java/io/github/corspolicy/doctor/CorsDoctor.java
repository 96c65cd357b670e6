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
package io.github.corspolicy.doctor;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.doctor.checkup.Checkup;
import io.github.corspolicy.doctor.checkup.Upstream;
import io.github.corspolicy.doctor.checkup.Walkthrough;
import io.github.corspolicy.doctor.cli.ArgumentParser;
import io.github.corspolicy.doctor.cli.DoctorOptions;
import io.github.corspolicy.doctor.cli.Usage;
import io.github.corspolicy.doctor.cli.UsageException;
import io.github.corspolicy.doctor.diagnosis.Diagnostician;
import io.github.corspolicy.doctor.diagnosis.UpstreamProbe;
import io.github.corspolicy.doctor.http.HttpTransport;
import io.github.corspolicy.doctor.report.JsonReport;
import io.github.corspolicy.doctor.report.Report;
import io.github.corspolicy.doctor.report.TextReport;

/**
 * {@code java -jar cors-doctor.jar URL --origin O [--method M] [--header 'Name: value']...
 * [--credentials] [--upstream U] [--json]}: exits with 0 when a browser would succeed, 1 when it would not, 2 for
 * a wrong command line.
 */
public final class CorsDoctor {

	/** The command line is wrong. */
	public static final int EXIT_USAGE = 2;

	private CorsDoctor() {
	}

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.out, System.err));
	}

	/** Runs the command, printing to the given streams, and returns the exit status. */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		if (Usage.requested(args)) {
			out.print(Usage.TEXT);
			return Report.EXIT_SUCCESS;
		}
		DoctorOptions options;
		try {
			options = ArgumentParser.parse(args);
		}
		catch (UsageException ex) {
			err.print(ex.report());
			return EXIT_USAGE;
		}
		Report report = examine(options);
		out.print(options.json() ? JsonReport.render(report) : TextReport.render(report));
		out.flush();
		return report.exitCode();
	}

	private static Report examine(DoctorOptions options) {
		HttpTransport transport = new HttpTransport();
		Checkup checkup = new Checkup(transport, options.followRedirects(), options.privateNetwork());
		Walkthrough walk = checkup.run(options.browserRequest());
		Diagnostician diagnostician = new Diagnostician(checkup::preflight, upstream(transport, options.upstream()));
		return new Report(walk, diagnostician.diagnose(walk), options.upstream());
	}

	private static UpstreamProbe upstream(HttpTransport transport, @Nullable URI url) {
		if (url == null) {
			return UpstreamProbe.NONE;
		}
		Upstream upstream = new Upstream(transport, url);
		return (step) -> Optional.of(upstream.resend(step));
	}

}
