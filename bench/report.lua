-- Shared by every bench script: each wrk thread numbered (its `id`, so that request counters of
-- two threads never give the same query), and one machine-readable line at the end of a run.
-- A browser's user agent: the portal counts the pages people read and not robots' (decision 0024),
-- so that the benchmark measures the pages with their counting, as a reader gets them.
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

local threads = 0
function setup(thread)
   threads = threads + 1
   thread:set("id", threads)
end

-- BENCH <requests/s> <p50 µs> <p99 µs> <requests> <non-2xx/3xx> <socket errors> <connect> <read> <write> <timeout>
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("BENCH %.1f %d %d %d %d %d %d %d %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(99),
      summary.requests, e.status, e.connect + e.read + e.write + e.timeout,
      e.connect, e.read, e.write, e.timeout))
end
