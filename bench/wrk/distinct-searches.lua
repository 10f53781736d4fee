-- wrk script: every request a different two-word search from the seed's vocabulary (bench/knowledge/KnowledgeSeed),
-- so no answer is ever asked twice in a run: the cost of a search computed from the index, not of a remembered one.
local words = {}
for w in ("digital government service portal citizen data open transparency participation budget mobile payment "
  .. "identity cloud platform smart city traffic parking waste water energy health education school library permit "
  .. "licence tax complaint feedback chatbot artificial intelligence analytics dashboard sensor network broadband "
  .. "inclusion elderly youth disability accessibility security privacy cyber resilience disaster emergency climate "
  .. "green housing transport bus metro bicycle tourism culture heritage procurement contract audit integrity"):gmatch("%S+") do
  words[#words + 1] = w
end
-- Each wrk thread asks for its own page size, so two threads never ask the same question either.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local n = 0
request = function()
  n = n + 1
  local a = words[(n * 7919) % #words + 1]
  local b = words[(n * 104729 + math.floor(n / #words)) % #words + 1]
  return wrk.format("GET", wrk.path .. "?q=" .. a .. "%20" .. b .. "&page=" .. (n % 5) .. "&size=" .. (20 - (id or 0)))
end
