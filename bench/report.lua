-- wrk script: GET the url given on the command line, optionally with a session cookie (COOKIE),
-- and print one machine-readable line at the end: label, requests/s, p50/p95/p99 in ms, errors.
local cookie = os.getenv("COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %s %.1f %.2f %.2f %.2f %d %d\n", os.getenv("LABEL") or "-",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors, summary.requests))
end
