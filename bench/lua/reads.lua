-- The reads, shared by R1–R3 and MIX.
local common = require("common")
local reads = {}

local partnerships, prefixes = nil, nil
local timeline_of = nil

local function load()
  if partnerships then return end
  partnerships = common.lines("partnerships.txt")
  prefixes = common.lines("prefixes.txt")
end

-- R2: a random partnership, then its timeline (the next call of any connection of this thread).
function reads.partnership()
  load()
  if timeline_of then
    local id = timeline_of
    timeline_of = nil
    return common.get(common.path("/partnerships/" .. id .. "/timeline"))
  end
  timeline_of = common.pick(partnerships)
  return common.get(common.path("/partnerships/" .. timeline_of))
end

function reads.search()
  load()
  return common.get(common.path("/contacts?q=" .. common.pick(prefixes) .. "&limit=20"))
end

function reads.portfolio()
  return common.get(common.path("/health?sort=risk&limit=50"))
end

return reads
