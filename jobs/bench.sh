#!/usr/bin/env bash
# Benchmarks the full job against the floor no job can beat on the same input: a copy that reads the JSONL
# and writes it as Parquet. Runs alternate (job, copy, job, copy, ...) in fresh JVMs with the same settings,
# start-up included, and the figures go to target/bench/bench-<time>.json for comparison over time.
#   jobs/bench.sh --input PATH [--runs N] [--master URL]      (default: data/sample, 3 runs, local[*])
# QS_DRIVER_MEMORY sets the heap of both (default 4g); both get the same JIT flags (qs_jit_flags in jobs/lib.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

input="$QS_ROOT/data/sample"
runs=3
master=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) input="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --master) master="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) qs_die "unknown option $1 (jobs/bench.sh --input PATH [--runs N] [--master URL])" ;;
  esac
done
[[ -e "$input" ]] || qs_die "input not found: $input"

qs_ensure_jar
qs_ensure_spark_classpath
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
work="$QS_ROOT/target/bench/work"
mkdir -p "$work"
cp_arg="$QS_JAR:$(cat "$QS_SPARK_CP")"
master_args=()
[[ -n "$master" ]] && master_args=(--master "$master")

now() { date +%s.%N; }
# shellcheck disable=SC2086
jit=$(qs_jit_flags "$input") # the same for both: the JVM settings are part of what is compared
echo "JVM flags: -Xmx${QS_DRIVER_MEMORY:-4g} ${jit:-(default JIT)} ${QS_JAVA_OPTS:-}"
jvm() { java -Xmx"${QS_DRIVER_MEMORY:-4g}" $QS_SPARK_FLAGS $jit ${QS_JAVA_OPTS:-} -cp "$cp_arg" "$QS_MAIN" "$@"; }
json_number() { sed -n "s/.*\"$1\" : \([0-9.]*\).*/\1/p" "$2" | head -1; }

rows=()
ratios=()
printf '%-4s %10s %10s %8s %12s %10s %10s %12s %12s\n' run job_s copy_s ratio articles/s MB/s copy_MB/s job_heap_MB copy_heap_MB
for ((i = 1; i <= runs; i++)); do
  t0=$(now)
  jvm run --input "$input" --output "$work/job" --mode overwrite "${master_args[@]}" >"$work/job.log" 2>&1 \
    || { tail -20 "$work/job.log" >&2; qs_die "the job failed (log: $work/job.log)"; }
  t1=$(now)
  jvm copy --input "$input" --output "$work/copy" "${master_args[@]}" >"$work/copy.log" 2>&1 \
    || { tail -20 "$work/copy.log" >&2; qs_die "the copy failed (log: $work/copy.log)"; }
  t2=$(now)
  manifest="$work/job/_manifest.json"
  articles=$(json_number articles "$manifest")
  chars=$(json_number text_chars "$manifest")
  job_heap=$(json_number driver_peak_heap_mb "$manifest")
  copy_heap=$(sed -n 's/.*peak heap \([0-9]*\) MB.*/\1/p' "$work/copy.log" | tail -1)
  row=$(awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="$articles" -v ch="$chars" -v jh="$job_heap" -v ch2="$copy_heap" -v r="$i" 'BEGIN {
    job = b - a; copy = c - b;
    printf "%d %.2f %.2f %.2f %.1f %.3f %.3f %s %s", r, job, copy, job / copy, n / job, ch / 1e6 / job, ch / 1e6 / copy, jh, ch2 }')
  read -r _ job_s copy_s ratio aps mbs cmbs jh ch <<<"$row"
  printf '%-4s %10s %10s %8s %12s %10s %10s %12s %12s\n' "$i" "$job_s" "$copy_s" "$ratio" "$aps" "$mbs" "$cmbs" "$jh" "$ch"
  rows+=("{\"run\": $i, \"job_seconds\": $job_s, \"copy_seconds\": $copy_s, \"ratio\": $ratio, \"articles_per_second\": $aps, \"job_mb_per_second\": $mbs, \"copy_mb_per_second\": $cmbs, \"job_peak_heap_mb\": ${jh:-null}, \"copy_peak_heap_mb\": ${ch:-null}}")
  ratios+=("$ratio")
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median ratio job/copy: $median  (input: $input, $articles articles, $chars characters of text; $(nproc) cores)"
out="$QS_ROOT/target/bench/bench-$(date -u +%Y%m%dT%H%M%SZ).json"
{
  echo "{\"input\": \"$input\", \"articles\": $articles, \"text_chars\": $chars, \"cores\": $(nproc), \"median_ratio\": $median,"
  echo " \"heap\": \"${QS_DRIVER_MEMORY:-4g}\", \"jit\": \"${jit:-default}\", \"master\": \"${master:-local[*]}\", \"runs\": ["
  (IFS=,; echo "  ${rows[*]}")
  echo "]}"
} >"$out"
echo "figures: $out"
