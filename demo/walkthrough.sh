#!/usr/bin/env bash
# ./wego demo — walks journeys 1–4 against the running stack (./wego up) through the gateway, printing each exact
# request (as curl), the token it used (abridged) and the response, for frontend and partner developers to read.
set -euo pipefail
GATEWAY="${WEGO_GATEWAY_URL:-http://localhost:8080}"
KEYCLOAK="${WEGO_KEYCLOAK_URL:-http://localhost:8180}"
LINES="${DEMO_LINES:-18}"
BOLD=$'\e[1m'; DIM=$'\e[2m'; OFF=$'\e[0m'
[[ -t 1 ]] || { BOLD=""; DIM=""; OFF=""; }

field() { python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$1"; }
pretty() { python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2, ensure_ascii=False))' 2>/dev/null || cat; }

step() { printf '\n%s── %s%s\n' "$BOLD" "$*" "$OFF"; }
say() { printf '%s%s%s\n' "$DIM" "$*" "$OFF"; }

token_user() {
  curl -fs -d grant_type=password -d client_id=wego-frontend -d "username=$1" -d "password=$1" \
    "$KEYCLOAK/realms/wego/protocol/openid-connect/token" | field access_token
}
token_client() {
  curl -fs -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$2" \
    "$KEYCLOAK/realms/wego/protocol/openid-connect/token" | field access_token
}
show_token() { # how a token was obtained, and what it says
  printf '$ curl -s -d grant_type=%s ... %s/realms/wego/protocol/openid-connect/token\n' "$1" "$KEYCLOAK"
  python3 - "$2" <<'PY'
import base64, json, sys
t = sys.argv[1]
p = t.split('.')[1]
c = json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)))
roles = [r for r in c.get('realm_access', {}).get('roles', []) if not r.startswith(('default', 'offline', 'uma'))]
print('  access_token: %s…  (azp=%s, user=%s, roles=%s, city=%s, expires in %s s)' % (
    t[:24], c.get('azp'), c.get('preferred_username'), ','.join(roles), c.get('city', '-'), c['exp'] - c['iat']))
PY
}

# call METHOD PATH TOKEN [BODY] [ACCEPT] → prints the request and response; sets STATUS and BODY
call() {
  local method=$1 path=$2 token=$3 body=${4:-} accept=${5:-application/json} out
  local -a args=(-s -X "$method" -H "Accept: $accept" -w '\n%{http_code}')
  printf '$ curl -X %s %s%s' "$method" "$GATEWAY" "$path"
  if [[ -n "$token" ]]; then args+=(-H "Authorization: Bearer $token"); printf " \\\\\n    -H 'Authorization: Bearer %s…'" "${token:0:16}"; fi
  [[ "$accept" != application/json ]] && printf " -H 'Accept: %s'" "$accept"
  if [[ -n "$body" ]]; then args+=(-H 'Content-Type: application/json' -d "$body"); printf " \\\\\n    -H 'Content-Type: application/json' -d '%s'" "$body"; fi
  printf '\n'
  out=$(curl "${args[@]}" "$GATEWAY$path")
  STATUS=${out##*$'\n'}
  BODY=${out%$'\n'*}
  printf 'HTTP %s\n' "$STATUS"
  local shown
  if [[ "$accept" == *json* ]]; then shown=$(pretty <<< "$BODY"); else shown=$BODY; fi
  head -n "$LINES" <<< "$shown"
  [[ $(wc -l <<< "$shown") -le $LINES ]] || say "  … ($(wc -l <<< "$shown") lines, $(wc -c <<< "$BODY") bytes in all)"
}

curl -fs -o /dev/null "$GATEWAY/q/health/ready" || { echo "the stack is not up: run ./wego up first" >&2; exit 1; }
SUFFIX=$(date +%s | tail -c 6)
CITY="demo-city-$SUFFIX"
YEAR=$(date +%Y)

printf '%sWeGO platform walkthrough%s — every call goes through the gateway at %s\n' "$BOLD" "$OFF" "$GATEWAY"
printf 'Developer portal: %s/docs/   merged OpenAPI: %s/openapi   events: %s/asyncapi.yaml\n' "$GATEWAY" "$GATEWAY" "$GATEWAY"

step "Journey 1 — a city joins"
say "1.1 Anyone may apply, without a token:"
call POST /api/v1/membership/applications "" "{\"code\":\"$CITY\",\"name\":\"Demo City $SUFFIX\",\"country\":\"CL\",\"region\":\"AMERICAS\",\"type\":\"FULL\",\"population\":350000,\"contactName\":\"María Pérez\",\"contactEmail\":\"maria@demo-city.example\",\"motivation\":\"Learn from member cities' digital services\"}"
APP=$(field id <<< "$BODY")
SECRETARIAT=$(token_user secretariat); ADMIN=$(token_user admin)
say "1.2 The secretariat signs in (password grant of the frontend client) and recommends it:"
show_token password "$SECRETARIAT"
call POST "/api/v1/membership/applications/$APP/reviews" "$SECRETARIAT" '{"action":"RECOMMEND","comment":"Meets the criteria"}'
say "1.3 The secretariat may not decide (403); the admin approves:"
call POST "/api/v1/membership/applications/$APP/decision" "$SECRETARIAT" '{"decision":"APPROVE"}'
call POST "/api/v1/membership/applications/$APP/decision" "$ADMIN" "{\"decision\":\"APPROVE\",\"reason\":\"Executive Committee\",\"joinedOn\":\"$(date +%F)\"}"
say "1.4 The other services learn of the new member from the member.admitted event (Kafka), e.g. the public directory:"
for _ in $(seq 1 40); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$GATEWAY/api/v1/knowledge/directory/$CITY") == 200 ]] && break; sleep 0.25
done
call GET "/api/v1/knowledge/directory/$CITY" ""

step "Journey 2 — the WeGO Awards"
say "2.1 Editions and announced results are public:"
call GET /api/v1/awards/editions ""
EDITION=$(python3 -c "import json,sys; print(next(e['id'] for e in json.load(sys.stdin) if e['title']=='WeGO Awards 2024'))" <<< "$BODY")
call GET "/api/v1/awards/editions/$EDITION/results" ""
say "2.2 The normalised ranking of a category, as the secretariat sees it (tie-breaks declared by the edition):"
call GET "/api/v1/awards/editions/$EDITION/categories/SERVICES/ranking" "$SECRETARIAT"
say "2.3 Each winner arrived in the knowledge-service as a good-practice draft (winners.announced); an editor publishes it:"
WINNER=$(python3 -c "
import json,sys,uuid
w=json.load(sys.stdin)['winners'][0]['entryId']
print(uuid.UUID(bytes=__import__('hashlib').md5(('award-entry:'+w).encode()).digest(), version=3))" <<< "$(curl -s "$GATEWAY/api/v1/awards/editions/$EDITION/results")")
call GET "/api/v1/knowledge/resources/$WINNER" "$SECRETARIAT"
if [[ $(field status <<< "$BODY") == DRAFT ]]; then
  call POST "/api/v1/knowledge/resources/$WINNER/transitions" "$SECRETARIAT" '{"to":"IN_REVIEW"}'
  call POST "/api/v1/knowledge/resources/$WINNER/transitions" "$SECRETARIAT" '{"to":"PUBLISHED"}'
fi
say "2.4 Anyone can find it:"
call GET "/api/v1/knowledge/search?q=chatbot&size=3" ""

step "Journey 3 — CeDS self-assessment"
say "3.1 The secretariat starts a LOSI-style assessment for the new city (a city official would do the same for their own city):"
call POST /api/v1/ceds/assessments "$SECRETARIAT" "{\"city\":\"$CITY\",\"framework\":\"LOSI\",\"version\":\"2022\",\"year\":$YEAR}"
ASSESSMENT=$(field id <<< "$BODY")
# The framework's own indicator codes, in order (GET /api/v1/ceds/frameworks/LOSI/2022); yes to the first 58.
ANSWERS=$(curl -s -H "Authorization: Bearer $SECRETARIAT" "$GATEWAY/api/v1/ceds/frameworks/LOSI/2022" | python3 -c "
import json, sys
codes = [i['code'] for c in json.load(sys.stdin)['criteria'] for i in c['indicators']]
print(json.dumps({'answers': {c: k < 58 for k, c in enumerate(codes)}}))")
say "3.2 Answers (86 yes/no indicators; partial saves are fine), then submit for the score, level and plan:"
LINES=6 call PUT "/api/v1/ceds/assessments/$ASSESSMENT/answers" "$SECRETARIAT" "$ANSWERS"
call POST "/api/v1/ceds/assessments/$ASSESSMENT/submit" "$SECRETARIAT"
call GET "/api/v1/ceds/assessments/$ASSESSMENT/plan" "$SECRETARIAT"
call POST "/api/v1/ceds/assessments/$ASSESSMENT/publish" "$SECRETARIAT"
say "3.3 Another city's official cannot see a city's records:"
call GET "/api/v1/membership/members/$CITY/dues" "$(token_user official-nairobi)"

step "Journey 4 — partner feeds (client credentials)"
PARTNER=$(token_client undesa-feed undesa-feed-secret)
show_token client_credentials "$PARTNER"
say "4.1 SDMX 2.1 data, SDMX-JSON and SDMX-CSV; incremental with updatedAfter:"
call GET "/api/v1/ceds/sdmx/data/WEGO,CEDS_LOSI,2022/.$CITY.SCORE" "$PARTNER" "" "application/vnd.sdmx.data+json;version=1.0.0"
call GET "/api/v1/ceds/sdmx/data/WEGO,CEDS_LOSI,2022/all?startPeriod=2024&updatedAfter=2020-01-01T00:00:00Z" "$PARTNER" "" "application/vnd.sdmx.data+csv;version=1.0.0"
say "4.2 The DCAT-AP 3 catalogue (Turtle; JSON-LD by default), incremental with updatedAfter:"
call GET "/api/v1/knowledge/catalog?size=2" "$PARTNER" "" "text/turtle"
say "4.3 Membership statistics:"
call GET "/api/v1/membership/stats" "$PARTNER"
say "4.4 A partner token cannot write:"
call POST /api/v1/awards/editions "$PARTNER" '{"year":2030,"title":"x","submissionDeadline":"2030-01-01T00:00:00Z"}'
printf '\n%sDone.%s Journeys 1–5 also run as tests: ./wego test (e2e-tests, *JourneyTest).\n' "$BOLD" "$OFF"
