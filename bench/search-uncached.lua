-- /recherche with a query string never seen before on every request: the output cache keys on
-- the query string, so each request runs the search and renders the page. Real words from the
-- content, each followed by a counter, so the search still finds pages.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local words = { "creche", "logement", "emploi", "jeunes", "sante", "droits", "alimentation",
   "insertion", "familles", "hebergement", "mobilite", "numerique" }
local n = 0

function request()
   n = n + 1
   local w = words[(n % #words) + 1]
   return wrk.format(nil, "/recherche?q=" .. w .. "+" .. id .. "-" .. n)
end
