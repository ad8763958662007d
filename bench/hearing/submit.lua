-- wrk script: each request is a hearing response from one of the prepared browser
-- sessions (cookie + CSRF token), as the form sends it without JavaScript.
local counter = 0
local bodies = {}

function init(args)
  dofile(args[1])
  for i, s in ipairs(sessions) do
    bodies[i] = "csrf=" .. s.token
      .. "&text=Flere+trygge+voksne+p%C3%A5+skoleveien+og+en+%C3%A5pen+ungdomsklubb+p%C3%A5+fredager."
      .. "&name=&organisation=&email=&consent=on&website=&variant="
  end
end

function request()
  counter = counter + 1
  local i = (counter % #sessions) + 1
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = sessions[i].cookie,
  }, bodies[i])
end

-- A response that is not a redirect to the receipt (303) counts as a status error:
-- every non-error response is an acknowledged one.
function done(summary, latency, requests)
  io.write(string.format("p50_ms %.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99_ms %.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("duration_s %.3f\n", summary.duration / 1e6))
  io.write(string.format("errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout))
  io.write(string.format("non_303 %d\n", summary.errors.status))
end
