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

# Shared by load.sh, load-reactive.sh and load-gateway.sh; sourced, not run, after
# 'set -euo pipefail'. Settings and their bounds, the tools, starting and stopping the apps (on
# 127.0.0.1, a port the system picks), one wrk run, one curl probe and the median.

name="$(basename "$0")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
script="$here/load/report.lua"

fail() {
  echo "$name: $*" >&2
  exit 1
}

# read_settings DURATION WARMUP CONNECTIONS ROUNDS: the environment's settings or these defaults,
# bounded in time and count, whatever the environment says
read_settings() {
  duration="${DURATION:-$1}"
  warmup="${WARMUP:-$2}"
  threads="${THREADS:-2}"
  connections="${CONNECTIONS:-$3}"
  rounds="${ROUNDS:-$4}"
  [[ "$duration" =~ ^([1-9]|[1-5][0-9]|60)s$ ]] || fail "DURATION must be 1s to 60s, not '$duration'"
  [[ "$warmup" =~ ^([0-9]|[1-5][0-9]|60)s$ ]] || fail "WARMUP must be 0s to 60s, not '$warmup'"
  [[ "$rounds" =~ ^([1-9]|10)$ ]] || fail "ROUNDS must be 1 to 10, not '$rounds'"
  [[ "$threads" =~ ^([1-9]|1[0-6])$ ]] || fail "THREADS must be 1 to 16, not '$threads'"
  [[ "$connections" =~ ^[1-9][0-9]{0,2}$ ]] || fail "CONNECTIONS must be 1 to 999, not '$connections'"
  ((connections >= threads)) || fail "CONNECTIONS must be at least THREADS"
}

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

require_tools() {
  command -v java >/dev/null || fail "java is not on the PATH"
  command -v curl >/dev/null || fail "curl is needed to check the apps before loading them"
  command -v wrk >/dev/null || install_wrk
}

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

# launch_app MODE LOG COMMAND...: runs the command in the background, its output in LOG; the app
# must bind 127.0.0.1 and port 0 itself.
launch_app() {
  local mode="$1" log="$2"
  shift 2
  "$@" >"$log" 2>&1 &
  pids[$mode]=$!
}

# await_app MODE LOG TIMEOUT_SECONDS: waits until the log says 'started on port N'.
await_app() {
  local mode="$1" log="$2" timeout="$3" port="" waited=0
  while [[ -z "$port" ]]; do
    kill -0 "${pids[$mode]}" 2>/dev/null || { tail -n 30 "$log" >&2; fail "the app ($mode) stopped; log: $log"; }
    ((waited < timeout * 4)) || fail "the app ($mode) did not start in ${timeout}s; log: $log"
    sleep 0.25
    waited=$((waited + 1))
    port="$(grep -oE 'started on port [0-9]+' "$log" | grep -oE '[0-9]+$' | head -n 1 || true)"
  done
  ports[$mode]="$port"
  echo "$mode listening on 127.0.0.1:$port (pid ${pids[$mode]})"
}

# start_app MODE LOG TIMEOUT_SECONDS COMMAND...: launch_app, then await_app.
start_app() {
  local mode="$1" log="$2" timeout="$3"
  shift 3
  launch_app "$mode" "$log" "$@"
  await_app "$mode" "$log" "$timeout"
}

# wrk_run URL METHOD HEADERS LENGTH [OUTPUT]: one wrk run (headers separated by '|'); prints its
# RESULT and LATENCY lines, and keeps wrk's whole output, with --latency's distribution, in OUTPUT.
wrk_run() {
  local url="$1" method="$2" headers="$3" length="$4" output="${5:-/dev/null}" header
  local -a parts args
  IFS='|' read -r -a parts <<<"$headers"
  args=(--threads "$threads" --connections "$connections" --duration "$length" --timeout 5s --latency --script "$script")
  for header in "${parts[@]}"; do
    args+=(--header "$header")
  done
  WRK_METHOD="$method" wrk "${args[@]}" "$url" | tee "$output" | grep -E '^(RESULT|LATENCY) ' \
    || fail "wrk gave no result for $method $url"
}

# probe URL METHOD HEADERS: one request with curl; prints its status and Access-Control-Allow-Origin.
# A cold app on a busy machine may take seconds to answer its first request: 30 s at most.
probe() {
  local url="$1" method="$2" headers="$3" header
  local -a parts args=(--silent --output /dev/null --dump-header - --max-time 30 --request "$method")
  IFS='|' read -r -a parts <<<"$headers"
  for header in "${parts[@]}"; do
    args+=(--header "$header")
  done
  curl "${args[@]}" "$url" | tr -d '\r' \
    | awk 'NR == 1 { status = $2 } tolower($1) == "access-control-allow-origin:" { acao = $2 }
           END { printf "status %s, Access-Control-Allow-Origin %s", status, (acao == "" ? "absent" : acao) }'
}

# request_headers SCENARIO N: the headers of the benchmarks' requests ('|' between them), from the
# last of N configured origins, https://app<N-1>.example.com: an allowed GET ('get'), and its
# preflight for PUT with three requested headers ('preflight').
request_headers() {
  local origin="https://app$(($2 - 1)).example.com"
  case "$1" in
    get) echo "Origin: $origin" ;;
    preflight) echo "Origin: $origin|Access-Control-Request-Method: PUT|Access-Control-Request-Headers: authorization,content-type,x-request-id" ;;
  esac
}

scenario_method() {
  if [[ "$1" == preflight ]]; then echo OPTIONS; else echo GET; fi
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                      else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
