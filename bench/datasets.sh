#!/usr/bin/env bash
# Automatic ARIMA against forecast::auto.arima on 25 classic datasets of R's datasets package
# (monthly, quarterly and annual; seasonal and not): the order, seasonal order and coefficient
# names each tool chooses, and both log-likelihoods. Needs R with r-cran-forecast; builds
# basis-benchmarks if its jar is missing. Not part of the test suite.
# R's printed log-likelihood of a differenced model is that of its 1e6 diffuse prior, up to a
# few 1e-3 above the exact value our fit reports (see the Accuracy section of the README).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/basis-benchmarks/target/benchmarks.jar"
command -v Rscript >/dev/null || { echo "Rscript not found: install r-base-core r-cran-forecast"; exit 1; }
[[ -f "$JAR" ]] || (cd "$ROOT" && mvn -B -q -pl basis-benchmarks -am package -DskipTests)
DIR="$(mktemp -d "${TMPDIR:-/tmp}/basis-datasets.XXXXXX")"
trap 'rm -rf "$DIR"' EXIT
Rscript "$ROOT/bench/datasets.R" "$DIR"
java -cp "$JAR" io.github.basisspread.benchmarks.compare.DatasetCheck "$DIR"
