#!/usr/bin/env bash
# Labels the stance toward each target, without Spark:
#   jobs/classify-stance.sh IN.jsonl OUT.jsonl [--model FILE]
# IN lines: {"id", "text", "target_start", "target_end"} (code-point offsets); OUT lines: {"id", "label", "score"}.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

qs_ensure_jar
qs_ensure_spark_classpath   # only for the logging API OpenNLP uses; Spark itself is not started
# shellcheck disable=SC2086
exec java -Xmx"${QS_DRIVER_MEMORY:-1g}" -XX:TieredStopAtLevel=1 ${QS_JAVA_OPTS:-} -cp "$QS_JAR:$(cat "$QS_SPARK_CP")" \
  "$QS_MAIN" classify-stance "$@"
