-- wrk script for load.sh: takes the method from WRK_METHOD (wrk has no option for it; headers
-- come from -H) and ends with one line that load.sh reads.
wrk.method = os.getenv("WRK_METHOD") or "GET"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f requests=%d non2xx3xx=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(99) / 1000, summary.requests, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
