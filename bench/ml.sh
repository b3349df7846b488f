#!/usr/bin/env bash
# Elastic-net path, Basis vs R's glmnet, in process, on the same seeded 100,000 x 50 design
# (SeededData.regression): best-of-N times of the whole default path (100 lambdas, glmnet's early
# stop) for alpha 1 and 0.5, and the largest coefficient difference along the common lambdas.
# Not part of the test suite: `mvn verify` never runs it. The JMH benchmarks of the module
# (feature pipeline, elastic-net path, boosted trees) run from the same jar:
#   java -jar basis-benchmarks/target/benchmarks.jar MlBenchmark -f 1 -wi 1 -i 3
#
# Usage: bench/ml.sh   (builds basis-benchmarks if its jar is missing)
# Environment: REPEATS=3 (timed runs per fit, after warm-up), BENCH_THREADS=1 (BLAS/OpenMP threads
# and the JVM's processor count), KEEP=1 (keep the temp folder)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/basis-benchmarks/target/benchmarks.jar"
REPEATS="${REPEATS:-3}"
BENCH_THREADS="${BENCH_THREADS:-1}"
export OPENBLAS_NUM_THREADS="$BENCH_THREADS" OMP_NUM_THREADS="$BENCH_THREADS" MKL_NUM_THREADS="$BENCH_THREADS"
Rscript -e 'library(glmnet)' >/dev/null 2>&1 || { echo "R's glmnet is missing: apt-get install r-cran-glmnet"; exit 1; }
if [[ ! -f "$JAR" ]]; then
  echo "Building $JAR ..."
  (cd "$ROOT" && mvn -B -q -pl basis-benchmarks -am package -DskipTests)
fi
JAVA=(java -XX:ActiveProcessorCount="$BENCH_THREADS" -Xms2g -Xmx2g -cp "$JAR" io.github.basisspread.benchmarks.compare.ElasticNetCompare)
DIR="$(mktemp -d "${TMPDIR:-/tmp}/basis-ml.XXXXXX")"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$DIR"' EXIT
"${JAVA[@]}" generate "$DIR"
"${JAVA[@]}" run "$DIR" "$REPEATS"
echo "== elastic-net path, 100,000 x 50: Basis vs glmnet, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg) =="
Rscript "$ROOT/bench/ml.R" "$DIR" "$REPEATS"
