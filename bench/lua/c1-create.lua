-- C1, creating one contact through the API: given and family name, one email, one tag, a title (issue 25).
-- Every email is new: a thread's number, a counter and the time keep them apart across threads and runs.
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

local given = { "Ada", "Grace", "Alan", "Joan", "Linus", "Barbara", "Edsger", "Margaret" }
local family = { "Lovelace", "Hopper", "Turing", "Clarke", "Torvalds", "Liskov", "Dijkstra", "Hamilton" }
local n = 0
local stamp = os.time()

common.scenario(function()
  n = n + 1
  local g, f = common.pick(given), common.pick(family)
  local body = string.format(
    '{"givenName":"%s","familyName":"%s","displayName":"%s %s","emails":["%s.%s.%d.%d.%d@c1.example.test"],'
      .. '"phones":[],"tags":["c1 bench"],"title":"Partner manager"}',
    g, f, g, f, g:lower(), f:lower(), stamp, id or 0, n)
  return common.send("POST", common.path("/contacts"), body)
end)
