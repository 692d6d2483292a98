-- Cycles through the paths given in BENCH_PATHS (space-separated); a path "SEARCH" stands for
-- a search never seen before (see search-uncached.lua).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
   paths[#paths + 1] = p
end
local n = 0

function request()
   n = n + 1
   local p = paths[(n % #paths) + 1]
   if p == "SEARCH" then
      p = "/recherche?q=logement+" .. id .. "-" .. n
   end
   return wrk.format(nil, p)
end
