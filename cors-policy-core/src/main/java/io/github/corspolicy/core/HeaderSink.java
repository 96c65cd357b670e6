package io.github.corspolicy.core;

/**
 * Where a decision writes its response headers: a servlet response, a test map, a report.
 */
public interface HeaderSink {

	/** Sets the header, replacing any value it had. */
	void setHeader(String name, String value);

	/**
	 * Adds header names to {@code Vary}, keeping the names already there and adding none twice.
	 * @param headerNames one name, or several separated by {@code ", "}
	 */
	void addVary(String headerNames);

}
