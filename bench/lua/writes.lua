-- The two writes, shared by W1, W2 and MIX.
--
-- W1, holding a meeting with attendance, is three requests in a row, as the meeting page makes them:
-- plan a check-in that took place yesterday (POST), record a participant on their side as attended
-- (PUT attendance), and mark it held (PATCH held=true), which updates "last contacted" and the cadence.
-- A thread has several connections, so the steps of different meetings interleave; answers are told
-- apart by their bodies (a new meeting carries its id, attendance is a JSON array).
--
-- W2 delivers a commitment (PATCH status=DONE), walking through the open ones from a random start.
local common = require("common")
local writes = {}

local participants, participant_of, commitments = nil, nil, nil
local to_attend, attendance_sent, to_hold = {}, {}, {}
local next_commitment = nil

local function load()
  if participants then return end
  participants, participant_of = {}, {}
  for _, line in ipairs(common.lines("participants.txt")) do
    local partnership, participant = line:match("(%S+)%s+(%S+)")
    participants[#participants + 1] = partnership
    participant_of[partnership] = participant
  end
  commitments = common.lines("open-commitments.txt")
  next_commitment = math.random(#commitments)
end

local function yesterday(time)
  return os.date("!%Y-%m-%d", os.time() - 86400) .. "T" .. time
end

-- The next request of the meeting chain: hold, record attendance, or plan a new meeting.
function writes.meeting()
  load()
  if #to_hold > 0 then
    return common.send("PATCH", common.path("/meetings/" .. table.remove(to_hold, 1)), '{"held":true}')
  end
  if #to_attend > 0 then
    local meeting = table.remove(to_attend, 1)
    attendance_sent[#attendance_sent + 1] = meeting.id
    return common.send("PUT", common.path("/meetings/" .. meeting.id .. "/attendance"),
      '{"participantId":"' .. meeting.participant .. '","status":"ATTENDED"}')
  end
  return common.send("POST", common.path("/partnerships/" .. common.pick(participants) .. "/meetings"),
    '{"type":"CHECK_IN","startsAt":"' .. yesterday("10:00") .. '","endsAt":"' .. yesterday("10:45")
    .. '","timeZone":"Europe/Rome"}')
end

-- Follows the chain from a successful answer.
function writes.on_meeting(status, body)
  if status == 201 then
    local id = body:match('"id":"([%x%-]+)"')
    local partnership = body:match('"partnershipId":"([%x%-]+)"')
    if id and participant_of[partnership] then
      to_attend[#to_attend + 1] = { id = id, participant = participant_of[partnership] }
    end
  elseif body:sub(1, 1) == "[" and #attendance_sent > 0 then
    to_hold[#to_hold + 1] = table.remove(attendance_sent, 1)
  end
end

function writes.deliver()
  load()
  local id = commitments[next_commitment]
  next_commitment = next_commitment % #commitments + 1
  return common.send("PATCH", common.path("/commitments/" .. id), '{"status":"DONE"}')
end

return writes
