-- wrk script: POST registrations, spreading them over signed-in people (SESSIONS: a file of
-- "cookie csrf-token" lines) and activities open for registration (ACTIVITIES: a file of ids), so that
-- almost every request is a new registration rather than a repeat.
local function lines(path)
  local t = {}
  for line in io.lines(path) do
    if line ~= "" then t[#t + 1] = line end
  end
  return t
end

local sessions = {}
for _, line in ipairs(lines(os.getenv("SESSIONS"))) do
  local cookie, token = line:match("^(%S+)%s+(%S+)$")
  sessions[#sessions + 1] = { cookie = cookie, token = token }
end
local activities = lines(os.getenv("ACTIVITIES"))
local threads = 0
local counter = 0

function setup(thread)
  thread:set("first", threads * 100003)
  threads = threads + 1
end

function init(args)
  counter = first
end

function request()
  counter = counter + 1
  local s = sessions[counter % #sessions + 1]
  local a = activities[math.floor(counter / #sessions) % #activities + 1]
  return wrk.format("POST", "/programme/activities/" .. a .. "/registrations",
    { ["Cookie"] = s.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
    "_csrf=" .. s.token)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %s %.1f %.2f %.2f %.2f %d %d\n", os.getenv("LABEL") or "-",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors, summary.requests))
end
