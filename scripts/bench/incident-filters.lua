-- wrk script: the incident list with eight different filters in turn (none, two countries, an
-- actor, a place, a bounding box, a decade, a page deep in the list).
-- wrk -t2 -c64 -d30s --latency -s scripts/bench/incident-filters.lua http://localhost:8080
local filters = {"", "&country=PK", "&country=NG", "&actor=TTP", "&place=Quetta",
  "&bbox=60,20,75,40", "&since=1990-01-01&until=1999-12-31", "&cursor=MjAxMC0wMS0wMSBJOTk5OTk"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/incidents?limit=50" .. filters[(n % #filters) + 1])
end
