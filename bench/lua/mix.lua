-- MIX: 80% reads, 20% writes, as a team's working day might look. Reads: a partnership's page (R2, 50%),
-- contact search (R3, 15%), the portfolio dashboard (R1, 15%; with BENCH_R1=off, until the health module
-- lands, R2 instead). Writes: a step of holding a meeting (W1, 10%), delivering a commitment (W2, 10%).
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local reads = require("reads")
local writes = require("writes")

local portfolio = os.getenv("BENCH_R1") ~= "off"

common.scenario(function()
  local dice = math.random(100)
  if dice <= 50 then return reads.partnership() end
  if dice <= 65 then return reads.search() end
  if dice <= 80 then return portfolio and reads.portfolio() or reads.partnership() end
  if dice <= 90 then return writes.meeting() end
  return writes.deliver()
end, writes.on_meeting)
