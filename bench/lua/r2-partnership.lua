-- R2, a partnership's page: the partnership, then the first page of its timeline (two requests, as the
-- page loads them), for random partnerships of the generated workspace.
package.path = (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local reads = require("reads")

common.scenario(reads.partnership)
