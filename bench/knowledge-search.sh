#!/usr/bin/env bash
# Benchmark of knowledge search (issue: knowledge-service) at 10,000 published resources with facets.
# Seeds a bench database (knowledge_bench) through the MongoDB driver, starts its own knowledge-service on port 18084
# next to the local stack's infrastructure (its start-up rebuilds the Lucene index from MongoDB: the rebuild time is
# the service's own log line), then measures with wrk, in one run: a static baseline, a ranked text query, a phrase
# with two facet filters, a typo, and a match-all sorted by date — every search computes highlights and all facets.
# Then the CKAN facade at the same volume: search pages as harvesters send them, package_show, and a full harvest.
# Usage: bench/knowledge-search.sh [seconds per run, default 15] [resources, default 10000]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${1:-15}"
COUNT="${2:-10000}"
PORT="${BENCH_PORT:-18084}"
DB=knowledge_bench

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./wego up --infra
[[ -f knowledge-service/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q install -DskipTests -pl knowledge-service -am

java -cp "knowledge-service/target/quarkus-app/lib/main/*" bench/knowledge/KnowledgeSeed.java \
  "${WEGO_MONGO_URL:-mongodb://127.0.0.1:27017}" "$DB" "$COUNT"
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/live"; then
  echo "port $PORT is already serving something; stop it or set BENCH_PORT" >&2; exit 1
fi
LOG=$(mktemp)
STARTED=$(date +%s%N)
WEGO_KNOWLEDGE_DB=$DB WEGO_KNOWLEDGE_PORT=$PORT WEGO_TOPIC_PREFIX=bench. \
  java -Xmx512m -jar knowledge-service/target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 $PID || { cat "$LOG"; exit 1; }
  sleep 0.5
done
READY_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
echo "$(grep -o 'Search index rebuilt from MongoDB: .*' "$LOG")   (service ready after ${READY_MS} ms)"
BASE="http://127.0.0.1:$PORT"
curl -fs "$BASE/api/v1/knowledge/search?q=open%20data&size=1" | head -c 400; echo

run() { # name url
  local out rps p50 p99 errors
  local c=${CONNECTIONS:-16}
  out=$(wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${DURATION}s" --latency "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  printf '%-62s %9s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
}
wrk -t2 -c16 -d5s "$BASE/api/v1/knowledge/search?q=digital%20services" > /dev/null   # warm-up (JIT), not reported

echo "wrk -t2 -c16 -d${DURATION}s, ${COUNT} published resources, $(nproc) cores, one run:"
run "GET /q/health/live (static baseline)" "$BASE/q/health/live"
run "search q=digital services (ranked, 7 facets, highlights)" "$BASE/api/v1/knowledge/search?q=digital%20services"
run "search q=\"open data\"&region=ASIA&theme=OPEN_CITY" "$BASE/api/v1/knowledge/search?q=%22open%20data%22&region=ASIA&theme=OPEN_CITY"
run "search q=trasparency (typo → transparency)" "$BASE/api/v1/knowledge/search?q=trasparency"
run "search type=REPORT&sort=newest (match-all + facets)" "$BASE/api/v1/knowledge/search?type=REPORT&sort=newest"

# The CKAN facade as harvesters use it (issue: data partners) — served from the same index, never a collection scan.
CKAN="$BASE/api/v1/knowledge/ckan/api/3/action"
ID=$(curl -fs "$CKAN/package_search?rows=1&sort=id%20asc&start=4321" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
SINCE=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%S.000000)
run "ckan package_search (first page, newest first)" "$CKAN/package_search"
run "ckan package_search rows=100 sort=id asc start=5000 (harvest page)" "$CKAN/package_search?rows=100&sort=id%20asc&start=5000"
# A harvester pages one request at a time: its latency, not the box's throughput under 16 connections.
CONNECTIONS=1 run "  the same page, one client (as ckanext-harvest pages)" "$CKAN/package_search?rows=100&sort=id%20asc&start=5000"
run "ckan package_search fq=metadata_modified:[1h ago TO *] + 3 facets" \
  "$CKAN/package_search?fq=metadata_modified:%5B${SINCE}Z%20TO%20*%5D%20-groups:SERVICES&facet.field=%5B%22groups%22,%22country%22,%22tags%22%5D"
run "ckan package_show id=…" "$CKAN/package_show?id=$ID"
run "dcat catalogue, page 50 of 100 datasets (JSON-LD)" "$BASE/api/v1/knowledge/catalog?size=100&page=50"
CONNECTIONS=1 run "  the same page, one client (as a paging harvester)" "$BASE/api/v1/knowledge/catalog?size=100&page=50"
run "dcat catalogue, first page of 10 (JSON-LD)" "$BASE/api/v1/knowledge/catalog?size=10" 

# A full harvest by ckanext-harvest's own paging: rows=100, sort=id asc, until an empty page; each dataset once.
started=$(date +%s%N); start=0; : > "$LOG.ids"
while true; do
  ids=$(curl -fs "$CKAN/package_search?rows=100&sort=id%20asc&start=$start" | grep -o '{"id":"[0-9a-f-]\{36\}"' \
    | cut -d'"' -f4 || true)
  [[ -n "$ids" ]] || break
  echo "$ids" >> "$LOG.ids"
  start=$((start + 100))
done
echo "full CKAN harvest: $(wc -l < "$LOG.ids") datasets ($(sort -u "$LOG.ids" | wc -l) distinct) in $(( start / 100 + 1 )) pages, $(( ($(date +%s%N) - started) / 1000000 )) ms"
rm -f "$LOG.ids"
