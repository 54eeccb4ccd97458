-- W1, holding a meeting with attendance: plan, record attendance, mark held (see writes.lua).
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local writes = require("writes")

common.scenario(writes.meeting, writes.on_meeting)
