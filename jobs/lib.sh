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
