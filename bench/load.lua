-- wrk script for `npm run bench`: requests rotate over the lines of $BENCH_PATHS, each thread
-- starting at a different offset. A line is a path (sent with $BENCH_METHOD, GET by default) or
-- a method and a path ("POST /api/views?a=12"), so one run can mix page views and their beacons.
-- The Accept-Encoding in $BENCH_ACCEPT_ENCODING is sent when set (none otherwise, as wrk sends).
-- At the end it prints one line of JSON that bench/wrk.ts reads, with the number of 204 answers
-- (the beacon's) when $BENCH_COUNT_204 is set: counting needs wrk to hand every answer to Lua,
-- which costs it time, so only the runs that need the count do it.
local lines = {}
local method = os.getenv("BENCH_METHOD") or "GET"
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if line ~= "" then
    local m, p = line:match("^(%u+) (.+)$")
    lines[#lines + 1] = { m or method, p or line }
  end
end
local headers = {
  ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
}
local encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if encoding and encoding ~= "" then headers["Accept-Encoding"] = encoding end
local threads = {}
local counter = 0
no_content = 0

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("offset", #threads * 7919)
end

function init(args)
  counter = (offset or 0) % #lines
end

function request()
  counter = counter % #lines + 1
  local line = lines[counter]
  if line[1] == "GET" then return wrk.format("GET", line[2], headers) end
  return wrk.format(line[1], line[2], headers, "")
end

if os.getenv("BENCH_COUNT_204") == "1" then
  function response(status, headers, body)
    if status == 204 then no_content = no_content + 1 end
  end
end

function done(summary, latency, requests)
  local answered204 = 0
  for _, thread in ipairs(threads) do answered204 = answered204 + (thread:get("no_content") or 0) end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"statusErrors":%d,"timeouts":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"meanUs":%.1f,"maxUs":%d,"answered204":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean, latency.max, answered204))
end
