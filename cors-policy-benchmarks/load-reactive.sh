#!/usr/bin/env bash
#
# Copyright 2026-present the original author or authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#      https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

# End-to-end load test of the reactive filters with wrk, on loopback only; see docs/performance.md.
#
# For each number of exact origins (1, then 10,000), starts ReactiveLoadApp twice on 127.0.0.1,
# once with the starter's CorsPolicyWebFilter ('ours') and once with Spring's CorsWebFilter
# ('spring'), the same policy and the filter first in both. Then for ROUNDS rounds runs each
# scenario against one and then the other (ours first in odd rounds, Spring first in even ones), so
# that drift of the machine falls on both. Prints every run, the medians and the ratios, ours over
# Spring. Stops the apps on exit, however it exits.
#
# Settings, by environment variable: DURATION (8s), WARMUP (5s), THREADS (2), CONNECTIONS (32),
# ROUNDS (3), ORIGIN_COUNTS ("1 10000"). Installs wrk with apt-get when it is missing. Builds
# nothing: run 'mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests' in the project root
# first. The settings, the apps' start and stop, wrk and curl come from load/common.sh.
set -euo pipefail

# shellcheck source=load/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/load/common.sh"
jar="${JAR:-$here/target/benchmarks.jar}"
out="${OUT_DIR:-$here/target/load-reactive}"

read_settings 8s 5s 32 3
read -r -a origin_counts <<<"${ORIGIN_COUNTS:-1 10000}"
((${#origin_counts[@]} >= 1 && ${#origin_counts[@]} <= 4)) || fail "ORIGIN_COUNTS must list 1 to 4 counts"
for count in "${origin_counts[@]}"; do
  [[ "$count" =~ ^[1-9][0-9]{0,4}$ ]] || fail "each of ORIGIN_COUNTS must be 1 to 99999, not '$count'"
done

[[ -f "$jar" ]] || fail "no $jar; build it first: mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests"
require_tools
mkdir -p "$out"

# Starts the app with one filter; its port is read from its log.
start_reactive() {
  start_app "$1" "$out/app-$1-$2.log" 60 \
    java -Xms256m -Xmx256m -cp "$jar" io.github.corspolicy.benchmarks.ReactiveLoadApp "$1" "$2"
}

# Runs wrk for one scenario against one app; prints its RESULT line.
run_wrk() {
  local scenario="$1" mode="$2" count="$3" length="$4"
  wrk_run "http://127.0.0.1:${ports[$mode]}/api/ping" "$(scenario_method "$scenario")" \
    "$(request_headers "$scenario" "$count")" "$length" | grep '^RESULT '
}

# One request with curl: fails unless the filter allowed it, so that no run measures a rejection.
check() {
  local scenario="$1" mode="$2" count="$3" acao
  acao="$(probe "http://127.0.0.1:${ports[$mode]}/api/ping" "$(scenario_method "$scenario")" \
    "$(request_headers "$scenario" "$count")")"
  printf '%-9s %-6s %5s origins: %s\n' "$scenario" "$mode" "$count" "$acao"
  [[ "$acao" =~ ^status\ 20[04],\ Access-Control-Allow-Origin\ https://app ]] || fail "$mode did not allow the $scenario"
}

scenarios=(get preflight)
modes=(ours spring)
runs="$out/runs.tsv"

echo "wrk: $threads threads, $connections connections, $duration per run after a $warmup warm-up, $rounds rounds"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'round\torigins\tscenario\tmode\trps\tp99_ms\trequests\tnon2xx3xx\tsocket_errors\n' >"$runs"

for count in "${origin_counts[@]}"; do
  echo
  start_reactive ours "$count"
  start_reactive spring "$count"
  for scenario in "${scenarios[@]}"; do
    for mode in "${modes[@]}"; do
      check "$scenario" "$mode" "$count"
      [[ "$warmup" == 0s ]] || run_wrk "$scenario" "$mode" "$count" "$warmup" >/dev/null
    done
  done
  for ((round = 1; round <= rounds; round++)); do
    order=("${modes[@]}")
    ((round % 2 == 1)) || order=("${modes[1]}" "${modes[0]}")
    for scenario in "${scenarios[@]}"; do
      for mode in "${order[@]}"; do
        result="$(run_wrk "$scenario" "$mode" "$count" "$duration")"
        read -r rps p99 requests non2xx socket <<<"$(sed -E 's/RESULT //; s/[a-z0-9_]+=//g' <<<"$result")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$count" "$scenario" "$mode" "$rps" "$p99" \
          "$requests" "$non2xx" "$socket" | tee -a "$runs"
      done
    done
  done
  stop_apps
done

echo
# ratio of medians, and the ratio within each round (neighbours in time, so drift cancels out)
printf 'origins\tscenario\tours_median_rps\tspring_median_rps\tratio_of_medians\tratios_within_rounds\tmedian_within_rounds\n'
for count in "${origin_counts[@]}"; do
  for scenario in "${scenarios[@]}"; do
    select_rps() { awk -F'\t' -v c="$count" -v s="$scenario" -v m="$1" '$2 == c && $3 == s && $4 == m { print $5 }' "$runs"; }
    ours="$(select_rps ours | median)"
    spring="$(select_rps spring | median)"
    ratios="$(awk -F'\t' -v c="$count" -v s="$scenario" '$2 == c && $3 == s { r[$1, $4] = $5; n[$1] = 1 }
      END { for (i in n) if (r[i, "spring"] > 0) printf "%.3f\n", r[i, "ours"] / r[i, "spring"] }' "$runs" | sort -n)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$count" "$scenario" "$ours" "$spring" \
      "$(awk -v a="$ours" -v b="$spring" 'BEGIN { printf "%.3f", a / b }')" "$(tr '\n' ' ' <<<"$ratios")" \
      "$(median <<<"$ratios")"
  done
done
echo "targets: ours / Spring at least 1.0 at 1 origin, at least 2.0 at 10000 origins"
echo "runs: $runs; app logs: $out/app-*.log"
