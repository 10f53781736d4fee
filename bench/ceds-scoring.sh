#!/usr/bin/env bash
# JMH benchmark of the CeDS scoring engine (issue: CeDS): one operation = scoring 10,000 assessments of 100 indicators.
# Target: < 1 s per operation. Usage: bench/ceds-scoring.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q install -DskipTests -pl bench/jmh -am
CP="bench/jmh/target/classes:$(./mvnw -B -q dependency:build-classpath -pl bench/jmh -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)"
java -Xms512m -Xmx512m -cp "$CP" org.openjdk.jmh.Main CedsScoringBenchmark -wi 3 -w 2s -i 5 -r 3s -f 1 "$@"
