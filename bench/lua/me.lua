-- The ceiling: GET /api/v1/me, the cheapest authenticated call (token check, the user and their
-- workspaces). Every other scenario's throughput is reported as a share of this one's.
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

common.scenario(function()
  return common.get("/api/v1/me")
end)
