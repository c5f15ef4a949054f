#!/usr/bin/env bash
# Trains the speaker ranker and writes its weights (feature names and numbers, no text) where the jar picks them up:
#   jobs/train-speakers.sh [GOLD.jsonl ...] [--out FILE]
# Defaults: ../shared/eval/quotes/ggt-dev.jsonl and ../shared/eval/world/world-quotes.jsonl, into
# data/models/speakers.tsv.gz. Deterministic: the same sets give the same file. `jobs/eval.sh quotes --cv` measures
# the ranker trained this way on folds it was not trained on.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

args=()
sets=0
for a in "$@"; do [[ "$a" == *.jsonl ]] && sets=$((sets + 1)); args+=("$a"); done
if (( sets == 0 )); then
  args+=("$QS_ROOT/../shared/eval/quotes/ggt-dev.jsonl" "$QS_ROOT/../shared/eval/world/world-quotes.jsonl")
fi
qs_has_option --out "$@" || args+=(--out "$QS_ROOT/data/models/speakers.tsv.gz")

qs_ensure_jar
qs_ensure_spark_classpath
# shellcheck disable=SC2086
java -Xmx"${QS_DRIVER_MEMORY:-2g}" ${QS_JAVA_OPTS:-} -cp "$QS_JAR:$(cat "$QS_SPARK_CP")" "$QS_MAIN" train-speakers "${args[@]}"
echo "rebuild the jar (mvn -DskipTests package) to ship the new model"
