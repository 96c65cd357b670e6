package io.github.corspolicy.sample.live;

/**
 * Why a value is refused, or risky: the value, what is wrong, what to write instead.
 *
 * @param value the value as sent
 * @param problem what is wrong, as the end of a sentence that starts with the value
 * @param fix what to write instead
 */
record Reason(String value, String problem, String fix) {

	@Override
	public String toString() {
		return "'" + this.value + "' " + this.problem + "; fix: " + this.fix;
	}

}
