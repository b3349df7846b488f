#!/usr/bin/env bash
# The basis-spark scaling benchmark: S series x P points, auto-ARIMA per series, timed as a
# sequential loop, AutoArima.fitAll, Spark local[1] and local[2] (see ScalingBenchmark).
# Usage: bench/spark-scaling.sh [S] [P]   (default 1000 1000; the issue's full size is 10000 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so that the class path names the sibling modules' target/classes; basis-spark
# is the last module of the reactor and so writes the file last.
mvn -B -o -q -pl basis-spark -am compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/basis-spark/target/bench.cp"
opts=$(sed -n 's/.*<spark.jvm.options>\(.*\)<\/spark.jvm.options>.*/\1/p' basis-spark/pom.xml)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $opts -Xmx6g -Dlog4j2.configurationFile=basis-spark/src/test/resources/log4j2.properties \
  -cp "basis-spark/target/classes:$(cat basis-spark/target/bench.cp)" \
  io.github.basisspread.spark.example.ScalingBenchmark "${1:-1000}" "${2:-1000}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
