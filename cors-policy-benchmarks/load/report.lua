--[[

    Copyright 2026-present the original author or authors.

    Licensed under the Apache License, Version 2.0 (the "License");
    you may not use this file except in compliance with the License.
    You may obtain a copy of the License at

         https://www.apache.org/licenses/LICENSE-2.0

    Unless required by applicable law or agreed to in writing, software
    distributed under the License is distributed on an "AS IS" BASIS,
    WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
    See the License for the specific language governing permissions and
    limitations under the License.

]]
-- wrk script for the load scripts: takes the method from WRK_METHOD (wrk has no option for it;
-- headers come from -H) and ends with two lines that the scripts read: RESULT (throughput, p99,
-- counts, errors) and LATENCY (percentiles, in ms).
wrk.method = os.getenv("WRK_METHOD") or "GET"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f requests=%d non2xx3xx=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(99) / 1000, summary.requests, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
  io.write(string.format("LATENCY p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
