#!/usr/bin/env bash
# Benchmark of the SDMX feed (issue: data partners) at 10,000 published assessments: 2,000 member cities in six
# countries × 5 years of LOSI 2022 results, 60,000 observations (SCORE + 5 criteria) in the SDMX read model.
# Starts its own ceds-service on a bench database (ceds_bench, port 18083) next to the local stack's infrastructure,
# loads the assessments and their observations by SQL (the shape publishing writes), then measures with wrk, in one
# run, the queries SDMX clients send: one city's series, a country's scores for a year, the latest score of every city,
# an increment with withdrawals (updatedAfter), and the dataflow's availability.
# Usage: bench/ceds-sdmx.sh [seconds per run, default 15]; CEDS_APP=<a quarkus-app directory> measures another build
# (e.g. one of an earlier commit) on the same data.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${1:-15}"
PORT="${BENCH_PORT:-18083}"
DB=ceds_bench
export WEGO_DB_HOST="${WEGO_DB_HOST:-127.0.0.1}" WEGO_DB_PORT="${WEGO_DB_PORT:-5432}"
PSQL=(psql -h "$WEGO_DB_HOST" -p "$WEGO_DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./wego up --infra
APP="${CEDS_APP:-ceds-service/target/quarkus-app}"
[[ -f "$APP/quarkus-run.jar" ]] || ./mvnw -B -q install -DskipTests -pl ceds-service -am

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/live"; then
  echo "port $PORT is already serving something; stop it or set BENCH_PORT" >&2; exit 1
fi
LOG=$(mktemp)
WEGO_CEDS_DB=$DB WEGO_CEDS_PORT=$PORT WEGO_TOPIC_PREFIX=bench. \
  java -Xmx512m -jar "$APP/quarkus-run.jar" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 $PID || { cat "$LOG"; exit 1; }
  sleep 0.5
done

echo "loading 2,000 cities × 5 years = 10,000 published LOSI assessments (60,000 observations) ..."
"${PSQL[@]}" -d $DB <<'SQL'
insert into member_city (code, name, country, region, membership_type, joined_on, revision, updated_at, population)
select 'city-' || n, 'City ' || n, (array['KR','KE','ES','MX','JO','FJ'])[1 + n % 6],
       (array['ASIA','AFRICA','EUROPE','AMERICAS','MIDDLE_EAST','OCEANIA'])[1 + n % 6], 'FULL',
       date '2010-01-01', 1, now(), 10000 + n * 997
from generate_series(1, 2000) n;
create temporary table seed as
select gen_random_uuid() as id, 'city-' || n as city, y as year,
       round((((n * 7 + y * 13) % 87)::numeric / 86), 4) as score,
       now() - interval '30 days' + (n % 100) * interval '1 minute' as at
from generate_series(1, 2000) n, generate_series(2021, 2025) y;
insert into assessment (id, city, framework_code, framework_version, year, status, answers, created_by, created_at,
                        updated_at, submitted_at, published_at)
select id, city, 'LOSI', '2022', year, 'PUBLISHED', '{}', 'bench', at, at, at, at from seed;
insert into sdmx_observation (assessment_id, framework_code, framework_version, city, measure, time_period, obs_value,
                              maturity_level, updated_at)
select id, 'LOSI', '2022', city, 'SCORE', year, score,
       case when score >= 0.75 then 'VERY_HIGH' when score >= 0.5 then 'HIGH' when score >= 0.25 then 'MIDDLE' else 'LOW' end,
       at from seed;
insert into sdmx_observation (assessment_id, framework_code, framework_version, city, measure, time_period, obs_value,
                              updated_at)
select id, 'LOSI', '2022', city, m, year, round(((score * 100 + length(m) * 3) % 100) / 100, 4), at
from seed, unnest(array['IF','CP','SP','PE','TE']) m;
-- the last day: 100 results published, 20 withdrawn (what an incremental pull picks up)
update sdmx_observation set updated_at = now() - interval '1 hour'
where city in (select 'city-' || n from generate_series(1, 100) n) and time_period = 2025;
update sdmx_observation set updated_at = now() - interval '30 minutes', withdrawn_at = now() - interval '30 minutes'
where city in (select 'city-' || n from generate_series(101, 120) n) and time_period = 2025;
update assessment set status = 'WITHDRAWN', withdrawn_at = now() - interval '30 minutes', withdrawal_reason = 'bench'
where city in (select 'city-' || n from generate_series(101, 120) n) and year = 2025;
analyze;
SQL

TOKEN=$(curl -fs -d grant_type=client_credentials -d client_id=undesa-feed -d client_secret=undesa-feed-secret \
  "${WEGO_KEYCLOAK_URL:-http://localhost:8180}/realms/wego/protocol/openid-connect/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
BASE="http://127.0.0.1:$PORT/api/v1/ceds/sdmx"
FLOW="WEGO,CEDS_LOSI,2022"
SINCE=$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)
GENERIC='application/vnd.sdmx.genericdata+xml;version=2.1'
JSON='application/vnd.sdmx.data+json;version=1.0'
count() { curl -fs -H "Authorization: Bearer $TOKEN" -H "Accept: $1" "$2" | grep -o "$3" | wc -l; }
echo "check: city-42 has $(count "$GENERIC" "$BASE/data/$FLOW/.city-42." '<gen:Obs>') observations;" \
  "increment since 1 day: $(count "$GENERIC" "$BASE/data/$FLOW/all?updatedAfter=$SINCE" '<gen:Obs>') observations" \
  "($(count "$GENERIC" "$BASE/data/$FLOW/all?updatedAfter=$SINCE" 'action="Delete"') Delete dataset)"

run() { # name accept url
  local out rps p50 p99 errors
  local c=${CONNECTIONS:-16}
  out=$(wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" -H "Accept: $2" "$3")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  printf '%-70s %9s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
}
wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$BASE/data/$FLOW/.city-7." > /dev/null   # warm-up (JIT), not reported

echo "wrk -t2 -c16 -d${DURATION}s, 10,000 published assessments, $(nproc) cores, one run:"
run "GET /q/health/live (static baseline)" "*/*" "http://127.0.0.1:$PORT/q/health/live"
run "data .city-42. (one city, 6 series × 5 years, structure-specific)" "application/xml" "$BASE/data/$FLOW/.city-42."
run "data .city-42. (the same, generic SDMX-ML)" "$GENERIC" "$BASE/data/$FLOW/.city-42."
run "data 410..SCORE 2024 (a country's scores for a year, 333 series)" "$GENERIC" \
  "$BASE/data/$FLOW/410..SCORE?startPeriod=2024&endPeriod=2024"
run "data ..SCORE lastNObservations=1 (every city's latest, SDMX-JSON)" "$JSON" \
  "$BASE/data/$FLOW/..SCORE?lastNObservations=1"
CONNECTIONS=1 run "the same, one client (how a partner pulls it)" "$JSON" "$BASE/data/$FLOW/..SCORE?lastNObservations=1"
run "data all updatedAfter=1 day ago (increment: 600 obs + 120 deleted)" "$GENERIC" \
  "$BASE/data/$FLOW/all?updatedAfter=$SINCE"
run "availableconstraint .city-42. (mode exact)" "application/vnd.sdmx.structure+xml;version=2.1" \
  "$BASE/availableconstraint/$FLOW/.city-42."
CONNECTIONS=1 run "availableconstraint all (the whole dataflow, 60,000 obs; one client)" \
  "application/vnd.sdmx.structure+xml;version=2.1" "$BASE/availableconstraint/$FLOW/all"
