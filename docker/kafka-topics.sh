#!/usr/bin/env bash
# Creates the platform's topics from tools/kafka-runtime/topics.conf (the file ./wego uses), once, before any service
# starts: the broker does not auto-create topics. Existing topics get the declared configs (retention) again.
set -euo pipefail
BOOTSTRAP=${BOOTSTRAP:-kafka:9092}
KT=/opt/kafka/bin/kafka-topics.sh
KC=/opt/kafka/bin/kafka-configs.sh
grep -v '^[[:space:]]*#' /etc/wego/topics.conf | while read -r name partitions configs; do
  [[ -n "${name:-}" ]] || continue
  args=()
  IFS=',' read -ra pairs <<< "${configs:-}"
  for pair in "${pairs[@]}"; do args+=(--config "$pair"); done
  "$KT" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name" --partitions "$partitions" \
    --replication-factor 1 "${args[@]}"
  [[ -z "${configs:-}" ]] || "$KC" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$name" \
    --add-config "$configs"
done
echo "topics ready"
