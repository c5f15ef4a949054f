#!/usr/bin/env bash
# Submits the job to a Spark cluster (standalone, YARN, Kubernetes) with spark-submit:
#   jobs/submit.sh [--master URL] [spark-submit options --] [COMMAND] [job options]
# COMMAND defaults to `run`. Uses $SPARK_HOME/bin/spark-submit when SPARK_HOME is set; otherwise Spark's
# own SparkSubmit class from the jars Maven resolved (enough for jobs/local-cluster.sh on this machine).
# Extra spark-submit options (e.g. --executor-memory 4g --conf k=v) go before a `--`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

master="${SPARK_MASTER:-}"
submit_opts=()
if [[ "${1:-}" == "--master" ]]; then
  [[ $# -ge 2 ]] || qs_die "--master needs a URL"
  master="$2"
  shift 2
elif [[ "${1:-}" == --master=* ]]; then
  master="${1#--master=}"
  shift
fi
if [[ " $* " == *" -- "* ]]; then
  while [[ $# -gt 0 && "$1" != "--" ]]; do submit_opts+=("$1"); shift; done
  shift
fi
[[ -n "$master" ]] || qs_die "no Spark master: pass --master URL (e.g. spark://host:7077, yarn, k8s://...)"

command=run
if [[ $# -gt 0 && "$1" != -* ]]; then
  command="$1"
  shift
fi

qs_ensure_jar
flags="$(echo $QS_SPARK_FLAGS)"
# QS_JIT=quick: the quick compiler alone in the driver and every executor. Worth it only for short jobs, where
# each JVM's optimising compiler would compete with the tasks for the cores (README "Benchmarks").
jit=""
[[ "${QS_JIT:-}" == quick ]] && jit="-XX:TieredStopAtLevel=1"
flags="$flags${jit:+ $jit}"
conf=(--conf "spark.driver.extraJavaOptions=$flags" --conf "spark.executor.extraJavaOptions=$flags")
if [[ "$master" == spark://127.0.0.1:* || "$master" == spark://localhost:* ]]; then
  conf+=(--conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1)
  export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
fi

if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  exec "$SPARK_HOME/bin/spark-submit" --master "$master" --class "$QS_MAIN" "${conf[@]}" "${submit_opts[@]}" \
    "$QS_JAR" "$command" "$@"
fi

qs_ensure_spark_classpath
cluster_conf="$QS_ROOT/.local-cluster/spark-home/conf"
cp_prefix=""
[[ -d "$cluster_conf" ]] && cp_prefix="$cluster_conf:"
export SPARK_SCALA_VERSION=2.13
# shellcheck disable=SC2086
exec java -Xmx"${QS_DRIVER_MEMORY:-2g}" $QS_SPARK_FLAGS $jit -cp "$cp_prefix$(cat "$QS_SPARK_CP")" \
  org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client --class "$QS_MAIN" \
  "${conf[@]}" "${submit_opts[@]}" "$QS_JAR" "$command" "$@"
