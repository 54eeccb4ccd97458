-- L1, the first page of 50 contacts with one tag, A to Z (issue 25): 2,000 of the workspace's 10,000 contacts
-- carry it (bench/cost.sh makes them).
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

local tag = os.getenv("BENCH_TAG") or "priority"

common.scenario(function()
  return common.get(common.path("/contacts?tag=" .. tag .. "&limit=50"))
end)
