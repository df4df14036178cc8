-- wrk script for `npm run bench`: requests rotate over the paths in $BENCH_PATHS (one per line),
-- each thread starting at a different offset; POST when $BENCH_METHOD says so, with the
-- Accept-Encoding in $BENCH_ACCEPT_ENCODING when set (none otherwise, as wrk sends). At the end
-- it prints one line of JSON that bench/wrk.ts reads.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
local method = os.getenv("BENCH_METHOD") or "GET"
local headers = {
  ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
}
local encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if encoding and encoding ~= "" then headers["Accept-Encoding"] = encoding end
local threads = 0
local counter = 0

function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7919)
end

function init(args)
  counter = (offset or 0) % #paths
end

function request()
  counter = counter % #paths + 1
  if method == "POST" then
    return wrk.format("POST", paths[counter], headers, "")
  end
  return wrk.format("GET", paths[counter], headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"statusErrors":%d,"timeouts":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"meanUs":%.1f,"maxUs":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean, latency.max))
end
