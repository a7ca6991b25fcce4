-- wrk script for bench/uncached.sh (CLIENT=wrk): every request carries a query parameter never
-- sent before (<prefix>=1, 2, 3, …), so the page cache has no entry for it and the page is rendered
-- from the database, as after a save. Run with one thread and one connection (-t1 -c1): the
-- counter is per thread. Argument: the parameter's name (default "uncached").
local name = "uncached"
local n = 0

init = function(args)
  if args[1] then name = args[1] end
end

request = function()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. name .. "=" .. n)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.1f p95=%.1f max=%.1f requests=%d non2xx=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000, summary.requests,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
