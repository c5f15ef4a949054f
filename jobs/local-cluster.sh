#!/usr/bin/env bash
# A real Spark standalone cluster on this machine, on 127.0.0.1 only, from the Spark jars Maven resolved:
#   jobs/local-cluster.sh start [--workers N] [--cores C] [--memory M]   (default: 1 worker, 2 cores, 4g)
#   jobs/local-cluster.sh stop
#   jobs/local-cluster.sh status
# Then: jobs/submit.sh --master spark://127.0.0.1:7077 run --input ... --output ...
# State (pids, logs, the SPARK_HOME it builds) lives in .local-cluster/; processes are stopped by their PIDs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

state="$QS_ROOT/.local-cluster"
spark_home="$state/spark-home"
master_url="spark://127.0.0.1:7077"

prepare_spark_home() {
  qs_ensure_spark_classpath
  rm -rf "$spark_home"
  mkdir -p "$spark_home/jars" "$spark_home/conf" "$state/logs"
  local jar
  tr ':' '\n' <"$QS_SPARK_CP" | while read -r jar; do
    [[ -n "$jar" ]] && ln -sf "$jar" "$spark_home/jars/$(basename "$jar")"
  done
  # the job's own logging, plus the daemons' INFO lines this script waits for
  cp "$QS_ROOT/src/main/resources/log4j2.properties" "$spark_home/conf/"
  cat >>"$spark_home/conf/log4j2.properties" <<CONF
logger.master.name = org.apache.spark.deploy.master
logger.master.level = info
logger.worker.name = org.apache.spark.deploy.worker
logger.worker.level = info
CONF
  # The master's REST submission server (port 6066) takes jobs without any authentication: off. Submitting
  # goes through the RPC port 7077, as jobs/submit.sh does in client mode.
  cat >"$spark_home/conf/spark-defaults.conf" <<CONF
spark.driver.host 127.0.0.1
spark.driver.bindAddress 127.0.0.1
spark.master.rest.enabled false
CONF
}

daemon() { # name, main class, args...
  local name="$1" cls="$2"
  shift 2
  # SPARK_CONF_DIR too, so that a conf folder named in the caller's environment cannot replace this one
  # shellcheck disable=SC2086
  SPARK_HOME="$spark_home" SPARK_CONF_DIR="$spark_home/conf" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    nohup java -Xmx1g $QS_SPARK_FLAGS -cp "$spark_home/conf:$spark_home/jars/*" "$cls" "$@" \
    >"$state/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$state/$name.pid"
}

wait_for() { # log file, pattern, seconds
  local i
  for ((i = 0; i < $3; i++)); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "error: timed out waiting for '$2' in $1" >&2
  tail -20 "$1" >&2 || true
  return 1
}

running() {
  [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

start() {
  local workers=1 cores=2 memory=4g
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --workers) workers="$2"; shift 2 ;;
      --cores) cores="$2"; shift 2 ;;
      --memory) memory="$2"; shift 2 ;;
      *) qs_die "unknown option $1 (start takes --workers N --cores C --memory M)" ;;
    esac
  done
  if running "$state/master.pid"; then qs_die "a local cluster is already running (jobs/local-cluster.sh stop)"; fi
  prepare_spark_home
  daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080
  wait_for "$state/logs/master.log" "I have been elected leader" 60 || { stop; exit 1; }
  local w
  for ((w = 1; w <= workers; w++)); do
    mkdir -p "$state/work-$w"
    daemon "worker-$w" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" --memory "$memory" \
      --webui-port $((18080 + w)) --work-dir "$state/work-$w" "$master_url"
  done
  for ((w = 1; w <= workers; w++)); do
    wait_for "$state/logs/worker-$w.log" "Successfully registered with master" 90 || { stop; exit 1; }
  done
  echo "local cluster up: $master_url ($workers worker(s) x $cores core(s)); logs in $state/logs"
}

stop() {
  local pidfile stopped=0
  for pidfile in "$state"/worker-*.pid "$state"/master.pid; do
    [[ -f "$pidfile" ]] || continue
    local pid
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      stopped=$((stopped + 1))
    fi
    rm -f "$pidfile"
  done
  rm -rf "$state"/work-* # executors' copies of the application jar, one per submitted run
  echo "local cluster stopped ($stopped process(es))"
}

status() {
  if running "$state/master.pid"; then echo "running: $master_url"; else echo "not running"; fi
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: jobs/local-cluster.sh start [--workers N] [--cores C] [--memory M] | stop | status" >&2; exit 2 ;;
esac
