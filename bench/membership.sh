#!/usr/bin/env bash
# Benchmark of membership-service reads with 10,000 members, their status histories and a year of dues (issue: membership).
# Starts its own membership-service on a bench database (membership_bench, port 18081) next to the local stack's
# infrastructure, loads 10k members with dated histories and 2015-2025 dues by SQL (bench/seed/members.sql), then
# measures with wrk, in one run:
#   1. GET /q/health/live                                   (a static Quarkus endpoint: the baseline)
#   2. GET /api/v1/membership/members?region=ASIA&size=20   (staff token; derived status as of today)
#   3. GET /api/v1/membership/stats?asOf=2016-03-31         (staff token)
# and then, timed by curl (one request each; they write): fixing a General Assembly's voting roll over every member
# at three cutoffs (each member's decided status and dues standing on that day) and a yearly dues run.
# Usage: bench/membership.sh [seconds per run, default 15]; BENCH_JVM="-Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
# runs the service as ./wego up does (default: -Xmx256m -XX:+UseSerialGC).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${1:-15}"
PORT="${BENCH_PORT:-18081}"
DB=membership_bench
export WEGO_DB_HOST="${WEGO_DB_HOST:-127.0.0.1}" WEGO_DB_PORT="${WEGO_DB_PORT:-5432}"
PSQL=(psql -h "$WEGO_DB_HOST" -p "$WEGO_DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./wego up --infra
[[ -f membership-service/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q install -DskipTests -pl membership-service -am

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/live"; then
  echo "port $PORT is already serving something; stop it or set BENCH_PORT" >&2; exit 1
fi
LOG=$(mktemp)
PID=""
trap 'if [[ -n "$PID" ]]; then kill $PID 2>/dev/null; wait $PID 2>/dev/null; fi; rm -f "$LOG"' EXIT
start() {
  WEGO_MEMBERSHIP_DB=$DB WEGO_MEMBERSHIP_PORT=$PORT WEGO_TOPIC_PREFIX=bench. \
    java ${BENCH_JVM:--Xmx256m -XX:+UseSerialGC} -jar membership-service/target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && return 0
    kill -0 $PID || { cat "$LOG"; exit 1; }
    sleep 0.5
  done
  echo "membership-service did not become ready" >&2; exit 1
}
start   # migrates the bench database

echo "loading 10,000 members with histories and eleven years of dues (bench/seed/members.sql) ..."
"${PSQL[@]}" -d $DB -v n=10000 -f bench/seed/members.sql
# Restarted as after a deploy: at startup the service derives the standing of the members loaded behind its back.
kill $PID; wait $PID 2>/dev/null || true
start

TOKEN=$(curl -s -d grant_type=password -d client_id=wego-frontend -d username=secretariat -d password=secretariat \
  "${WEGO_KEYCLOAK_URL:-http://localhost:8180}/realms/wego/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
BASE="http://127.0.0.1:$PORT"
curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/membership/stats?asOf=2016-03-31" | head -c 300; echo

run() { # name url [auth]
  local out
  if [[ "${3:-}" == auth ]]; then
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$2")
  else
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "$2")
  fi
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  printf '%-58s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
}
# warm-up (JIT), not reported
wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/membership/members?region=ASIA&size=20" > /dev/null
wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/membership/stats?asOf=2016-03-31" > /dev/null

echo "wrk -t2 -c16 -d${DURATION}s, 10,000 members, $(nproc) cores, one run:"
run "GET /q/health/live (static baseline)" "$BASE/q/health/live"
run "GET /members?region=ASIA&size=20 (token)" "$BASE/api/v1/membership/members?region=ASIA&size=20" auth
run "GET /stats?asOf=2016-03-31 (token)" "$BASE/api/v1/membership/stats?asOf=2016-03-31" auth

echo "writes over all 10,000 members, one request each (curl time_total):"
SECRETARIAT=$(curl -s -d grant_type=password -d client_id=wego-frontend -d username=secretariat -d password=secretariat \
  "${WEGO_KEYCLOAK_URL:-http://localhost:8180}/realms/wego/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
for cutoff in 2015-07-15 2016-03-31 2021-01-01; do
  id=$(curl -fs -H "Authorization: Bearer $SECRETARIAT" -H 'Content-Type: application/json' \
    -d "{\"title\":\"GA $cutoff\",\"place\":\"Online\",\"startsOn\":\"$cutoff\",\"endsOn\":\"$cutoff\",\"rollCutoff\":\"$cutoff\"}" \
    "$BASE/api/v1/membership/assemblies" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  out=$(curl -s -o /tmp/roll.$$ -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $SECRETARIAT" \
    "$BASE/api/v1/membership/assemblies/$id/roll")
  printf '%-58s %s, %s s, %s members on the roll\n' "POST /assemblies/{id}/roll (cutoff $cutoff)" ${out% *} ${out#* } \
    "$(sed -n 's/.*"size":\([0-9]*\).*/\1/p' /tmp/roll.$$)"
  rm -f /tmp/roll.$$
done
out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $SECRETARIAT" \
  -H 'Content-Type: application/json' -d '{"year":2030}' "$BASE/api/v1/membership/dues/runs")
printf '%-58s %s, %s s\n' "POST /dues/runs (year 2030)" ${out% *} ${out#* }
