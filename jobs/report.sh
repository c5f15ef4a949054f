#!/usr/bin/env bash
# Writes the HTML report of a run's tables:   jobs/report.sh --tables out --output out/report.html [--party NAME]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

qs_ensure_jar
qs_ensure_spark_classpath
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2086
exec java -Xmx"${QS_DRIVER_MEMORY:-2g}" -XX:TieredStopAtLevel=1 $QS_SPARK_FLAGS ${QS_JAVA_OPTS:-} \
  -cp "$QS_JAR:$(cat "$QS_SPARK_CP")" "$QS_MAIN" report "$@"
