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
package io.github.corspolicy.benchmarks.live;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.CorsOriginSource;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.LivePolicyBuilder;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The heap a live policy keeps per origin: used heap after a full collection with a refresher that
 * has read 1 origin, and then 100,000, from a source that makes new entries on each read (as a
 * JDBC read does, each column a string of its own) and keeps none; the difference divided by 99,999. Measured twice: everything the
 * refresher keeps (the snapshot and the entries it last read), and the compiled snapshot alone
 * once the refresher is closed and dropped. Prints one JSON object.
 * <p>
 * {@code java -XX:+UseSerialGC -Xmx1g -cp benchmarks.jar io.github.corspolicy.benchmarks.live.LiveHeapFootprint}
 */
public final class LiveHeapFootprint {

	private LiveHeapFootprint() {
	}

	public static void main(String[] args) {
		int large = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		long[] small = retained(1);
		long[] big = retained(large);
		double perOriginRefresher = (double) (big[0] - small[0]) / (large - 1);
		double perOriginSnapshot = (double) (big[1] - small[1]) / (large - 1);
		System.out.printf("{\"origins\": %d, \"refresherBytes1\": %d, \"refresherBytesLarge\": %d, "
				+ "\"snapshotBytes1\": %d, \"snapshotBytesLarge\": %d, \"bytesPerOriginRefresher\": %.1f, "
				+ "\"bytesPerOriginSnapshot\": %.1f, \"originLength\": %d, \"jvm\": \"%s\"}%n", large, small[0], big[0],
				small[1], big[1], perOriginRefresher, perOriginSnapshot, LiveOrigins.origin(large - 1).length(),
				System.getProperty("java.vm.version"));
	}

	/** Heap above the baseline: with the refresher, then with the snapshot alone. */
	private static long[] retained(int count) {
		long baseline = usedAfterGc();
		LivePolicyBuilder builder = LiveOrigins.builder();
		CorsMappings initial = builder.build(Map.of()).mappings();
		LiveCorsMappings holder = new LiveCorsMappings(initial, true);
		LiveCorsRefresher refresher = new LiveCorsRefresher(holder, builder, List.of(new FreshSource(count)),
				Clock.systemUTC());
		refresher.start();
		long withRefresher = usedAfterGc() - baseline;
		refresher.close();
		CorsMappings snapshot = holder.mappings();
		refresher = null;
		holder = null;
		long snapshotOnly = usedAfterGc() - baseline;
		Reference.reachabilityFence(snapshot);
		return new long[] { withRefresher, snapshotOnly };
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** New entries, new strings, on each read; nothing kept between reads. */
	private record FreshSource(int count) implements CorsOriginSource {

		@Override
		public String name() {
			return "fresh";
		}

		/** Every value a string of its own, as a network driver reads each row's columns. */
		@Override
		public List<CorsOriginEntry> load() {
			List<CorsOriginEntry> entries = new ArrayList<>(this.count);
			for (int i = 0; i < this.count; i++) {
				entries.add(new CorsOriginEntry(Integer.toString(i), null, new String("exact"), LiveOrigins.origin(i)));
			}
			return entries;
		}

	}

}
