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

# End-to-end load test of live origins with wrk, on loopback only; see docs/performance.md.
#
# Starts LiveLoadApp on 127.0.0.1: the starter on WebFlux, its exact origins from the JDBC source
# on an H2 table of ORIGINS rows. Then for ROUNDS rounds runs an allowed GET (the last origin of
# the table) twice: in steady state (the default 10 s poll only), and while the app refreshes
# continuously (read the table, build and validate, swap: a new snapshot each time, a pause of
# PAUSE_MS between two). Steady first in odd rounds, refreshing first in even ones, so that drift of
# the machine falls on both. Prints every run with its latency percentiles and the refreshes that
# ran during it, the medians, and the ratio of the p99 latencies. Stops the app on exit, however it
# exits. The app's collector log is kept, and its pauses summed.
#
# Settings, by environment variable: DURATION (8s), WARMUP (5s), THREADS (2), CONNECTIONS (32),
# ROUNDS (3), ORIGINS (100000), PAUSE_MS (100). Installs wrk with apt-get when it is missing.
# Builds nothing: run 'mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests' in the project
# root first. The settings, the app's start and stop, wrk and curl come from load/common.sh.
set -euo pipefail

# shellcheck source=load/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/load/common.sh"
jar="${JAR:-$here/target/cors-policy-benchmarks-0.1.0-SNAPSHOT-live.jar}"
out="${OUT_DIR:-$here/target/load-live}"

read_settings 8s 5s 32 3
origins="${ORIGINS:-100000}"
pause="${PAUSE_MS:-100}"
[[ "$origins" =~ ^[1-9][0-9]{0,5}$ ]] || fail "ORIGINS must be 1 to 999999, not '$origins'"
[[ "$pause" =~ ^[0-9]{1,4}$ ]] || fail "PAUSE_MS must be 0 to 9999, not '$pause'"
[[ -f "$jar" ]] || fail "no $jar; build it first: mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests"
require_tools
mkdir -p "$out"

modes=(steady refreshing)
runs="$out/runs.tsv"
rejected="https://evil.example.net"

# POST to the app's refresh loop: start or stop; stop prints 'REFRESHES count=.. applied=.. ...'.
refresh_loop() {
  curl --silent --show-error --fail --max-time 130 --request POST \
    "http://127.0.0.1:${ports[live]}/load/refreshes/$1?pauseMillis=$pause" || fail "the refresh loop did not $1"
}

# One wrk run of the allowed GET in one mode; prints 'rps p50 p90 p99 requests non2xx socket
# refreshes applied mean_ms max_ms gc_pauses gc_total_ms gc_max_ms' (the refresh figures 0 in
# steady state).
run_mode() {
  local mode="$1" length="$2" output="$3" result latency loop="REFRESHES count=0 applied=0 mean_ms=0 max_ms=0"
  local from to
  [[ "$mode" == steady ]] || refresh_loop start >/dev/null
  from="$(app_uptime)"
  result="$(wrk_run "http://127.0.0.1:${ports[live]}/api/ping" GET "$(request_headers get "$origins")" "$length" "$output")"
  to="$(app_uptime)"
  [[ "$mode" == steady ]] || loop="$(refresh_loop stop)"
  latency="$(grep '^LATENCY ' <<<"$result" | sed -E 's/LATENCY //; s/[a-z0-9_]+=//g')"
  read -r rps _ requests non2xx socket <<<"$(grep '^RESULT ' <<<"$result" | sed -E 's/RESULT //; s/[a-z0-9_]+=//g')"
  echo "$rps $latency $requests $non2xx $socket $(sed -E 's/REFRESHES //; s/[a-z_]+=//g' <<<"$loop")" \
    "$(gc_pauses "$from" "$to")"
}

# The app's age in seconds, as its collector log counts it.
app_uptime() {
  ps -o etimes= -p "${pids[live]}" | tr -d ' '
}

# The collector's pauses between two ages of the app: 'count total_ms longest_ms'. A line reads
# '[12.345s] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 250M->120M(512M) 12.345ms'.
gc_pauses() {
  awk -v from="$1" -v to="$2" '/Pause/ && /ms$/ { t = substr($1, 2) + 0; ms = $NF; sub(/ms$/, "", ms)
      if (t >= from && t <= to + 1) { n++; total += ms; if (ms + 0 > max) max = ms + 0 } }
    END { printf "%d %.0f %.1f", n, total, max }' "$out/gc.log"
}

echo "wrk: $threads threads, $connections connections, $duration per run after a $warmup warm-up, $rounds rounds"
echo "app: $origins origins from the JDBC source (H2), refreshing with a pause of ${pause} ms"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# the collector's pauses stop request threads too: logged, to tell them from a refresh's CPU time
start_app live "$out/app.log" 180 java -Xms512m -Xmx512m "-Xlog:gc:file=$out/gc.log:uptime" -jar "$jar" "$origins"

allowed="$(probe "http://127.0.0.1:${ports[live]}/api/ping" GET "$(request_headers get "$origins")")"
echo "allowed GET: $allowed"
[[ "$allowed" =~ ^status\ 200,\ Access-Control-Allow-Origin\ https://app ]] || fail "the last origin is not allowed"
denied="$(probe "http://127.0.0.1:${ports[live]}/api/ping" GET "Origin: $rejected")"
echo "rejected GET: $denied"
[[ "$denied" =~ Access-Control-Allow-Origin\ absent$ ]] || fail "$rejected is allowed"
if [[ "$warmup" != 0s ]]; then
  for mode in "${modes[@]}"; do
    run_mode "$mode" "$warmup" /dev/null >/dev/null
  done
fi

echo
printf 'round\tmode\trps\tp50_ms\tp90_ms\tp99_ms\trequests\tnon2xx3xx\tsocket_errors\trefreshes\tapplied\trefresh_mean_ms\trefresh_max_ms\tgc_pauses\tgc_total_ms\tgc_max_ms\n' \
  | tee "$runs"
for ((round = 1; round <= rounds; round++)); do
  order=("${modes[@]}")
  ((round % 2 == 1)) || order=("${modes[1]}" "${modes[0]}")
  for mode in "${order[@]}"; do
    read -r -a fields <<<"$(run_mode "$mode" "$duration" "$out/wrk-$round-$mode.txt")"
    printf '%s\t%s' "$round" "$mode" | tee -a "$runs"
    printf '\t%s' "${fields[@]}" | tee -a "$runs"
    echo | tee -a "$runs"
  done
done

echo
printf 'mode\tmedian_rps\tmedian_p50_ms\tmedian_p99_ms\n'
declare -A p99=()
for mode in "${modes[@]}"; do
  mode_median() { awk -F'\t' -v m="$mode" -v c="$1" '$2 == m { print $c }' "$runs" | median; }
  p99[$mode]="$(mode_median 6)"
  printf '%s\t%s\t%s\t%s\n' "$mode" "$(mode_median 3)" "$(mode_median 4)" "${p99[$mode]}"
done
ratios="$(awk -F'\t' '$2 == "steady" { s[$1] = $6 } $2 == "refreshing" { r[$1] = $6 }
  END { for (i in s) if (s[i] > 0) printf "%.3f\n", r[i] / s[i] }' "$runs" | sort -n)"
awk -v r="${p99[refreshing]}" -v s="${p99[steady]}" \
  'BEGIN { printf "p99 refreshing / steady: %.3f (ratio of medians; target: at most 2.0)\n", r / s }'
echo "  within each round, sorted: $(tr '\n' ' ' <<<"$ratios")-> median $(median <<<"$ratios")"
errors="$(awk -F'\t' 'NR > 1 { n += $8 + $9 } END { print n + 0 }' "$runs")"
echo "non-2xx responses and socket errors, all runs: $errors"
# 'Pause Young (Normal) (G1 Evacuation Pause) 250M->120M(512M) 12.345ms': count, total and longest
awk '/Pause/ && /ms$/ { ms = $NF; sub(/ms$/, "", ms); n++; total += ms; if (ms + 0 > max) max = ms + 0 }
  END { printf "collector pauses, whole run: %d, %.0f ms in all, longest %.1f ms (%s)\n", n, total, max, FILENAME }' \
  "$out/gc.log"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $runs; wrk output: $out/wrk-*.txt; app log: $out/app.log"
