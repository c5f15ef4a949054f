# Shared by the jobs/ scripts: where things are, the JVM flags Spark needs on Java 17, and building on demand.
# shellcheck shell=bash

QS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QS_JAR="$QS_ROOT/target/quotestance-0.1.0.jar"
QS_SPARK_CP="$QS_ROOT/target/spark-classpath.txt"
QS_MAIN=quotestance.cli.Main

# What Spark's launcher adds to every JVM it starts (../shared/notes/spark-on-java17.md).
QS_SPARK_FLAGS="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector \
--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
--add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"

qs_die() {
  echo "error: $*" >&2
  exit 2
}

qs_need_tools() {
  command -v java >/dev/null || qs_die "java not found: install JDK 17"
  command -v mvn >/dev/null || qs_die "mvn not found: install Apache Maven"
}

# Builds the shaded jar when it is missing or older than the sources or the pom.
qs_ensure_jar() {
  qs_need_tools
  if [[ ! -f "$QS_JAR" ]] || [[ -n "$(find "$QS_ROOT/src/main" "$QS_ROOT/pom.xml" -newer "$QS_JAR" -print -quit 2>/dev/null)" ]]; then
    echo "building $QS_JAR ..." >&2
    local log="$QS_ROOT/target/build.log"
    mkdir -p "$QS_ROOT/target"
    (cd "$QS_ROOT" && mvn -B -DskipTests package) >"$log" 2>&1 || { tail -30 "$log" >&2; qs_die "the build failed (log: $log)"; }
  fi
}

# The Spark runtime classpath Maven resolved (Spark is 'provided': not in the application jar).
qs_ensure_spark_classpath() {
  qs_need_tools
  if [[ ! -s "$QS_SPARK_CP" ]] || [[ "$QS_ROOT/pom.xml" -nt "$QS_SPARK_CP" ]]; then
    mkdir -p "$QS_ROOT/target"
    (cd "$QS_ROOT" && mvn -B dependency:build-classpath -Dmdep.includeScope=provided \
      -Dmdep.outputFile="$QS_SPARK_CP") >"$QS_ROOT/target/classpath.log" 2>&1 \
      || { tail -30 "$QS_ROOT/target/classpath.log" >&2; qs_die "cannot resolve the Spark classpath with Maven"; }
  fi
}

# True when the argument list has the option $1 (as "--opt value" or "--opt=value").
qs_has_option() {
  local want="$1"
  shift
  local a
  for a in "$@"; do
    [[ "$a" == "$want" || "$a" == "$want="* ]] && return 0
  done
  return 1
}

# The paths given to --input (one or more values, or --input=PATH), one per line.
qs_input_paths() {
  local taking=0 a
  for a in "$@"; do
    case "$a" in
      --input=*) echo "${a#--input=}"; taking=0 ;;
      --input) taking=1 ;;
      -*) taking=0 ;;
      *) [[ $taking == 1 ]] && echo "$a" ;;
    esac
  done
}

# JIT flags for a local run over the given input paths. A short run spends a third of its CPU in the
# optimising (C2) compiler, on code it then runs for seconds only: below QS_QUICK_JIT_MB (default 50) MB of
# local input, the quick compiler alone finishes sooner (measured in README "Benchmarks"). QS_JIT=quick or
# QS_JIT=full forces either.
qs_jit_flags() {
  local mode="${QS_JIT:-auto}"
  if [[ "$mode" == auto ]]; then
    local bytes
    bytes=$(du -sbcL "$@" 2>/dev/null | tail -1 | cut -f1) || bytes=""
    if [[ "$bytes" =~ ^[0-9]+$ ]] && ((bytes > 0 && bytes < ${QS_QUICK_JIT_MB:-50} * 1000000)); then mode=quick; else mode=full; fi
  fi
  [[ "$mode" == quick ]] && echo "-XX:TieredStopAtLevel=1"
  return 0
}
