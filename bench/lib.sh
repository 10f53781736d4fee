# Shared by the bench scripts: wrk runs reduced to one row each, kept in RPS/P99 by key, and number helpers.
# Source it; it defines wrk_row, to_ms and bench_token.
declare -gA RPS P99 P50
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v/1000; else if (v ~ /ms$/) print v+0; else if (v ~ /s$/) print v*1000; else print v }'; }

# wrk_row key seconds url [token] [lua script]: runs wrk and records req/s, p50 and p99 (ms) under key; fails on
# non-2xx answers.
wrk_row() {
  local key=$1 seconds=$2 url=$3 token=${4:-} script=${5:-} out errors args=()
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$script" ]] && args+=(-s "$script")
  out=$(wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --latency "${args[@]}" "$url")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  if [[ -n "$errors" ]]; then echo "$url: $errors non-2xx answers" >&2; return 1; fi
  RPS[$key]=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  P50[$key]=$(to_ms "$(awk '$1=="50%" {print $2}' <<< "$out")")
  P99[$key]=$(to_ms "$(awk '$1=="99%" {print $2}' <<< "$out")")
}

# bench_token user: an access token of a demo user from the local Keycloak (password grant, wego-frontend).
bench_token() {
  curl -fs -d grant_type=password -d client_id=wego-frontend -d username="$1" -d password="$1" \
    "${WEGO_KEYCLOAK_URL:-http://localhost:8180}/realms/wego/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
