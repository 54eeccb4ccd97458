-- W2, delivering a commitment: PATCH /commitments/{id} with status DONE, over the open ones.
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local writes = require("writes")

common.scenario(writes.deliver)
