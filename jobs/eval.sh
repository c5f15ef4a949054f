#!/usr/bin/env bash
# Scores the analysis against annotated sets, with the metrics of ../shared/eval/score.py (no Spark needed):
#   jobs/eval.sh quotes GOLD.jsonl [GOLD.jsonl ...] [--predictions DIR]
#   jobs/eval.sh identity --tables OUT   (a run's speaker ids; this one starts Spark in local mode)
# Predictions are written as JSON lines (default target/eval/<set>.predictions.jsonl) for inspection or score.py.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

qs_ensure_jar
qs_ensure_spark_classpath   # quotes and stance need only the logging API OpenNLP uses; identity starts Spark
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2086
exec java -Xmx"${QS_DRIVER_MEMORY:-2g}" $QS_SPARK_FLAGS ${QS_JAVA_OPTS:-} -cp "$QS_JAR:$(cat "$QS_SPARK_CP")" "$QS_MAIN" eval "$@"
