-- R1, the portfolio dashboard: the 50 partnerships most at risk, by health.
-- Answers 404 until the health module (issue 5) lands; run.sh then reports it as not available.
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

common.scenario(function()
  return common.get(common.path("/health?sort=risk&limit=50"))
end)
