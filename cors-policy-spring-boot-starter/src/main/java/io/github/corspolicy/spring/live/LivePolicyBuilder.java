package io.github.corspolicy.spring.live;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Builds a complete snapshot: the {@code cors.*} properties bound afresh, then each source's
 * entries added to the mapping they name, validated as at start-up.
 */
@FunctionalInterface
public interface LivePolicyBuilder {

	/**
	 * @param entries the entries of every source, by source name, in source order
	 * @return the mappings, or the problems that refuse them
	 */
	Result build(Map<String, List<CorsOriginEntry>> entries);

	/**
	 * A build: the mappings, or when they are invalid as a whole the problems.
	 * @param mappings the mappings, {@code null} when refused
	 * @param problems why they are refused, each naming the property and the fix
	 * @param skipped the entries left out, the others apply
	 * @param warnings risky settings and entries, for the log and the endpoint
	 */
	record Result(@Nullable CorsMappings mappings, List<String> problems, List<SkippedEntry> skipped,
			List<String> warnings) {

		public Result {
			problems = List.copyOf(problems);
			skipped = List.copyOf(skipped);
			warnings = List.copyOf(warnings);
		}

	}

}
