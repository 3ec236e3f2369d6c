-- wrk script: every request a new application with an id of its own, as the
-- client sends them (Idempotency-Key = the body's id).
-- wrk -s intake.lua URL -- BODY_FILE TOKEN
local counter = 1

function setup(thread)
   thread:set("seed", counter)
   counter = counter + 1
end

local template
local token

function init(args)
   local f = assert(io.open(args[1], "r"))
   template = f:read("*a")
   f:close()
   token = args[2]
   math.randomseed(os.time() * 1000 + seed)
end

local function hex(n)
   local s = ""
   for i = 1, n do
      s = s .. string.format("%x", math.random(0, 15))
   end
   return s
end

local function uuid4()
   local variant = string.format("%x", math.random(8, 11))
   return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" .. variant .. hex(3) .. "-" .. hex(12)
end

request = function()
   local id = uuid4()
   local body = template:gsub("__ID__", id)
   local headers = {}
   headers["Content-Type"] = "application/json"
   headers["Authorization"] = "Bearer " .. token
   headers["Idempotency-Key"] = id
   return wrk.format("POST", "/api/v1/applications", headers, body)
end

done = function(summary, latency, requests)
   io.write(string.format("requests_per_second %.1f\n",
                          summary.requests / (summary.duration / 1e6)))
   io.write(string.format("errors %d\n", summary.errors.status + summary.errors.connect +
                          summary.errors.read + summary.errors.write + summary.errors.timeout))
   io.write(string.format("latency_p50_ms %.2f\n", latency:percentile(50) / 1000))
end
