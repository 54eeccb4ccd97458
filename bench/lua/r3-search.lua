-- R3, contact search by a name prefix ("ros", "jose"), the first 20 matches A to Z, as the live search
-- and the pickers ask for them.
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local reads = require("reads")

common.scenario(reads.search)
