package io.github.corspolicy.spring.live;

import java.time.Instant;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * One immutable generation of the mappings.
 *
 * @param mappings the mappings, validated as a whole
 * @param version 1 for the start-up snapshot, one more for each snapshot swapped in after it
 * @param builtAt when it was swapped in
 */
public record LiveSnapshot(CorsMappings mappings, long version, Instant builtAt) {

}
