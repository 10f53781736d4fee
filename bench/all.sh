#!/usr/bin/env bash
# The performance issue's table in one run: read paths of each service measured with wrk against the same service's
# /q/health/live (the framework's own ceiling on this machine), at 1,000 and at 10,000 records, so that every row
# is a ratio taken minutes apart on the same noisy box:
#   x live    = req/s of the path / req/s of /q/health/live         (targets: point reads >= 0.5, lists >= 0.25)
#   p99 x     = p99 of the path / p99 of /q/health/live             (target: point reads <= 2)
#   10k/1k    = req/s at 1,000 records / req/s at 10,000 records    (target: < 1.5, cost flat in data size)
# Each service runs from its built jar on a bench database next to the local stack's infrastructure (./wego up
# --infra is started if needed), seeded by SQL in bench/seed/, restarted once after seeding (as after a deploy).
# Usage: bench/all.sh [seconds per run, default 10]   (WRK_CONNECTIONS=32, BENCH_JVM="-Xmx256m -XX:+UseSerialGC")
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source bench/lib.sh
DURATION="${1:-10}"
WARMUP="${WARMUP:-15}"
read -r -a SIZES <<< "${BENCH_SIZES:-1000 10000}"   # BENCH_SIZES="1000" for a quick look
export WEGO_DB_HOST="${WEGO_DB_HOST:-127.0.0.1}" WEGO_DB_PORT="${WEGO_DB_PORT:-5432}"
PSQL=(psql -h "$WEGO_DB_HOST" -p "$WEGO_DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./wego up --infra >/dev/null

SERVICE_PID=""
LOG=$(mktemp)
stop_service() {
  if [[ -n "$SERVICE_PID" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
  SERVICE_PID=""
}
trap 'stop_service; rm -f "$LOG"' EXIT

# start_service jar port env...: starts a service jar with the given environment and waits for readiness.
start_service() {
  local jar=$1 port=$2; shift 2
  if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/live"; then
    echo "port $port is already serving something; stop it first" >&2; exit 1
  fi
  env "$@" java ${BENCH_JVM:--Xmx256m -XX:+UseSerialGC} -jar "$jar" > "$LOG" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.5
  done
  echo "$jar did not become ready on $port" >&2; cat "$LOG" >&2; exit 1
}

# settle db query...: waits (up to 5 minutes) until every query answers 0.
settle() {
  local db=$1 q; shift
  local pending
  for _ in $(seq 1 600); do
    pending=0
    for q in "$@"; do [[ "$("${PSQL[@]}" -d "$db" -c "$q")" == 0 ]] || pending=1; done
    [[ $pending == 0 ]] && return 0
    sleep 0.5
  done
  echo "$db did not settle: $*" >&2; exit 1
}

# measure size service key url [token]: warm-up, then one measured run recorded as "size|service|key".
ROWS=()
measure() {
  local size=$1 service=$2 key=$3 url=$4 token=${5:-} script=${6:-}
  # Warm-up at low concurrency: on 2 cores a saturating load starves the C2 compiler (bench/gateway.sh found the same).
  wrk -t1 -c4 -d"${WARMUP}s" ${token:+-H "Authorization: Bearer $token"} "$url" > /dev/null
  wrk_row "$size|$service|$key" "$DURATION" "$url" "$token" "$script"
  [[ " ${ROWS[*]} " == *" $service|$key "* ]] || ROWS+=("$service|$key")
}

membership() {
  local size=$1 port=18081 db=membership_bench base="http://127.0.0.1:18081" env token
  # The six-hourly full standing reconciliation (a safety net re-deriving every member) is held off: it would run
  # 30 s after the start, in the middle of the measurements. Members loaded by SQL are derived at start regardless.
  env=(WEGO_MEMBERSHIP_DB=$db WEGO_MEMBERSHIP_PORT=$port WEGO_TOPIC_PREFIX=bench. WEGO_MEMBERSHIP_STANDING_RECONCILE_DELAY=1h)
  "${PSQL[@]}" -d postgres -c "drop database if exists $db" -c "create database $db"
  start_service membership-service/target/quarkus-app/quarkus-run.jar $port "${env[@]}"
  echo "membership: seeding $size members with histories and ten years of dues ..." >&2
  "${PSQL[@]}" -d $db -v n="$size" -f bench/seed/members.sql
  stop_service
  start_service membership-service/target/quarkus-app/quarkus-run.jar $port "${env[@]}"
  # Measured once the service is quiet: every member's standing derived and every event it caused sent.
  settle $db "select count(*) from member m where not exists (select 1 from member_standing_published p
      where p.member_code = m.code)" "select count(*) from outbox_event where published_at is null"
  "${PSQL[@]}" -d $db -c "analyze"   # what autovacuum does within a minute of the backfill
  token=$(bench_token secretariat)
  [[ -n "$token" ]] || { echo "no token from Keycloak" >&2; exit 1; }
  curl -fs -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/membership/members/city-7"
  measure "$size" membership "GET /q/health/live" "$base/q/health/live"
  measure "$size" membership "GET /members/{code} (token)" "$base/api/v1/membership/members/city-7" "$token"
  measure "$size" membership "GET /members?region&status&asOf (token)" \
    "$base/api/v1/membership/members?region=ASIA&status=ACTIVE&asOf=2020-06-30&size=20" "$token"
  measure "$size" membership "GET /directory?size=20" "$base/api/v1/membership/directory?size=20"
  measure "$size" membership "GET /directory?region&q" "$base/api/v1/membership/directory?region=EUROPE&q=12&size=20"
  stop_service
  "${PSQL[@]}" -d postgres -c "drop database if exists $db"
}

knowledge() {
  local size=$1 port=18084 db=knowledge_bench base="http://127.0.0.1:18084" token id ckan
  java -cp "knowledge-service/target/quarkus-app/lib/main/*" bench/knowledge/KnowledgeSeed.java \
    "${WEGO_MONGO_URL:-mongodb://127.0.0.1:27017}" "$db" "$size" >&2
  # Started after seeding, as after a deploy: the start rebuilds the search index from MongoDB.
  start_service knowledge-service/target/quarkus-app/quarkus-run.jar $port \
    WEGO_KNOWLEDGE_DB=$db WEGO_KNOWLEDGE_PORT=$port WEGO_TOPIC_PREFIX=bench.
  token=$(bench_token secretariat)
  [[ -n "$token" ]] || { echo "no token from Keycloak" >&2; exit 1; }
  ckan="$base/api/v1/knowledge/ckan/api/3/action"
  id=$(curl -fs "$ckan/package_search?rows=1&sort=id%20asc&start=$(( size / 2 ))" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  [[ -n "$id" ]] || { echo "knowledge: no resource id from package_search" >&2; exit 1; }
  measure "$size" knowledge "GET /q/health/live" "$base/q/health/live"
  measure "$size" knowledge "GET /resources/{id} (token)" "$base/api/v1/knowledge/resources/$id" "$token"
  measure "$size" knowledge "GET /search?q (7 facets, highlights)" "$base/api/v1/knowledge/search?q=digital%20services"
  # Answers are remembered per index version: this row asks a new question every time (bench/wrk), so it is the
  # cost of computing a search; the others repeat one question, as a popular query or a paging harvester does.
  measure "$size" knowledge "GET /search?q (distinct, never repeated)" "$base/api/v1/knowledge/search" "" \
    bench/wrk/distinct-searches.lua
  measure "$size" knowledge "GET /search?q&region&theme&sort=newest" \
    "$base/api/v1/knowledge/search?q=open%20data&region=ASIA&theme=OPEN_CITY&sort=newest"
  measure "$size" knowledge "ckan package_search fq + 3 facets" \
    "$ckan/package_search?q=budget&fq=-groups:SERVICES&facet.field=%5B%22groups%22,%22country%22,%22tags%22%5D&rows=20"
  measure "$size" knowledge "dcat catalog page (10 datasets)" "$base/api/v1/knowledge/catalog?size=10&page=2"
  stop_service
}

# BENCH_SERVICES="membership knowledge" (default: all of them) picks the services to measure.
for service in ${BENCH_SERVICES:-membership knowledge}; do
  [[ -f "$service-service/target/quarkus-app/quarkus-run.jar" ]] \
    || ./mvnw -B -q install -DskipTests -pl "$service-service" -am
  for size in "${SIZES[@]}"; do "$service" "$size"; done
done

echo
echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${DURATION}s after ${WARMUP}s warm-up at c=4, $(nproc) cores, one run ($(date -u +%FT%TZ), $(git rev-parse --short HEAD)):"
printf '| %-10s | %-40s | %7s | %9s | %8s | %6s | %6s | %6s |\n' service path records req/s p99\ ms "x live" "p99 x" 10k/1k
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' ------------ ------------------------------------------ --------- ----------- ---------- -------- -------- --------
for row in "${ROWS[@]}"; do
  service=${row%%|*}; path=${row#*|}
  for size in "${SIZES[@]}"; do
    live="$size|$service|GET /q/health/live"
    awk -v s="$service" -v p="$path" -v n="$size" -v r="${RPS[$size|$row]}" -v q="${P99[$size|$row]}" \
        -v lr="${RPS[$live]}" -v lq="${P99[$live]}" -v small="${RPS[${SIZES[0]}|$row]}" -v big="${RPS[${SIZES[-1]}|$row]}" \
        -v last="$([[ $size == "${SIZES[-1]}" ]] && echo 1 || echo 0)" \
      'BEGIN { printf "| %-10s | %-40s | %7d | %9.0f | %8.2f | %6.2f | %6.2f | %6s |\n", s, p, n, r, q, r/lr, q/lq,
               last ? sprintf("%.2f", small/big) : "" }'
  done
done
