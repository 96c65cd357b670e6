#!/usr/bin/env bash
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
# ROUNDS (3), ORIGIN_COUNTS ("1 10000"). Builds nothing: run
# 'mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests' in the project root first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${JAR:-$here/target/benchmarks.jar}"
script="$here/load/report.lua"
out="${OUT_DIR:-$here/target/load-reactive}"

duration="${DURATION:-8s}"
warmup="${WARMUP:-5s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-32}"
rounds="${ROUNDS:-3}"
read -r -a origin_counts <<<"${ORIGIN_COUNTS:-1 10000}"
startup_timeout=60

fail() {
  echo "load-reactive.sh: $*" >&2
  exit 1
}

# bounded in time and count, whatever the environment says
[[ "$duration" =~ ^([1-9]|[1-5][0-9]|60)s$ ]] || fail "DURATION must be 1s to 60s, not '$duration'"
[[ "$warmup" =~ ^([0-9]|[1-5][0-9]|60)s$ ]] || fail "WARMUP must be 0s to 60s, not '$warmup'"
[[ "$rounds" =~ ^([1-9]|10)$ ]] || fail "ROUNDS must be 1 to 10, not '$rounds'"
[[ "$threads" =~ ^([1-9]|1[0-6])$ ]] || fail "THREADS must be 1 to 16, not '$threads'"
[[ "$connections" =~ ^[1-9][0-9]{0,2}$ ]] || fail "CONNECTIONS must be 1 to 999, not '$connections'"
((connections >= threads)) || fail "CONNECTIONS must be at least THREADS"
((${#origin_counts[@]} >= 1 && ${#origin_counts[@]} <= 4)) || fail "ORIGIN_COUNTS must list 1 to 4 counts"
for count in "${origin_counts[@]}"; do
  [[ "$count" =~ ^[1-9][0-9]{0,4}$ ]] || fail "each of ORIGIN_COUNTS must be 1 to 99999, not '$count'"
done

[[ -f "$jar" ]] || fail "no $jar; build it first: mvn -B -q -pl cors-policy-benchmarks -am package -DskipTests"
command -v java >/dev/null || fail "java is not on the PATH"
command -v curl >/dev/null || fail "curl is needed to check the app before loading it"
command -v wrk >/dev/null || fail "wrk is missing; install it: apt-get install wrk"

mkdir -p "$out"
declare -A pids=() ports=()

stop_apps() {
  local mode
  for mode in "${!pids[@]}"; do
    kill "${pids[$mode]}" 2>/dev/null || true
  done
  for mode in "${!pids[@]}"; do
    wait "${pids[$mode]}" 2>/dev/null || true
  done
  pids=()
}
trap stop_apps EXIT
trap 'exit 130' INT TERM

# Starts the app with one filter on 127.0.0.1 and a port the system picks, read from its log.
start_app() {
  local mode="$1" count="$2" log="$out/app-$1-$2.log" port="" waited=0
  java -Xms256m -Xmx256m -cp "$jar" io.github.corspolicy.benchmarks.ReactiveLoadApp "$mode" "$count" >"$log" 2>&1 &
  pids[$mode]=$!
  while [[ -z "$port" ]]; do
    kill -0 "${pids[$mode]}" 2>/dev/null || { tail -n 30 "$log" >&2; fail "the app ($mode) stopped; log: $log"; }
    ((waited < startup_timeout * 4)) || fail "the app ($mode) did not start in ${startup_timeout}s; log: $log"
    sleep 0.25
    waited=$((waited + 1))
    port="$(grep -oE 'started on port [0-9]+' "$log" | grep -oE '[0-9]+$' | head -n 1 || true)"
  done
  ports[$mode]="$port"
  echo "$mode ($count origins) listening on 127.0.0.1:$port (pid ${pids[$mode]})"
}

# The headers of each scenario; the origin is the last configured one, as in the benchmarks.
scenario_headers() {
  local origin="https://app$(($2 - 1)).example.com"
  case "$1" in
    get) echo "Origin: $origin" ;;
    preflight) echo "Origin: $origin|Access-Control-Request-Method: PUT|Access-Control-Request-Headers: authorization,content-type,x-request-id" ;;
  esac
}

scenario_method() {
  if [[ "$1" == preflight ]]; then echo OPTIONS; else echo GET; fi
}

# Runs wrk for one scenario against one app; prints its RESULT line.
run_wrk() {
  local scenario="$1" mode="$2" count="$3" length="$4" header
  local -a parts args
  IFS='|' read -r -a parts <<<"$(scenario_headers "$scenario" "$count")"
  args=(--threads "$threads" --connections "$connections" --duration "$length" --timeout 5s --script "$script")
  for header in "${parts[@]}"; do
    args+=(--header "$header")
  done
  WRK_METHOD="$(scenario_method "$scenario")" wrk "${args[@]}" "http://127.0.0.1:${ports[$mode]}/api/ping" \
    | grep '^RESULT' || fail "wrk gave no result for $scenario ($mode)"
}

# One request with curl: fails unless the filter allowed it, so that no run measures a rejection.
probe() {
  local scenario="$1" mode="$2" count="$3" header acao
  local -a parts args=(--silent --output /dev/null --dump-header - --max-time 5)
  IFS='|' read -r -a parts <<<"$(scenario_headers "$scenario" "$count")"
  for header in "${parts[@]}"; do
    args+=(--header "$header")
  done
  args+=(--request "$(scenario_method "$scenario")")
  acao="$(curl "${args[@]}" "http://127.0.0.1:${ports[$mode]}/api/ping" | tr -d '\r' \
    | awk 'NR == 1 { status = $2 } tolower($1) == "access-control-allow-origin:" { acao = $2 }
           END { printf "status %s, Access-Control-Allow-Origin %s", status, (acao == "" ? "absent" : acao) }')"
  printf '%-9s %-6s %5s origins: %s\n' "$scenario" "$mode" "$count" "$acao"
  [[ "$acao" =~ ^status\ 20[04],\ Access-Control-Allow-Origin\ https://app ]] || fail "$mode did not allow the $scenario"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                      else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

scenarios=(get preflight)
modes=(ours spring)
runs="$out/runs.tsv"

echo "wrk: $threads threads, $connections connections, $duration per run after a $warmup warm-up, $rounds rounds"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'round\torigins\tscenario\tmode\trps\tp99_ms\trequests\tnon2xx3xx\tsocket_errors\n' >"$runs"

for count in "${origin_counts[@]}"; do
  echo
  start_app ours "$count"
  start_app spring "$count"
  for scenario in "${scenarios[@]}"; do
    for mode in "${modes[@]}"; do
      probe "$scenario" "$mode" "$count"
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
