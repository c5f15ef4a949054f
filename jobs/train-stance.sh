#!/usr/bin/env bash
# Trains the stance model and writes its weights (no text) where the jar picks them up:
#   jobs/train-stance.sh [--train FILE] [--dev FILE] [--out FILE] [--epochs N --rate R --l2 L --runs K --seed S]
# Defaults: ../shared/eval/stance/newsmtsc-train.jsonl, reporting on newsmtsc-dev.jsonl, into data/models/stance.bin.gz.
# Deterministic: the same data and options give the same file.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

args=("$@")
qs_has_option --train "$@" || args+=(--train "$QS_ROOT/../shared/eval/stance/newsmtsc-train.jsonl")
qs_has_option --dev "$@" || { [[ -f "$QS_ROOT/../shared/eval/stance/newsmtsc-dev.jsonl" ]] && args+=(--dev "$QS_ROOT/../shared/eval/stance/newsmtsc-dev.jsonl"); }
qs_has_option --out "$@" || args+=(--out "$QS_ROOT/data/models/stance.bin.gz")

qs_ensure_jar
qs_ensure_spark_classpath
# shellcheck disable=SC2086
java -Xmx"${QS_DRIVER_MEMORY:-2g}" ${QS_JAVA_OPTS:-} -cp "$QS_JAR:$(cat "$QS_SPARK_CP")" "$QS_MAIN" train-stance "${args[@]}"
echo "rebuild the jar (mvn -DskipTests package) to ship the new model"
