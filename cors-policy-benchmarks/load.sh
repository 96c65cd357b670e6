#!/usr/bin/env bash
# End-to-end load test of the sample app with wrk, on loopback only; see docs/performance.md.
#
# Starts the sample app twice, with the starter (cors.enabled=true) and without it
# (cors.enabled=false), then for ROUNDS rounds runs each scenario against one and then the other
# (A B, then B A in the next round, ...), so that drift of the machine shows in both. Prints every
# run, the median and spread per scenario and mode, and the ratios. Stops both apps on exit, however
# it exits.
#
# Settings, by environment variable: DURATION (10s), WARMUP (10s), THREADS (2), CONNECTIONS (32),
# ROUNDS (3). Builds nothing: run 'mvn -B -q install -DskipTests' in the project root first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$root/sample-app/target/sample-app-0.1.0-SNAPSHOT.jar"
script="$here/load/report.lua"
out="${OUT_DIR:-$here/target/load}"

duration="${DURATION:-10s}"
warmup="${WARMUP:-10s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-32}"
rounds="${ROUNDS:-3}"
origin="http://localhost:3000"
startup_timeout=120

fail() {
  echo "load.sh: $*" >&2
  exit 1
}

# bounded in time and count, whatever the environment says
[[ "$duration" =~ ^([1-9]|[1-5][0-9]|60)s$ ]] || fail "DURATION must be 1s to 60s, not '$duration'"
[[ "$warmup" =~ ^([0-9]|[1-5][0-9]|60)s$ ]] || fail "WARMUP must be 0s to 60s, not '$warmup'"
[[ "$rounds" =~ ^([1-9]|10)$ ]] || fail "ROUNDS must be 1 to 10, not '$rounds'"
[[ "$threads" =~ ^([1-9]|1[0-6])$ ]] || fail "THREADS must be 1 to 16, not '$threads'"
[[ "$connections" =~ ^[1-9][0-9]{0,2}$ ]] || fail "CONNECTIONS must be 1 to 999, not '$connections'"
((connections >= threads)) || fail "CONNECTIONS must be at least THREADS"

[[ -f "$jar" ]] || fail "no $jar; build it first: (cd '$root' && mvn -B -q install -DskipTests)"
command -v java >/dev/null || fail "java is not on the PATH"
command -v curl >/dev/null || fail "curl is needed to check the app before loading it"

install_wrk() {
  echo "wrk is missing: installing Debian's package"
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || fail "wrk is missing; install it: apt-get install wrk"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}
command -v wrk >/dev/null || install_wrk

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
}
trap stop_apps EXIT
trap 'exit 130' INT TERM

# Starts the app on 127.0.0.1 and a port the system picks, and reads that port from its log.
start_app() {
  local mode="$1" cors_enabled="$2" log="$out/app-$1.log" port="" waited=0
  java -Xms512m -Xmx512m -jar "$jar" --server.address=127.0.0.1 --server.port=0 \
    --sample.front-end.enabled=false --cors.enabled="$cors_enabled" >"$log" 2>&1 &
  pids[$mode]=$!
  while [[ -z "$port" ]]; do
    kill -0 "${pids[$mode]}" 2>/dev/null || { tail -n 30 "$log" >&2; fail "the app ($mode) stopped; log: $log"; }
    ((waited < startup_timeout)) || fail "the app ($mode) did not start in ${startup_timeout}s; log: $log"
    sleep 1
    waited=$((waited + 1))
    port="$(grep -oE 'started on port[^0-9]*[0-9]+' "$log" | grep -oE '[0-9]+$' | head -n 1 || true)"
  done
  ports[$mode]="$port"
  echo "app with cors.enabled=$cors_enabled listening on 127.0.0.1:$port (pid ${pids[$mode]})"
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

scenario_method() {
  if [[ "$1" == preflight ]]; then echo OPTIONS; else echo GET; fi
}

# Runs wrk for one scenario against one app; prints its RESULT line.
run_wrk() {
  local scenario="$1" mode="$2" length="$3" path header
  local -a parts args
  IFS='|' read -r -a parts <<<"$(scenario_args "$scenario")"
  path="${parts[0]}"
  args=(--threads "$threads" --connections "$connections" --duration "$length" --timeout 5s --script "$script")
  for header in "${parts[@]:1}"; do
    args+=(--header "$header")
  done
  WRK_METHOD="$(scenario_method "$scenario")" wrk "${args[@]}" "http://127.0.0.1:${ports[$mode]}$path" \
    | grep '^RESULT' || fail "wrk gave no result for $scenario ($mode)"
}

# One request with curl: the status and whether Access-Control-Allow-Origin came back.
probe() {
  local scenario="$1" mode="$2" path header
  local -a parts args=(--silent --output /dev/null --dump-header - --max-time 5)
  IFS='|' read -r -a parts <<<"$(scenario_args "$scenario")"
  path="${parts[0]}"
  for header in "${parts[@]:1}"; do
    args+=(--header "$header")
  done
  args+=(--request "$(scenario_method "$scenario")")
  curl "${args[@]}" "http://127.0.0.1:${ports[$mode]}$path" | tr -d '\r' \
    | awk 'NR == 1 { status = $2 } tolower($1) == "access-control-allow-origin:" { acao = $2 }
           END { printf "status %s, Access-Control-Allow-Origin %s\n", status, (acao == "" ? "absent" : acao) }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                      else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

scenarios=(get preflight no-origin auth-get)
modes=(enabled disabled)
runs="$out/runs.tsv"

echo "wrk: $threads threads, $connections connections, $duration per run after a $warmup warm-up, $rounds rounds"
echo "machine: $(nproc) cores, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(java -version 2>&1 | head -n 1)"
start_app enabled true
start_app disabled false

echo
for scenario in "${scenarios[@]}"; do
  for mode in "${modes[@]}"; do
    printf '%-10s %-9s %s\n' "$scenario" "$mode" "$(probe "$scenario" "$mode")"
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
