package io.github.corspolicy.spring.live;

/**
 * Hears of every refresh, on the refresh thread: the metrics count them.
 */
public interface RefreshListener {

	/**
	 * @param source the source read ({@code properties} for the {@code cors.*} properties)
	 * @param outcome what the refresh did, {@link RefreshOutcome.Outcome#FAILED} when this source
	 * could not be read
	 * @param snapshot the snapshot serving after it
	 */
	void onRefresh(String source, RefreshOutcome.Outcome outcome, LiveSnapshot snapshot);

}
