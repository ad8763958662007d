-- wrk script: each request is one pupil's whole questionnaire (60 answers) with the
-- next class code of this thread's share, sent from one of the prepared browser
-- sessions as the form sends it without JavaScript. drive.py stops wrk once every
-- pupil's answer is stored; requests already on their way use spare codes.
local thread_id = 0
local counter = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  dofile(args[1])
  mine = codes[id + 1]
end

function request()
  counter = counter + 1
  local s = sessions[(counter % #sessions) + 1]
  local code = mine[math.min(counter, #mine)]
  local body = "csrf=" .. s.token .. "&code=" .. code .. "&" .. bodies[(counter % #bodies) + 1]
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = s.cookie,
  }, body)
end

-- Every 200 is a thank-you page, sent only after the answer was committed.
function done(summary, latency, requests)
  io.write(string.format("p50_ms %.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99_ms %.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("duration_s %.3f\n", summary.duration / 1e6))
  io.write(string.format("errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout))
end
