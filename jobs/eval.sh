#!/usr/bin/env bash
# Scores the analysis against annotated sets, with the metrics of ../shared/eval/score.py (no Spark needed):
#   jobs/eval.sh quotes GOLD.jsonl [GOLD.jsonl ...] [--predictions DIR]
# Predictions are written as JSON lines (default target/eval/<set>.predictions.jsonl) for inspection or score.py.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

qs_ensure_jar
qs_ensure_spark_classpath   # only for the logging API OpenNLP uses; Spark itself is not started
# shellcheck disable=SC2086
exec java -Xmx"${QS_DRIVER_MEMORY:-2g}" ${QS_JAVA_OPTS:-} -cp "$QS_JAR:$(cat "$QS_SPARK_CP")" "$QS_MAIN" eval "$@"
