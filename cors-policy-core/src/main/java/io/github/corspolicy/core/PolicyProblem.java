package io.github.corspolicy.core;

/**
 * Something wrong, or risky, in one setting of a policy: which value, what is wrong, what to write.
 *
 * @param setting the setting
 * @param index the position of the value in a list setting, or -1 for a single-valued one
 * @param value the value as given
 * @param problem what is wrong with it, as the end of a sentence that starts with the value
 * @param fix what to write instead
 */
public record PolicyProblem(CorsSetting setting, int index, String value, String problem, String fix) {

	/** The setting's key with the index, such as {@code allowed-origins[1]}. */
	public String key() {
		return (this.index < 0) ? this.setting.key() : this.setting.key() + "[" + this.index + "]";
	}

	@Override
	public String toString() {
		return key() + "='" + this.value + "' " + this.problem + "; fix: " + this.fix;
	}

}
