#!/usr/bin/env bash
# JMH micro-benchmarks of the analysis core alone (one thread), no Spark:
#   jobs/jmh.sh [JMH options]      e.g.  jobs/jmh.sh -prof gc      (allocation per operation)
# Default: every benchmark in quotestance.bench. Results also go to target/jmh-result.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
qs_need_tools
cd "$QS_ROOT"
mvn -q -B test-compile >/dev/null || qs_die "test-compile failed"
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null \
  || qs_die "cannot resolve the test classpath"
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  -rf json -rff target/jmh-result.json "${@:-quotestance.bench}"
