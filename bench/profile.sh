#!/usr/bin/env bash
# CPU profile of a running JVM (the gateway or a service, under load from wrk or a bench script meanwhile) with
# async-profiler from Maven Central: attach, sample every millisecond of CPU time for N seconds (event cpu: perf events where the kernel allows them, PROFILE_EVENT=itimer otherwise; itimer needs no
# perf_event access), write collapsed stacks, print the frames that burn most. This is how the gateway's per-request
# costs behind bench/gateway.sh were found (an exception per claim read, cross-thread wake-ups, the log thread).
# Usage: bench/profile.sh <pid> [seconds, default 20] [output, default /tmp/profile-<pid>.collapsed]
#   e.g. PID of the gateway: ss -ltnp | grep ':8080 '
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PID="${1:?usage: bench/profile.sh <pid> [seconds] [output]}"
SECONDS_TO_SAMPLE="${2:-20}"
OUT="${3:-/tmp/profile-$PID.collapsed}"
AP_VERSION=4.1
TOOLS="${WEGO_HOME:-$ROOT/.wego}/tools/async-profiler-$AP_VERSION"
if [[ ! -f "$TOOLS/linux-x64/libasyncProfiler.so" ]]; then
  ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$AP_VERSION" -DoutputDirectory="$TOOLS"
  (cd "$TOOLS" && jar xf "async-profiler-$AP_VERSION.jar" linux-x64/libasyncProfiler.so)
fi
attach() { java "$ROOT/bench/profile/Attach.java" "$PID" "$TOOLS/linux-x64/libasyncProfiler.so" "$1"; }

attach "start,event=${PROFILE_EVENT:-cpu},interval=1ms"
sleep "$SECONDS_TO_SAMPLE"
attach "stop,file=$OUT,collapsed"

# Collapsed stacks: "frame;frame;...;leaf count". Self time per leaf frame, then time spent under WeGO code.
echo "samples: $(awk '{ n += $NF } END { print n }' "$OUT")   stacks: $OUT (flame graph: any collapsed-stack viewer)"
echo "--- frames with the most samples of their own"
awk '{ n = $NF; stack = substr($0, 1, length($0) - length($NF) - 1); k = split(stack, f, ";"); self[f[k]] += n; total += n }
     END { for (leaf in self) printf "%6.1f%%  %s\n", self[leaf] * 100 / total, leaf }' "$OUT" | sort -rn | head -25
echo "--- WeGO frames, with everything they call"
awk '{ n = $NF; stack = substr($0, 1, length($0) - length($NF) - 1); k = split(stack, f, ";"); delete seen
       for (i = 1; i <= k; i++) if (f[i] ~ /org\/wego\// && !(f[i] in seen)) { seen[f[i]] = 1; under[f[i]] += n }
       total += n }
     END { for (frame in under) printf "%6.1f%%  %s\n", under[frame] * 100 / total, frame }' "$OUT" | sort -rn | head -20
