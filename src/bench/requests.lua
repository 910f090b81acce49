-- wrk script: cycles through the requests listed in $BENCH_TARGETS (one per line:
-- path<TAB>header-name: value<TAB>...), optionally paced to $BENCH_DELAY_MS per connection
-- (a fixed-rate approximation, as Debian has wrk but not wrk2), and writes a JSON summary
-- to $BENCH_OUT when done.

local specs = {}
local targets = {}
local file = assert(io.open(os.getenv("BENCH_TARGETS"), "r"))
for line in file:lines() do
  local fields = {}
  for field in string.gmatch(line, "[^\t]+") do
    fields[#fields + 1] = field
  end
  if #fields > 0 then
    local headers = {}
    for k = 2, #fields do
      local name, value = string.match(fields[k], "^([^:]+):%s*(.*)$")
      headers[name] = value
    end
    specs[#specs + 1] = { path = fields[1], headers = headers }
  end
end
file:close()

local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local counter = 0

function init(args)
  -- formatted here, once wrk knows the host (a request without Host is a 400)
  for _, spec in ipairs(specs) do
    targets[#targets + 1] = wrk.format("GET", spec.path, spec.headers)
  end
  -- threads start at different places so they do not walk the list in lockstep
  counter = math.random(#targets)
end

function request()
  counter = counter + 1
  return targets[(counter % #targets) + 1]
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

-- warm-up runs stop after $BENCH_MAX_REQUESTS responses per thread (JIT compilation is driven
-- by counts, not seconds); defined only then, since a response() hook costs the client time
local max_requests = tonumber(os.getenv("BENCH_MAX_REQUESTS") or "0")
if max_requests > 0 then
  local seen = 0
  function response(status, headers, body)
    seen = seen + 1
    if seen >= max_requests then
      wrk.thread:stop()
    end
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  local e = summary.errors
  out:write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,"rps":%.1f,"p50_us":%d,"p90_us":%d,'
      .. '"p99_us":%d,"max_us":%d,"mean_us":%.1f,"errors":{"connect":%d,"read":%d,'
      .. '"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
  out:close()
end
