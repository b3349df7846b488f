#!/usr/bin/env bash
# Cross-tool comparison: the same seeded inputs fitted by R, statsmodels/numpy and Basis, in one
# run on one machine. Prints a table of best-of-N times, ratios to Basis, and a log-likelihood
# check (every tool's estimates are evaluated by one common log-likelihood; ours must be equal or
# better within 1e-6 relative). Not part of the test suite: `mvn verify` never runs it.
#
# Usage: bench/compare.sh            (from anywhere; builds basis-benchmarks if its jar is missing)
# Environment:
#   REPEATS=3        timed runs per fit, after untimed warm-up runs (R, Python: one; Basis: at least 3 and 3 s, for the JIT); the minimum is reported
#   BENCH_THREADS=1  threads for BLAS (OpenBLAS/MKL/OpenMP) and the JVM's processor count
#   KEEP=1           keep the temp folder with the inputs and per-tool results
#   PYTHON=/usr/bin/python3   the Python with statsmodels (the pyenv python3 lacks it)
#   SKIP_WHOLE=1     skip the whole-process rows (./basis and Rscript on the same CSV files, bench/whole.R)
#   WHOLE_RUNS=5     timed runs of each whole-process command (after one untimed run); the medians are reported
#   WHOLE_ONLY=1     only the whole-process rows (skips the in-process fits and statsmodels)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
JAR="$ROOT/basis-benchmarks/target/benchmarks.jar"
REPEATS="${REPEATS:-3}"
WHOLE_RUNS="${WHOLE_RUNS:-5}"
BENCH_THREADS="${BENCH_THREADS:-1}"
PYTHON="${PYTHON:-/usr/bin/python3}"
CORES="$(getconf _NPROCESSORS_ONLN)"  # before the exports below: nproc honours OMP_NUM_THREADS
export OPENBLAS_NUM_THREADS="$BENCH_THREADS" OMP_NUM_THREADS="$BENCH_THREADS" MKL_NUM_THREADS="$BENCH_THREADS"

have_r=1
have_py=1

# --- dependencies ---------------------------------------------------------------------------
missing=()
for pkg in r-base-core r-cran-forecast r-cran-fgarch r-cran-urca python3-statsmodels; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} with apt-get ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]}."
    echo "Install them as root: apt-get install ${missing[*]} (this script does so when run as root)."
    echo "Tools whose packages are missing are skipped."
  fi
fi
command -v Rscript >/dev/null || { echo "Rscript not found: R rows skipped."; have_r=0; }
"$PYTHON" -c 'import statsmodels' 2>/dev/null || { echo "$PYTHON has no statsmodels: Python rows skipped."; have_py=0; }

# --- build ----------------------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
  echo "Building $JAR ..."
  (cd "$ROOT" && mvn -B -q -pl basis-benchmarks -am package -DskipTests)
fi
JAVA=(java -XX:ActiveProcessorCount="$BENCH_THREADS" -Xms4g -Xmx4g -cp "$JAR" io.github.basisspread.benchmarks.compare.Compare)

# --- inputs ---------------------------------------------------------------------------------
DIR="$(mktemp -d "${TMPDIR:-/tmp}/basis-compare.XXXXXX")"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$DIR"' EXIT
"${JAVA[@]}" generate "$DIR"

status=0
if [[ -z "${WHOLE_ONLY:-}" ]]; then
# --- fits -----------------------------------------------------------------------------------
echo "Fitting with Basis ..."
"${JAVA[@]}" run "$DIR" "$REPEATS"
if ((have_r)); then
  echo "Fitting with R ..."
  Rscript "$BENCH/compare.R" "$DIR" "$REPEATS"
fi
if ((have_py)); then
  echo "Fitting with statsmodels/numpy ..."
  "$PYTHON" "$BENCH/compare.py" "$DIR" "$REPEATS"
fi

# --- report ---------------------------------------------------------------------------------
echo
echo "== Basis vs R vs statsmodels: $(date -u '+%Y-%m-%d %H:%M UTC') =="
echo "machine: $CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); R: $( ((have_r)) && Rscript -e 'cat(R.version.string)' 2>/dev/null || echo none)"
echo "python: $( ((have_py)) && "$PYTHON" -c 'import sys,numpy,statsmodels; print(sys.version.split()[0], "numpy", numpy.__version__, "statsmodels", statsmodels.__version__)' || echo none)"
echo "timing: inside each tool, untimed warm-up runs (R, Python: one; Basis: 3 s of runs, for the JIT) then the best of $REPEATS runs (start-up, imports, JIT and"
echo "        file reading excluded); BLAS and JVM limited to $BENCH_THREADS thread(s). 'x ours' = tool time / Basis time."
echo "check:  each tool's estimates evaluated by one log-likelihood (exact diffuse Kalman filter; Gaussian OLS;"
echo "        exact ARIMA likelihood with sigma2 concentrated out, by Basis with all coefficients fixed; GARCH(1,1)"
echo "        likelihood with fGarch's recursion start, GarchSpec.logLikelihood);"
echo "        ours must be >= theirs - 1e-6 relative. auto_arima (40 x 1,000, forecast::auto.arima defaults vs"
echo "        AutoArima.of(), both one series after the other): time, sum of each tool's own log-likelihoods,"
echo "        and the number of series whose chosen (p,d,q,constant) agree; informational, not in the exit status."
echo "        vecm (2 x 100,000, rank 1, two lagged differences, \"co\"; statsmodels cannot: its VECM builds a T x T matrix)"
echo "        and vecm_small (the first 4,000 rows): each tool's beta judged by the likelihood profiled at it."
echo
"${JAVA[@]}" report "$DIR" || status=$?
fi

# --- whole process ---------------------------------------------------------------------------
# The same inputs as CSV files, each fit run as one whole process of each tool: start-up, package
# loading, file reading, the JIT (Basis) and the output all count, as a user at the shell sees it.
# Basis runs through ./basis (its class-data-sharing archive is made by the first, untimed run);
# the columns of one file are fitted in parallel as the command does, on every core; R fits one
# after the other. Each command runs once untimed, then WHOLE_RUNS times: the medians of the wall
# time and of the CPU time (user + sys, every thread and child) are reported. On a shared machine
# the CPU time is the steadier figure: the wall time grows with the load, the CPU time much less.
if ((have_r)) && [[ -z "${SKIP_WHOLE:-}" ]]; then
  Rscript "$BENCH/whole.R" prepare "$DIR"
  "$ROOT/basis" --version >/dev/null   # builds the command if needed and makes its archive
  median() { sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  whole_stats() {  # "median-wall median-cpu" of WHOLE_RUNS runs of the command, after one untimed run
    local TIMEFORMAT='%R %U %S' t walls="" cpus="" r
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; echo "nan nan"; return; }
    for ((r = 0; r < WHOLE_RUNS; r++)); do
      t=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
      read -r w u s <<<"$t"
      walls+="$w"$'\n'
      cpus+="$(echo "$u + $s" | bc -l)"$'\n'
    done
    echo "$(printf '%s' "$walls" | median) $(printf '%s' "$cpus" | median)"
  }
  row() {  # name, then the commands of Basis and of R as two strings
    local bw bc rw rc
    read -r bw bc <<<"$(whole_stats $2)"
    read -r rw rc <<<"$(whole_stats $3)"
    printf '| %-50s | %6s s | %6s s | %5.1fx | %6s s | %6s s | %5.1fx |\n' "$1" "$bw" "$rw" \
      "$(echo "$rw / $bw" | bc -l)" "$bc" "$rc" "$(echo "$rc / $bc" | bc -l)"
  }
  echo
  echo "== whole process, median of $WHOLE_RUNS runs, $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg) =="
  echo "machine: $CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')); $(java -version 2>&1 | head -1); $(Rscript -e 'cat(R.version.string)' 2>/dev/null)"
  echo "| run (same CSV file for both)                       | Basis wall | R wall | R / Basis | Basis CPU | R CPU | R / Basis |"
  echo "|---|---|---|---|---|---|---|"
  row "auto-ARIMA, 40 series x 1,000 (auto.arima defaults)" \
    "$ROOT/basis fit arima --input $DIR/whole_auto.csv --all-columns --auto --format json" \
    "Rscript $BENCH/whole.R auto $DIR/whole_auto.csv"
  row "ten ARIMA(2,0,1) ML fits of 20,000 points" \
    "$ROOT/basis fit arima --input $DIR/whole_arima.csv --all-columns --order 2,0,1 --method ml --format json" \
    "Rscript $BENCH/whole.R arima $DIR/whole_arima.csv"
  row "local level MLE, 200,000 points (StructTS)" \
    "$ROOT/basis fit local-level --input $DIR/whole_ll.csv --column y --format json" \
    "Rscript $BENCH/whole.R ll $DIR/whole_ll.csv"
  row "start-up: --version (R: Rscript -e 'cat(1)')" "$ROOT/basis --version" "Rscript -e cat(1)"
  read -r jw jc <<<"$(whole_stats java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version)"
  echo "(the JVM alone, java -version with the launcher's flags: $jw s wall, $jc s CPU)"
fi

# --- Markov switching (issue 17): 2-regime switching AR(1), 20,000 points, one start each ------
if ((have_py)); then
  echo
  echo "== Markov-switching AR(1), k = 2, switching mean/AR/variance, 20,000 points, best of $REPEATS =="
  echo "   (in-process; statsmodels MarkovAutoregression.fit() defaults: 5 EM iterations then BFGS;"
  echo "    Basis withStarts(1): 20 EM iterations, BFGS, Hessian standard errors; same seeded file)"
  b=$(java -XX:ActiveProcessorCount="$BENCH_THREADS" -cp "$JAR" io.github.basisspread.benchmarks.MarkovSwitchingBenchmark "$DIR" "$REPEATS")
  p=$("$PYTHON" "$BENCH/markov.py" "$DIR" "$REPEATS")
  read -r _ bt bl <<<"$b"
  read -r _ pt pl <<<"$p"
  printf '| %-12s | %9s s | loglik %s |\n' Basis "$bt" "$bl" statsmodels "$pt" "$pl"
  printf '| statsmodels / Basis: %.1fx |\n' "$(echo "$pt / $bt" | bc -l)"
fi
exit "$status"
