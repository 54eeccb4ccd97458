-- Shared by every Tandem load scenario: where the data is, how requests are authenticated, and how the
-- results are counted. wrk counts only socket errors and 4xx/5xx as "errors"; here every answer that is
-- not 2xx is one, and done() prints one machine-readable line (latencies in microseconds) for run.sh.
--
-- Environment: WORKSPACE_ID, TOKEN (from the generator's workspace.env) and BENCH_DATA (its directory).
local common = {}

common.workspace = os.getenv("WORKSPACE_ID") or error("WORKSPACE_ID is not set")
common.token = os.getenv("TOKEN") or error("TOKEN is not set")
common.data = os.getenv("BENCH_DATA") or "bench/work/data"

-- Every non-empty line of one of the generator's files.
function common.lines(name)
  local list = {}
  local file = io.open(common.data .. "/" .. name, "r") or error("cannot read " .. common.data .. "/" .. name)
  for line in file:lines() do
    if line ~= "" then list[#list + 1] = line end
  end
  file:close()
  return list
end

function common.pick(list)
  return list[math.random(#list)]
end

function common.path(rest)
  return "/api/v1/workspaces/" .. common.workspace .. rest
end

function common.get(path)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. common.token, ["Accept"] = "application/json" })
end

function common.send(method, path, body)
  return wrk.format(method, path, {
    ["Authorization"] = "Bearer " .. common.token,
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
  }, body)
end

-- Per thread: the thread's number (set by setup) seeds its random numbers.
function common.init()
  math.randomseed(os.time() * 1000 + (id or 0) * 7919)
  errors = 0
end

-- Counts an answer; answers whether it was a success (2xx).
function common.count(status)
  if status < 200 or status > 299 then
    errors = errors + 1
    last_error = status
    return false
  end
  return true
end

local threads = {}

function common.setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function common.done(summary, latency, requests)
  local non2xx, status = 0, ""
  for _, thread in ipairs(threads) do
    non2xx = non2xx + (thread:get("errors") or 0)
    status = thread:get("last_error") or status
  end
  local e = summary.errors
  local seconds = summary.duration / 1000000
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d last_error=%s\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, non2xx, e.connect + e.read + e.write + e.timeout, tostring(status)))
end

-- Makes a scenario script: its request() and, optionally, what it does with a successful answer.
function common.scenario(request, on_success)
  setup = common.setup
  done = common.done
  init = common.init
  _G.request = request
  response = function(status, headers, body)
    if common.count(status) and on_success then on_success(status, body) end
  end
end

return common
