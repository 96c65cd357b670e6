package io.github.corspolicy.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the CORS policy: the top-level policy covers every path that no mapping
 * matches. Environment variables bind too: {@code CORS_ALLOWED_ORIGINS=https://a.com,https://b.com}.
 */
@ConfigurationProperties("cors")
public class CorsPolicyProperties extends PolicyProperties {

	/** Runs after Boot's forwarded-header and observation filters, before Spring Security (-100). */
	public static final int DEFAULT_FILTER_ORDER = Integer.MIN_VALUE + 10;

	/**
	 * Whether to apply the CORS policy. When false, no filter and no CORS bean is registered.
	 */
	private boolean enabled = true;

	/**
	 * Order of the CORS filter, for experts. At or after Spring Security's filter chain
	 * (spring.security.filter.order, -100) the application does not start: preflights would meet
	 * authentication first.
	 */
	private int filterOrder = DEFAULT_FILTER_ORDER;

	/**
	 * Per-path policies; the first whose path patterns match a request wins. Unset values are
	 * inherited from the top level.
	 */
	private List<Mapping> mappings = new ArrayList<>();

	/**
	 * What an unknown cors.* key does: 'fail' stops start-up with the key, where it is set and the
	 * nearest property; 'warn' logs one line per key instead, for platforms that set unrelated
	 * CORS_* variables.
	 */
	private String unknownProperties = "fail";

	/**
	 * Live origin sources, read at run time and merged with these properties.
	 */
	private Sources sources = new Sources();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFilterOrder() {
		return this.filterOrder;
	}

	public void setFilterOrder(int filterOrder) {
		this.filterOrder = filterOrder;
	}

	public List<Mapping> getMappings() {
		return this.mappings;
	}

	public void setMappings(List<Mapping> mappings) {
		this.mappings = mappings;
	}

	public String getUnknownProperties() {
		return this.unknownProperties;
	}

	public void setUnknownProperties(String unknownProperties) {
		this.unknownProperties = unknownProperties;
	}

	public Sources getSources() {
		return this.sources;
	}

	public void setSources(Sources sources) {
		this.sources = sources;
	}

	/**
	 * Live origin sources: every CorsOriginSource bean, such as the JDBC source.
	 */
	public static class Sources {

		/**
		 * How long a source may go without a successful read before the corsPolicy health
		 * indicator reports OUT_OF_SERVICE; the last good snapshot keeps serving meanwhile.
		 */
		private Duration maxStaleness = Duration.ofMinutes(5);

		public Duration getMaxStaleness() {
			return this.maxStaleness;
		}

		public void setMaxStaleness(Duration maxStaleness) {
			this.maxStaleness = maxStaleness;
		}

	}

	/**
	 * A policy for some paths.
	 */
	public static class Mapping extends PolicyProperties {

		/**
		 * Path patterns this policy covers, such as /api/public/**.
		 */
		private List<String> pathPatterns = new ArrayList<>();

		/**
		 * Whether CORS applies on these paths. When false the filter neither answers preflights
		 * nor adds headers there.
		 */
		private boolean enabled = true;

		/**
		 * A short name for logs and metrics. Defaults to 'mappings[i]'.
		 */
		private @Nullable String name;

		public List<String> getPathPatterns() {
			return this.pathPatterns;
		}

		public void setPathPatterns(List<String> pathPatterns) {
			this.pathPatterns = pathPatterns;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

	}

}
