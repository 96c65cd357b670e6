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

# End-to-end load test of CORS at a gateway with wrk, on loopback only; see docs/performance.md
# ("Gateway").
#
# Starts an upstream without CORS (ReactiveLoadApp none: 'pong' to every request) and two Spring
# Cloud Gateway Server WebFlux apps routing /api/** to it (GatewayLoadApp), with the same policy:
# 'ours' (the starter, cors.*) and 'globalcors' (Gateway's own globalcors, cors.enabled=false).
# Checks each scenario once with curl, warms each up, then for ROUNDS rounds runs each scenario
# against 'direct' (the upstream itself), ours and globalcors, in the reverse order in even rounds,
# so that drift of the machine falls on all three. Prints every run (requests/s, p50, p99), the
# medians, the latency each gateway adds over the direct upstream, and ours against globalcors.
# Stops the apps on exit, however it exits.
#
# Settings, by environment variable: DURATION (8s), WARMUP (10s), THREADS (2), CONNECTIONS (16),
# ROUNDS (5), bounded as in load-reactive.sh (load/common.sh). Installs wrk with apt-get when it is
# missing. Builds nothing: run 'mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests' in
# the project root first.
set -euo pipefail

# shellcheck source=load/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/load/common.sh"
jar="${JAR:-$here/target/benchmarks.jar}"
out="${OUT_DIR:-$here/target/load-gateway}"

read_settings 8s 10s 16 5
gateway_jar="$(ls "$here"/target/cors-policy-benchmarks-*-gateway.jar 2>/dev/null | head -n 1 || true)"
build="mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests"
[[ -f "$jar" ]] || fail "no $jar; build it first: $build"
[[ -n "$gateway_jar" ]] || fail "no target/cors-policy-benchmarks-*-gateway.jar; build it first: $build"
require_tools
mkdir -p "$out/wrk"

# the requests of load-reactive.sh at one origin, the policy's exact origin
origin="https://app0.example.com"

scenario_headers() {
  request_headers "$1" 1
}

url() {
  echo "http://127.0.0.1:${ports[$1]}/api/ping"
}

# One request with curl: the gateways must allow it, the upstream must send no CORS header.
check() {
  local scenario="$1" mode="$2" answer expected="^status 20[04], Access-Control-Allow-Origin $origin\$"
  [[ "$mode" != direct ]] || expected="^status 200, Access-Control-Allow-Origin absent\$"
  answer="$(probe "$(url "$mode")" "$(scenario_method "$scenario")" "$(scenario_headers "$scenario")")" \
    || fail "$mode: no answer to the $scenario within 30 s"
  printf '%-9s %-10s %s\n' "$scenario" "$mode" "$answer"
  [[ "$answer" =~ $expected ]] || fail "$mode: unexpected answer to the $scenario"
}

# One run; prints round, scenario, mode, rps, p50, p99, requests, non-2xx/3xx, socket errors.
measure() {
  local round="$1" scenario="$2" mode="$3" lines rps p50 p99 requests non2xx socket
  lines="$(wrk_run "$(url "$mode")" "$(scenario_method "$scenario")" "$(scenario_headers "$scenario")" \
    "$duration" "$out/wrk/$round-$scenario-$mode.txt")"
  read -r rps p99 requests non2xx socket <<<"$(grep '^RESULT ' <<<"$lines" | sed -E 's/RESULT //; s/[a-z0-9_]+=//g')"
  p50="$(grep '^LATENCY ' <<<"$lines" | sed -E 's/.*p50_ms=([0-9.]+).*/\1/')"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$mode" "$rps" "$p50" "$p99" \
    "$requests" "$non2xx" "$socket"
}

scenarios=(get preflight)
modes=(direct ours globalcors)
runs="$out/runs.tsv"

echo "wrk: $threads threads, $connections connections, $duration per run after a $warmup warm-up, $rounds rounds"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "before: $(uptime)"

start_app direct "$out/app-direct.log" 60 \
  java -Xms256m -Xmx256m -cp "$jar" io.github.corspolicy.benchmarks.ReactiveLoadApp none 1
# both gateways start at once; each has 240 s
for mode in ours globalcors; do
  launch_app "$mode" "$out/app-$mode.log" \
    java -Xms384m -Xmx384m -jar "$gateway_jar" "$mode" "http://127.0.0.1:${ports[direct]}"
done
for mode in ours globalcors; do
  await_app "$mode" "$out/app-$mode.log" 240
done

echo
for scenario in "${scenarios[@]}"; do
  for mode in "${modes[@]}"; do
    check "$scenario" "$mode"
    [[ "$warmup" == 0s ]] || wrk_run "$(url "$mode")" "$(scenario_method "$scenario")" \
      "$(scenario_headers "$scenario")" "$warmup" >/dev/null
  done
done

echo
printf 'round\tscenario\tmode\trps\tp50_ms\tp99_ms\trequests\tnon2xx3xx\tsocket_errors\n' | tee "$runs"
for ((round = 1; round <= rounds; round++)); do
  order=(direct ours globalcors)
  ((round % 2 == 1)) || order=(globalcors ours direct)
  for scenario in "${scenarios[@]}"; do
    for mode in "${order[@]}"; do
      measure "$round" "$scenario" "$mode" | tee -a "$runs"
    done
  done
done
echo "after: $(uptime)"

# Per round: each gateway's p50 and p99 minus the direct upstream's in the same round, its
# requests/s, and ours over globalcors (neighbours in time, so drift cancels out).
added="$out/added.tsv"
awk -F'\t' 'NR > 1 { rps[$1, $2, $3] = $4; p50[$1, $2, $3] = $5; p99[$1, $2, $3] = $6; key[$1, $2] = 1 }
  END {
    print "round\tscenario\tmode\trps\tadded_p50_ms\tadded_p99_ms"
    for (k in key) {
      split(k, rs, SUBSEP)
      for (m = 1; m <= 2; m++) {
        mode = (m == 1 ? "ours" : "globalcors")
        printf "%s\t%s\t%s\t%s\t%.3f\t%.3f\n", rs[1], rs[2], mode, rps[rs[1], rs[2], mode],
          p50[rs[1], rs[2], mode] - p50[rs[1], rs[2], "direct"], p99[rs[1], rs[2], mode] - p99[rs[1], rs[2], "direct"]
      }
      printf "%s\t%s\tours/globalcors\t%.3f\t%.3f\t%.3f\n", rs[1], rs[2], rps[rs[1], rs[2], "ours"] / rps[rs[1], rs[2], "globalcors"],
        p50[rs[1], rs[2], "ours"] / p50[rs[1], rs[2], "globalcors"], p99[rs[1], rs[2], "ours"] / p99[rs[1], rs[2], "globalcors"]
    }
  }' "$runs" | { read -r header; echo "$header"; sort -n; } >"$added"

# column COLUMN FILE SCENARIO MODE: that column of the rows of one scenario and mode
column_of() {
  awk -F'\t' -v c="$1" -v s="$3" -v m="$4" 'NR > 1 && $2 == s && $3 == m { print $c }' "$2"
}

echo
echo "medians over the rounds; added = the gateway's latency minus the direct upstream's, in the same round"
printf 'scenario\tmode\trps\tp50_ms\tp99_ms\tadded_p50_ms\tadded_p99_ms\n'
for scenario in "${scenarios[@]}"; do
  for mode in "${modes[@]}"; do
    added_p50="-" added_p99="-"
    if [[ "$mode" != direct ]]; then
      added_p50="$(column_of 5 "$added" "$scenario" "$mode" | median)"
      added_p99="$(column_of 6 "$added" "$scenario" "$mode" | median)"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$mode" "$(column_of 4 "$runs" "$scenario" "$mode" | median)" \
      "$(column_of 5 "$runs" "$scenario" "$mode" | median)" "$(column_of 6 "$runs" "$scenario" "$mode" | median)" \
      "$added_p50" "$added_p99"
  done
done

echo
echo "ours / globalcors within each round, sorted, then the median"
for scenario in "${scenarios[@]}"; do
  for metric in "4 requests/s" "5 p50" "6 p99"; do
    read -r col label <<<"$metric"
    ratios="$(column_of "$col" "$added" "$scenario" ours/globalcors | sort -n)"
    printf '%-9s %-11s %s-> %s\n' "$scenario" "$label" "$(tr '\n' ' ' <<<"$ratios")" "$(median <<<"$ratios")"
  done
done
for scenario in "${scenarios[@]}"; do
  ours="$(column_of 5 "$added" "$scenario" ours | median)"
  globalcors="$(column_of 5 "$added" "$scenario" globalcors | median)"
  printf '%-9s added p50, ours / globalcors (ratio of the medians): %s\n' "$scenario" \
    "$(awk -v a="$ours" -v b="$globalcors" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
done
echo "runs: $runs; per round: $added; wrk's output (--latency): $out/wrk/; app logs: $out/app-*.log"
