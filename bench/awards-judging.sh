#!/usr/bin/env bash
# JMH benchmark of the awards judging engine (issue: awards-service): ranking with normalisation of 1,000 entries ×
# 5 judges × 5 criteria (target < 50 ms) and automatic assignment of 1,000 entries to 60 judges with conflicts.
# Usage: bench/awards-judging.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q install -DskipTests -pl bench/jmh -am
CP="bench/jmh/target/classes:$(./mvnw -B -q dependency:build-classpath -pl bench/jmh -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)"
java -Xms512m -Xmx512m -cp "$CP" org.openjdk.jmh.Main AwardsJudgingBenchmark -wi 3 -w 2s -i 5 -r 3s -f 1 "$@"
