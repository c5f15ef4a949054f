#!/usr/bin/env bash
# Runs the job in Spark local mode (local[*]) on this machine: builds the jar when missing or stale, then
#   quotestance run --input data/sample --output out [your options]
# Any option of `run` may be given (see jobs/run-local.sh --help); --input and --output default as above.
# Memory: QS_DRIVER_MEMORY (default 4g) sizes the one local JVM. JIT: inputs under 50 MB use the quick
# compiler only (faster for short runs); QS_JIT=full or QS_JIT=quick overrides (see jobs/lib.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

qs_ensure_jar
qs_ensure_spark_classpath

args=("$@")
if ! qs_has_option --help "$@" && ! qs_has_option -h "$@"; then
  qs_has_option --input "$@" || args=(--input "$QS_ROOT/data/sample" "${args[@]}")
  qs_has_option --output "$@" || args=(--output "$QS_ROOT/out" "${args[@]}")
fi

export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
mapfile -t inputs < <(qs_input_paths "${args[@]}")
jit=$(qs_jit_flags "${inputs[@]}")
# shellcheck disable=SC2086
exec java -Xmx"${QS_DRIVER_MEMORY:-4g}" $QS_SPARK_FLAGS $jit ${QS_JAVA_OPTS:-} \
  -cp "$QS_JAR:$(cat "$QS_SPARK_CP")" "$QS_MAIN" run "${args[@]}"
