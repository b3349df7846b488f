/**
 * Basis on Apache Spark 4 DataFrames: the same library calls, one group per task on the
 * executors, so that a laptop ({@code local[*]}) and a cluster ({@code spark-submit}) give the
 * same numbers a single JVM gives.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.spark.GroupFits}: fit a {@link io.github.basisspread.spark.SeriesModel}
 *       (auto-ARIMA, ARIMA, local level, Ornstein-Uhlenbeck, GARCH) to every key of a long table
 *       of (key, time, value [, regressors]); one row per key with parameters, log-likelihood,
 *       information criteria, convergence and forecasts with intervals; a failing key gets a row
 *       with its error and never fails the job.</li>
 *   <li>{@link io.github.basisspread.spark.BasisColumns}: the as-of join of derivative quotes to
 *       spot with a maximum staleness, then the absolute, basis-point and annualized basis and
 *       the funding APR as columns equal to {@code basis-core} bit for bit.</li>
 *   <li>{@link io.github.basisspread.spark.Sweeps}: walk-forward evaluations and backtest
 *       parameter sweeps distributed by (key, parameter set).</li>
 * </ul>
 *
 * <p><b>No module descriptor.</b> The module is used on the class path, where Spark runs
 * ({@code spark-submit} and {@code local[*]} both start the class path): Spark's jars are
 * automatic modules with split packages (for example Hadoop's shaded client and Spark's own
 * {@code org.apache.spark.*} packages spread over several jars), so a named module that
 * {@code requires} Spark does not resolve on the module path. No other Basis module depends on
 * this one, so nothing is lost; the jar's manifest names it {@code io.github.basisspread.spark}
 * for users who still put it on the module path.
 *
 * <p><b>Java 17.</b> Spark 4.2.0 is compiled for Java 17 and needs the {@code --add-opens} options
 * of its launcher ({@link io.github.basisspread.spark.SparkJvmOptions#JAVA_17}); {@code spark-submit}
 * adds them to its own JVMs, a program that starts Spark in-process ({@code local[*]} from
 * {@code java -cp}, tests) must pass them itself.
 */
package io.github.basisspread.spark;
