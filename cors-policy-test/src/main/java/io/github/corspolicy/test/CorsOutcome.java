package io.github.corspolicy.test;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.AssertProvider;
import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

/**
 * What the browser did with a call: AssertJ's {@code assertThat(outcome)} gives a
 * {@link CorsOutcomeAssert}, and {@link #toString()} the whole story, as a failure message shows it.
 *
 * @param call what the page asked {@code fetch()} to send
 * @param preflight the preflight, or {@code null} when the call needed none
 * @param actual the actual request, or {@code null} when the preflight blocked it
 * @param readableHeaders the response headers the page can read, ignoring case; empty when blocked
 */
public record CorsOutcome(BrowserRequest call, @Nullable CorsStep preflight, @Nullable CorsStep actual,
		Set<String> readableHeaders) implements AssertProvider<CorsOutcomeAssert> {

	public CorsOutcome {
		if (preflight == null && actual == null) {
			throw new IllegalArgumentException("An outcome has a preflight, an actual request or both");
		}
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(readableHeaders);
		readableHeaders = Collections.unmodifiableSet(names);
	}

	/** The verdict of the last step: whether the page may go on, and if not why. */
	public BrowserVerdict verdict() {
		return (this.actual != null) ? this.actual.verdict() : Objects.requireNonNull(this.preflight).verdict();
	}

	/** Whether the page may read the response. */
	public boolean allowed() {
		return verdict().allowed();
	}

	/** Why the browser blocked the call, or {@code null} when it did not. */
	public @Nullable Failure failure() {
		return verdict().failure();
	}

	/** Whether the browser sent a preflight first. */
	public boolean preflighted() {
		return this.preflight != null;
	}

	@Override
	public CorsOutcomeAssert assertThat() {
		return new CorsOutcomeAssert(this);
	}

	@Override
	public String toString() {
		return OutcomeReport.describe(this);
	}

}
