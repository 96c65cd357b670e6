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

# End-to-end load test of the sample app with wrk, on loopback only; see docs/performance.md.
#
# Starts the sample app twice, with the starter (cors.enabled=true) and without it
# (cors.enabled=false), then for ROUNDS rounds runs each scenario against one and then the other
# (A B, then B A in the next round, ...), so that drift of the machine shows in both. Prints every
# run, the median and spread per scenario and mode, and the ratios. Stops both apps on exit, however
# it exits.
#
# Settings, by environment variable: DURATION (10s), WARMUP (10s), THREADS (2), CONNECTIONS (32),
# ROUNDS (3). Builds nothing: run 'mvn -B -q install -DskipTests' in the project root first. The
# settings, the apps' start and stop, wrk and curl come from load/common.sh, shared with
# load-reactive.sh and load-gateway.sh.
set -euo pipefail

# shellcheck source=load/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/load/common.sh"
root="$(dirname "$here")"
jar="$root/sample-app/target/sample-app-0.1.0-SNAPSHOT.jar"
out="${OUT_DIR:-$here/target/load}"
origin="http://localhost:3000"

read_settings 10s 10s 32 3
[[ -f "$jar" ]] || fail "no $jar; build it first: (cd '$root' && mvn -B -q install -DskipTests)"
require_tools
mkdir -p "$out"

# Starts the sample app with the starter on or off; its port is read from its log.
start_sample() {
  start_app "$1" "$out/app-$1.log" 120 java -Xms512m -Xmx512m -jar "$jar" --server.address=127.0.0.1 \
    --server.port=0 --sample.front-end.enabled=false --cors.enabled="$2"
}

# The wrk arguments of each scenario: path, then headers.
scenario_args() {
  case "$1" in
    get) echo "/api/public/ping|Origin: $origin" ;;
    preflight) echo "/api/v1/credits/balance|Origin: $origin|Access-Control-Request-Method: GET|Access-Control-Request-Headers: authorization" ;;
    no-origin) echo "/api/public/ping" ;;
    auth-get) echo "/api/v1/credits/balance|Origin: $origin|Authorization: Bearer demo-token" ;;
  esac
}

# Runs wrk for one scenario against one app; prints its RESULT line.
run_wrk() {
  local scenario="$1" mode="$2" length="$3" path headers
  IFS='|' read -r path headers <<<"$(scenario_args "$scenario")"
  wrk_run "http://127.0.0.1:${ports[$mode]}$path" "$(scenario_method "$scenario")" "$headers" "$length" \
    | grep '^RESULT '
}

# One request with curl: the status and whether Access-Control-Allow-Origin came back.
check() {
  local scenario="$1" mode="$2" path headers
  IFS='|' read -r path headers <<<"$(scenario_args "$scenario")"
  probe "http://127.0.0.1:${ports[$mode]}$path" "$(scenario_method "$scenario")" "$headers"
}

scenarios=(get preflight no-origin auth-get)
modes=(enabled disabled)
runs="$out/runs.tsv"

echo "wrk: $threads threads, $connections connections, $duration per run after a $warmup warm-up, $rounds rounds"
echo "machine: $(nproc) cores, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(java -version 2>&1 | head -n 1)"
start_sample enabled true
start_sample disabled false

echo
for scenario in "${scenarios[@]}"; do
  for mode in "${modes[@]}"; do
    printf '%-10s %-9s %s\n' "$scenario" "$mode" "$(check "$scenario" "$mode")"
    if [[ "$warmup" != 0s ]]; then
      run_wrk "$scenario" "$mode" "$warmup" >/dev/null
    fi
  done
done

echo
printf 'round\tscenario\tmode\trps\tp99_ms\trequests\tnon2xx3xx\tsocket_errors\n' | tee "$runs"
for ((round = 1; round <= rounds; round++)); do
  # odd rounds run the starter first, even rounds last, so that neither mode always goes first
  order=("${modes[@]}")
  ((round % 2 == 1)) || order=("${modes[1]}" "${modes[0]}")
  for scenario in "${scenarios[@]}"; do
    for mode in "${order[@]}"; do
      result="$(run_wrk "$scenario" "$mode" "$duration")"
      # RESULT rps=.. p99_ms=.. requests=.. non2xx3xx=.. socket_errors=..
      read -r rps p99 requests non2xx socket <<<"$(sed -E 's/RESULT //; s/[a-z0-9_]+=//g' <<<"$result")"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$mode" "$rps" "$p99" "$requests" \
        "$non2xx" "$socket" | tee -a "$runs"
    done
  done
done

declare -A rps_median=()
echo
# spread: (highest - lowest) / median of the runs' requests/s, the resolution this machine gives
printf 'scenario\tmode\tmedian_rps\tspread_pct\tmedian_p99_ms\n'
for scenario in "${scenarios[@]}"; do
  for mode in "${modes[@]}"; do
    values="$(awk -F'\t' -v s="$scenario" -v m="$mode" '$2 == s && $3 == m { print $4 }' "$runs")"
    rps_median[$scenario/$mode]="$(median <<<"$values")"
    spread="$(sort -n <<<"$values" | awk -v m="${rps_median[$scenario/$mode]}" \
      'NR == 1 { low = $1 } { high = $1 } END { printf "%.1f", 100 * (high - low) / m }')"
    p99_median="$(awk -F'\t' -v s="$scenario" -v m="$mode" '$2 == s && $3 == m { print $5 }' "$runs" | median)"
    printf '%s\t%s\t%s\t%s\t%s\n' "$scenario" "$mode" "${rps_median[$scenario/$mode]}" "$spread" "$p99_median"
  done
done

echo
# Ratio of two runs of the same round (A/B): neighbours in time, so drift cancels out.
paired_ratios() {
  awk -F'\t' -v sa="$1" -v ma="$2" -v sb="$3" -v mb="$4" \
    '$2 == sa && $3 == ma { a[$1] = $4 } $2 == sb && $3 == mb { b[$1] = $4 }
     END { for (r in a) if (b[r] > 0) printf "%.3f\n", a[r] / b[r] }' "$runs"
}

# Prints the ratio of the medians, the ratio within each round, and the median of those.
report_ratio() {
  local label="$1" target="$2" sa="$3" ma="$4" sb="$5" mb="$6" ratios
  ratios="$(paired_ratios "$sa" "$ma" "$sb" "$mb" | sort -n)"
  awk -v a="${rps_median[$sa/$ma]}" -v b="${rps_median[$sb/$mb]}" -v l="$label" -v t="$target" \
    'BEGIN { printf "%s: %.3f (ratio of medians; target: %s)\n", l, a / b, t }'
  echo "  within each round, sorted: $(tr '\n' ' ' <<<"$ratios")-> median $(median <<<"$ratios")"
}

report_ratio "allowed GET, enabled / disabled throughput" "at least 0.970" get enabled get disabled
report_ratio "GET without Origin, enabled / disabled throughput" "none" no-origin enabled no-origin disabled
report_ratio "preflight / authenticated GET throughput, starter enabled" "at least 1.5" \
  preflight enabled auth-get enabled
echo "runs: $runs; app logs: $out/app-*.log"
