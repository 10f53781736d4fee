#!/usr/bin/env bash
# How long one DCAT-AP catalogue page of 100 datasets (the demo resources repeated) takes to build and write, per
# format: Jena's JSON-LD 1.1 writers (pretty, plain, flat), Jena's Turtle writers, and the service's JsonLdWriter.
# Best of 40 rounds each, in one run (ratios, not absolute numbers, on this noisy machine). No services needed.
# Usage: bench/dcat-write.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
[[ -f knowledge-service/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q install -DskipTests -pl knowledge-service -am
./mvnw -B -q -o compile -pl knowledge-service
java -cp "knowledge-service/target/classes:knowledge-service/target/quarkus-app/lib/main/*" \
  bench/knowledge/DcatWriteBench.java 2>&1 | grep -v -E 'SLF4J|slf4j|WARN'
