package io.github.basisspread.models.arima;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.diagnostics.Kpss;
import io.github.basisspread.models.diagnostics.KpssResult;
import io.github.basisspread.models.diagnostics.Stl;
import io.github.basisspread.models.regression.OlsSpec;
import io.github.basisspread.models.regression.RegressionData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Automatic ARIMA order selection (Hyndman and Khandakar 2008, "Automatic time series
 * forecasting: the forecast package for R", J. Stat. Software 27(3); {@code forecast::auto.arima}
 * with its defaults): D from the seasonal strength (above 0.64), d from repeated KPSS tests at
 * the 5 % level, then the stepwise search on AICc over ARIMA(p, d, q)(P, D, Q)_s from the four
 * start models, moving P, Q, then p, q by one (singly and jointly), then toggling the constant,
 * until no neighbour improves or 94 models have been fitted. A model is rejected by forecast
 * 8.20's {@code myarima} rule only: its fit fails, a root of its AR or MA polynomial has modulus
 * below 1.01, or a coefficient has no standard error ({@code checkarima}: R rejects a NaN
 * standard error). Each candidate (and each refit) is estimated as R's {@code arima} estimates
 * it: R's objectives, its {@code tanh} AR transform and {@code optim}'s BFGS step for step
 * (Nash's variable metric with central-difference gradients, {@code ndeps = 1e-3},
 * {@code parscale}, {@code reltol}, 100 iterations) and {@code optimhess} Hessian, so the search
 * stops where R's does and ranks and refuses the same models (tested on 12,000 real hours,
 * candidate by candidate). The chosen model is then refitted to the full gradient tolerance and
 * kept if its likelihood is not lower.
 *
 * <p>Long series ({@code n > 150} or {@code s > 12}; {@link #withApproximation(boolean)} to
 * choose) are searched with CSS fits whose AICc is offset to the scale of the exact likelihood,
 * then the best models are refitted by CSS-ML in order until one passes (R's
 * {@code approximation}); {@link #withTruncation(int)} searches on the last values only (R's
 * {@code truncate}).
 *
 * <p>A constant series gets R's model: ARIMA(0,0,0) with the mean fixed at the value, sigma2 0
 * and log-likelihood +infinity. The returned fit's {@code sigma2()} is the maximum-likelihood
 * estimate of R's {@code arima} (residual sum of squares over the observations used); forecast
 * prints a degrees-of-freedom adjusted one, {@code RSS / (nobs - npar + 1)}.
 *
 * <p>The seasonal strength is {@code max(0, 1 - var(R) / var(S + R))} of the STL
 * decomposition ({@link io.github.basisspread.models.diagnostics.Stl}, seasonal window 11, as
 * forecast's {@code mstl}).
 *
 * <p>With {@link #withRegressors(String...)} the candidates are regressions with ARIMA errors
 * ({@code auto.arima(y, xreg = X)}); {@link #withStepwise(boolean) withStepwise(false)} searches
 * every order up to {@code p + q + P + Q = 5} instead ({@code stepwise = FALSE}), in parallel.
 * The limits of the search are auto.arima's options ({@code max.p}, {@code max.q}, {@code max.P},
 * {@code max.Q}, {@code max.d}, {@code max.D}, {@code max.order}, {@code nmodels}), each a
 * {@code withMax...} with R's default.
 *
 * <p>Immutable and thread-safe; {@link #fitAll(List)} fits many series in parallel, on the common
 * fork-join pool or the {@linkplain #withExecutor(Executor) executor given}.
 */
public final class AutoArima implements Estimator<ArimaData, ArimaFit> {

    /**
     * The longest seasonal period, 350: R's {@code arima} supports lags up to 350, and a seasonal
     * candidate of period s carries a state of about 2s + 1, its covariance (2s + 1)^2.
     */
    public static final int MAX_PERIOD = 350;

    /** One fitted candidate and its criterion (+infinity if rejected; fit null if not fittable). */
    private record Candidate(ArimaFit fit, double ic) {
    }
    /** The significance level of ndiffs' KPSS test (forecast's {@code alpha = 0.05}). */
    private static final double KPSS_LEVEL = 0.05;
    /** The largest AR or MA order an option accepts (the limit of {@link ArimaSpec}). */
    private static final int LARGEST_ORDER = ArimaSpec.MAX_ORDER;

    /** The choices of a selector, copied by every {@code with...}. */
    private static final class Settings implements Cloneable {
        private int period = 1;
        private int maxP = 5;
        private int maxQ = 5;
        private int maxSeasonalP = 2;
        private int maxSeasonalQ = 2;
        private int maxD = 2;
        private int maxSeasonalD = 1;
        /** forecast's {@code max.order}: the largest p + q + P + Q of the exhaustive search. */
        private int maxOrder = 5;
        /** forecast's {@code nmodels}: no stepwise move once this many models are fitted. */
        private int maxModels = 94;
        private List<String> regressors = List.of();
        private boolean stepwise = true;
        /** R's {@code approximation}: null = R's default {@code n > 150 || period > 12}. */
        private Boolean approximation;
        /** R's {@code truncate}: 0 = none. */
        private int truncation;
        /** Where parallel fits run; null = the common fork-join pool. */
        private Executor executor;

        Settings copy() {
            try {
                return (Settings) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final Settings settings;

    private AutoArima(Settings settings) {
        this.settings = settings;
    }

    /**
     * forecast's defaults for a non-seasonal series: max p = q = 5, max P = Q = 2 (used with a
     * period), max d = 2, max D = 1, max order 5, at most 94 models, the stepwise search.
     *
     * @return the selector
     */
    public static AutoArima of() {
        return new AutoArima(new Settings());
    }

    private AutoArima with(java.util.function.Consumer<Settings> change) {
        Settings s = settings.copy();
        change.accept(s);
        return new AutoArima(s);
    }

    private static int order(int value, int max, String name) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("Argument '" + name + "' must be between 0 and " + max
                    + " but has value " + value);
        }
        return value;
    }

    /**
     * Sets the seasonal period (max P = Q = 2, max D = 1 unless set).
     *
     * @param s the period, 1 (no seasonality) to {@link #MAX_PERIOD}; the series fitted must
     *     then hold more than two full periods of observed values
     * @return a new selector
     * @throws IllegalArgumentException if below 1 or above {@link #MAX_PERIOD}
     */
    public AutoArima withPeriod(int s) {
        if (s < 1 || s > MAX_PERIOD) {
            throw new IllegalArgumentException("Argument 'period' must be between 1 and " + MAX_PERIOD
                    + " (the longest seasonal lag R's arima supports) but has value " + s);
        }
        return with(x -> x.period = s);
    }

    /**
     * Sets auto.arima's {@code max.p}, the largest AR order searched (5 by default).
     *
     * @param p 0 to 50
     * @return a new selector
     * @throws IllegalArgumentException if out of range
     */
    public AutoArima withMaxP(int p) {
        int v = order(p, LARGEST_ORDER, "maxP");
        return with(x -> x.maxP = v);
    }

    /**
     * Sets auto.arima's {@code max.q}, the largest MA order searched (5 by default).
     *
     * @param q 0 to 50
     * @return a new selector
     * @throws IllegalArgumentException if out of range
     */
    public AutoArima withMaxQ(int q) {
        int v = order(q, LARGEST_ORDER, "maxQ");
        return with(x -> x.maxQ = v);
    }

    /**
     * Sets auto.arima's {@code max.P}, the largest seasonal AR order searched (2 by default).
     *
     * @param seasonalP 0 to 50
     * @return a new selector
     * @throws IllegalArgumentException if out of range
     */
    public AutoArima withMaxSeasonalP(int seasonalP) {
        int v = order(seasonalP, LARGEST_ORDER, "maxSeasonalP");
        return with(x -> x.maxSeasonalP = v);
    }

    /**
     * Sets auto.arima's {@code max.Q}, the largest seasonal MA order searched (2 by default).
     *
     * @param seasonalQ 0 to 50
     * @return a new selector
     * @throws IllegalArgumentException if out of range
     */
    public AutoArima withMaxSeasonalQ(int seasonalQ) {
        int v = order(seasonalQ, LARGEST_ORDER, "maxSeasonalQ");
        return with(x -> x.maxSeasonalQ = v);
    }

    /**
     * Sets auto.arima's {@code max.d}, the most differences the KPSS tests may choose (2 by default).
     *
     * @param d 0 to 3
     * @return a new selector
     * @throws IllegalArgumentException if out of range
     */
    public AutoArima withMaxD(int d) {
        int v = order(d, 3, "maxD");
        return with(x -> x.maxD = v);
    }

    /**
     * Sets auto.arima's {@code max.D}, the most seasonal differences (1 by default; the seasonal
     * strength test chooses 0 or 1).
     *
     * @param seasonalD 0 or 1
     * @return a new selector
     * @throws IllegalArgumentException if out of range
     */
    public AutoArima withMaxSeasonalD(int seasonalD) {
        int v = order(seasonalD, 1, "maxSeasonalD");
        return with(x -> x.maxSeasonalD = v);
    }

    /**
     * Sets auto.arima's {@code max.order}, the largest {@code p + q + P + Q} of the exhaustive
     * search (5 by default; the stepwise search is bounded by the single maxima).
     *
     * @param order at least 0
     * @return a new selector
     * @throws IllegalArgumentException if negative
     */
    public AutoArima withMaxOrder(int order) {
        int v = order(order, 4 * LARGEST_ORDER, "maxOrder");
        return with(x -> x.maxOrder = v);
    }

    /**
     * Sets auto.arima's {@code nmodels} (94 by default): the stepwise search makes no further
     * move once this many models have been fitted; as in R, the start models are fitted whatever
     * the limit.
     *
     * @param count at least 1
     * @return a new selector
     * @throws IllegalArgumentException if below 1
     */
    public AutoArima withMaxModels(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Argument 'maxModels' must be at least 1 but has value " + count);
        }
        return with(x -> x.maxModels = count);
    }

    /**
     * Regression with ARIMA errors ({@code auto.arima(y, xreg = X)}): every candidate carries the
     * regressors, named as given; d and D are chosen on the residuals of the least-squares
     * regression of y on an intercept and the non-constant regressors, and reduced by one when
     * differencing would make a regressor constant. The data passed to {@link #fit(ArimaData)}
     * must have one column per name.
     *
     * @param names one name per regressor column, non-blank and distinct
     * @return a new selector
     * @throws IllegalArgumentException if a name is null, blank or repeated
     */
    public AutoArima withRegressors(String... names) {
        // ArimaSpec validates the names (non-blank, distinct from each other and the ARMA terms).
        List<String> checked = ArimaSpec.of(0, 0, 0).withoutConstant().withRegressors(names).regressors();
        return with(x -> x.regressors = checked);
    }

    /**
     * Chooses between the stepwise search (the default) and the exhaustive one of
     * {@code auto.arima(stepwise = FALSE)}: every model with {@code p + q + P + Q} up to the
     * {@linkplain #withMaxOrder(int) maximum order} within the order limits, with and without the
     * constant where one is allowed, fitted in parallel (on the {@linkplain #withExecutor(Executor)
     * executor}; the result does not depend on the parallelism: ties go to the first model in R's
     * enumeration order); with the CSS approximation only the best model is then refitted by
     * CSS-ML, as R does.
     *
     * @param isStepwise true for the stepwise search
     * @return a new selector
     */
    public AutoArima withStepwise(boolean isStepwise) {
        return with(x -> x.stepwise = isStepwise);
    }

    /**
     * Sets auto.arima's {@code approximation}: search with CSS fits whose AICc is offset to the
     * scale of the exact likelihood, then refit the best candidates by CSS-ML in order of that
     * criterion until one passes. Without this call R's default applies: approximate when the
     * series (missing values included) is longer than 150 or the period is above 12.
     *
     * @param isApproximate true to search with CSS fits, false to fit every candidate by CSS-ML
     * @return a new selector
     */
    public AutoArima withApproximation(boolean isApproximate) {
        return with(x -> x.approximation = isApproximate);
    }

    /**
     * Sets auto.arima's {@code truncate}: with the approximation (given or by default), the orders
     * of differencing are chosen on the whole series but the search and the fit of the chosen
     * model use only its last {@code n} values, as R does (the returned model is estimated on
     * them); without the approximation the option has no effect, as in R. R's default is none.
     *
     * @param n the number of most recent values to search on, at least 10
     * @return a new selector
     * @throws IllegalArgumentException if n is below 10
     */
    public AutoArima withTruncation(int n) {
        if (n < 10) {
            throw new IllegalArgumentException("Argument 'truncation' must be at least 10 but has value " + n);
        }
        return with(x -> x.truncation = n);
    }

    /**
     * Runs the parallel work, the exhaustive search's candidate fits and {@link #fitAll(List)}'s
     * series, on an executor instead of the common fork-join pool (the default). Within
     * {@code fitAll} each series' own exhaustive search then runs sequentially in its task, so
     * that a bounded pool never waits on itself. Results do not depend on the executor.
     *
     * @param exec the executor, for example an application's bounded thread pool
     * @return a new selector
     * @throws IllegalArgumentException if null
     */
    public AutoArima withExecutor(Executor exec) {
        ArgChecker.notNull(exec, "executor");
        return with(x -> x.executor = exec);
    }

    /**
     * Selects and fits a model.
     *
     * @param y the series, NaN = missing (not modified)
     * @return the chosen model, fitted ({@code fit.spec()} holds the order)
     * @throws IllegalArgumentException if the series is null, holds an infinite value, or has
     *     fewer than 3 observed values, or not more than two full seasonal periods of them
     * @throws EstimationException if no candidate model could be fitted
     */
    public ArimaFit fit(double[] y) {
        if (!settings.regressors.isEmpty()) {
            throw new IllegalArgumentException("Argument 'y' comes without the regressors " + settings.regressors
                    + " this selector was given: pass ArimaData.of(y, regressors) to fit(ArimaData)");
        }
        return fit(ArimaData.of(y));
    }

    /**
     * Selects and fits a regression with ARIMA errors (see {@link #withRegressors(String...)}).
     *
     * @param data the series and one regressor column per name
     * @return the chosen model, fitted ({@code fit.spec()} holds the order and the regressors)
     * @throws IllegalArgumentException if data is null, its regressor count differs from the
     *     names, it has fewer than 3 observed values (or not more than two full seasonal periods
     *     of them), the regressors are collinear with each other or the intercept, or y is an
     *     exact linear function of them (R stops there too)
     * @throws EstimationException if no candidate model could be fitted
     */
    @Override
    public ArimaFit fit(ArimaData data) {
        return fit(data, null);
    }

    /**
     * As {@link #fit(ArimaData)}, writing R's {@code trace = TRUE} to {@code trace} when not null:
     * "candidate p d q constant criterion" for every model the search fits, in its order, and
     * "refit p d q constant aicc" for every refit without the approximation (criterion Infinity
     * when refused).
     */
    ArimaFit fit(ArimaData data, List<String> trace) {
        ArgChecker.notNull(data, "data");
        return select(data, trace).withTimesOf(data);
    }

    /** The selection of {@link #fit(ArimaData)}, without the times of the data. */
    private ArimaFit select(ArimaData data, List<String> trace) {
        List<String> regressors = settings.regressors;
        int period = settings.period;
        double sumOfSquares = 0;
        for (double v : data.yView()) {
            sumOfSquares += Double.isNaN(v) ? 0 : v * v;
        }
        if (sumOfSquares == Double.POSITIVE_INFINITY) {
            // No test statistic or likelihood of such data exists in double precision (the KPSS
            // statistic came out NaN and escaped as an IllegalArgumentException).
            throw new EstimationException("No suitable ARIMA model found: the sum of squares of the series overflows;"
                    + " the data hold values too large to square in double precision (rescale them)",
                    List.of("sum of squares = Infinity"));
        }
        if (data.regressorCount() != regressors.size()) {
            throw new IllegalArgumentException("Argument 'data' must have one regressor column per name " + regressors
                    + " but has " + data.regressorCount() + " columns");
        }
        double[] x = data.yView();
        double[] observed = observedValues(x);
        if (observed.length < 3) {
            throw new IllegalArgumentException("Argument 'y' must have at least 3 observed values but has "
                    + observed.length);
        }
        if (isConstant(observed)) {
            // forecast::auto.arima: a constant series gets ARIMA(0,0,0) with its mean fixed at the value.
            return ArimaEstimation.constantSeries(ArimaData.of(x), observed[0]);
        }
        if (period > 1 && observed.length <= 2 * period) {
            // forecast::auto.arima would quietly drop the seasonal part; a stated period deserves an answer.
            throw new IllegalArgumentException("Argument 'period' is " + period + " but the series has only "
                    + observed.length + " observed values: a seasonal model needs more than two full periods ("
                    + (2 * period + 1) + " or more); give a shorter period, or 1 for none");
        }
        double[][] xreg = nonConstantColumns(data.regressorsView());
        // forecast: the orders of differencing are chosen on the residuals of lm(y ~ xreg).
        double[] xx = regressors.isEmpty() ? x : regressionResiduals(x, xreg);
        double[] xxObserved = observedValues(xx);
        if (!regressors.isEmpty() && exactFit(xxObserved, observed)) {
            // R's auto.arima stops here too ("system is exactly singular" in arima's Hessian).
            throw new IllegalArgumentException("Argument 'data' must leave residuals after the regression of y on "
                    + regressors + " but y is an exact linear function of them: there is no ARIMA error to model");
        }
        int m = period;
        int bigD = 0;
        if (m > 1 && xxObserved.length > 2 * m && seasonalStrength(xxObserved, m) > 0.64) {
            bigD = Math.min(1, settings.maxSeasonalD);
            if (differencingMakesConstant(xreg, Polynomials.differencing(0, bigD, m))) {
                bigD--;
            }
        }
        double[] dx = bigD > 0 ? observedValues(Polynomials.difference(xx, Polynomials.differencing(0, bigD, m)))
                : xxObserved;
        int d = ndiffs(dx, settings.maxD);
        if (d > 0 && differencingMakesConstant(xreg, Polynomials.differencing(d, bigD, m))) {
            d--;
        }
        boolean constant = d + bigD <= 1;
        boolean toggle = constant;
        int mp = settings.maxP;
        int mq = settings.maxQ;
        int mP = m > 1 ? settings.maxSeasonalP : 0;
        int mQ = m > 1 ? settings.maxSeasonalQ : 0;
        boolean approximate = settings.approximation != null ? settings.approximation : x.length > 150 || m > 12;
        ArimaData searched = data;
        if (approximate && settings.truncation > 0 && x.length > settings.truncation) {
            searched = tail(data, settings.truncation);
        }
        // R's offset uses the observed count of the whole series even when the search is truncated.
        Search search = new Search(searched, regressors, d, bigD, m, approximate, observed.length, trace);
        if (!settings.stepwise) {
            return search.exhaustive(mp, mq, mP, mQ, toggle, settings.maxOrder, settings.executor);
        }
        int p = Math.min(2, mp);
        int q = Math.min(2, mq);
        int bp = Math.min(1, mP);
        int bq = Math.min(1, mQ);
        if (x.length < 10) {
            p = Math.min(p, 1);
            q = Math.min(q, 1);
            bp = 0;
            bq = 0;
        }
        search.bestIc = search.ic(p, q, bp, bq, constant);
        search.best = search.last;
        if (search.ic(0, 0, 0, 0, constant) < search.bestIc) {
            search.take();
            p = q = bp = bq = 0;
        }
        if (mp > 0 || mP > 0) {
            int p1 = mp > 0 ? 1 : 0;
            int bp1 = m > 1 && mP > 0 ? 1 : 0;
            if (search.ic(p1, 0, bp1, 0, constant) < search.bestIc) {
                search.take();
                p = p1;
                bp = bp1;
                q = bq = 0;
            }
        }
        if (mq > 0 || mQ > 0) {
            int q1 = mq > 0 ? 1 : 0;
            int bq1 = m > 1 && mQ > 0 ? 1 : 0;
            if (search.ic(0, q1, 0, bq1, constant) < search.bestIc) {
                search.take();
                p = bp = 0;
                q = q1;
                bq = bq1;
            }
        }
        if (constant && search.ic(0, 0, 0, 0, false) < search.bestIc) {
            search.take();
            p = q = bp = bq = 0;
        }
        int startk = -1;
        // The neighbourhood moves of forecast::auto.arima, in its order: {dp, dq, dP, dQ}.
        int[][] moves = {{0, 0, -1, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 0, 0, 1}, {0, 0, -1, -1}, {0, 0, -1, 1},
            {0, 0, 1, -1}, {0, 0, 1, 1}, {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}, {-1, -1, 0, 0},
            {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0}};
        outer:
        while (startk < search.count() && search.count() < settings.maxModels) {
            startk = search.count();
            for (int[] mv : moves) {
                int np = p + mv[0];
                int nq = q + mv[1];
                int nP = bp + mv[2];
                int nQ = bq + mv[3];
                if (np < 0 || nq < 0 || nP < 0 || nQ < 0 || np > mp || nq > mq || nP > mP || nQ > mQ
                        || search.tried(np, nq, nP, nQ, constant)) {
                    continue;
                }
                if (search.count() >= settings.maxModels) {
                    break outer;
                }
                if (search.ic(np, nq, nP, nQ, constant) < search.bestIc) {
                    search.take();
                    p = np;
                    q = nq;
                    bp = nP;
                    bq = nQ;
                    continue outer;
                }
            }
            if (toggle && !search.tried(p, q, bp, bq, !constant) && search.count() < settings.maxModels) {
                if (search.ic(p, q, bp, bq, !constant) < search.bestIc) {
                    search.take();
                    constant = !constant;
                }
            }
        }
        return search.finish();
    }

    /**
     * Fits many series in parallel: on the common fork-join pool, or on the
     * {@linkplain #withExecutor(Executor) executor given}, one task per series (each series'
     * exhaustive search then runs within its task).
     *
     * @param series the series (not modified)
     * @return the fitted models, in the order of the series
     * @throws IllegalArgumentException if the list or a series is null or malformed
     * @throws EstimationException if no model could be fitted to a series
     */
    public List<ArimaFit> fitAll(List<double[]> series) {
        ArgChecker.notNull(series, "series");
        if (settings.executor == null) {
            return series.parallelStream().map(this::fit).toList();
        }
        // Each task searches sequentially: a bounded pool must not wait on tasks queued behind it.
        AutoArima inTask = with(x -> x.executor = Runnable::run);
        return runAll(series.stream().<java.util.function.Supplier<ArimaFit>>map(y -> () -> inTask.fit(y)).toList(),
                settings.executor);
    }

    /** Runs the tasks on the executor and returns their results in order; a task's exception is rethrown. */
    private static <T> List<T> runAll(List<java.util.function.Supplier<T>> tasks, Executor executor) {
        List<CompletableFuture<T>> futures = new ArrayList<>(tasks.size());
        for (java.util.function.Supplier<T> t : tasks) {
            futures.add(CompletableFuture.supplyAsync(t, executor));
        }
        List<T> out = new ArrayList<>(tasks.size());
        for (CompletableFuture<T> f : futures) {
            try {
                out.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
        return out;
    }

    /**
     * Residuals of the least-squares regression of y on an intercept and the (non-constant)
     * regressor columns, NaN where y is missing (R's {@code residuals(lm(x ~ xregg))}); y itself
     * when there is no column.
     */
    private static double[] regressionResiduals(double[] y, double[][] xreg) {
        int n = y.length;
        int k = xreg.length == 0 ? 0 : xreg[0].length;
        if (k == 0) {
            return y;
        }
        int[] rows = java.util.stream.IntStream.range(0, n).filter(t -> !Double.isNaN(y[t])).toArray();
        double[] yy = new double[rows.length];
        double[][] columns = new double[k][rows.length];
        for (int i = 0; i < rows.length; i++) {
            yy[i] = y[rows[i]];
            for (int j = 0; j < k; j++) {
                columns[j][i] = xreg[rows[i]][j];
            }
        }
        double[] e;
        try {
            e = OlsSpec.of().fit(RegressionData.of(yy, columns)).residuals();
        } catch (EstimationException ex) {
            // The pivoted QR reports the aliased columns: the design [1, xreg] has deficient rank.
            throw new IllegalArgumentException("Argument 'data' must have regressors that are not collinear with each"
                    + " other or the intercept (forecast: \"xreg is rank deficient\") but they are: " + ex.getMessage(),
                    ex);
        }
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        for (int i = 0; i < rows.length; i++) {
            out[rows[i]] = e[i];
        }
        return out;
    }

    /** The last n rows of the data (R's {@code tail(x, truncate)}). */
    private static ArimaData tail(ArimaData data, int n) {
        double[] y = data.yView();
        int from = y.length - n;
        double[] yy = java.util.Arrays.copyOfRange(y, from, y.length);
        if (data.regressorCount() == 0) {
            return ArimaData.of(yy);
        }
        return ArimaData.of(yy, java.util.Arrays.copyOfRange(data.regressorsView(), from, y.length));
    }

    /** The columns of xreg that are not constant (forecast's {@code xregg}); n x 0 when none. */
    private static double[][] nonConstantColumns(double[][] xreg) {
        int n = xreg.length;
        int k = n == 0 ? 0 : xreg[0].length;
        List<Integer> cols = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            for (int t = 1; t < n; t++) {
                if (xreg[t][j] != xreg[0][j]) {
                    cols.add(j);
                    break;
                }
            }
        }
        double[][] out = new double[n][cols.size()];
        for (int t = 0; t < n; t++) {
            for (int c = 0; c < cols.size(); c++) {
                out[t][c] = xreg[t][cols.get(c)];
            }
        }
        return out;
    }

    /** True if differencing by delta leaves some regressor column constant (forecast reduces d or D then). */
    private static boolean differencingMakesConstant(double[][] xreg, double[] delta) {
        int n = xreg.length;
        int k = n == 0 ? 0 : xreg[0].length;
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int t = 0; t < n; t++) {
                col[t] = xreg[t][j];
            }
            double[] diffed = Polynomials.difference(col, delta);
            if (diffed.length > 0 && isConstant(diffed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of differences that make a series level-stationary by the KPSS test at the 5 %
     * level (forecast's {@code ndiffs(x, test = "kpss")}), at most {@code maxD}.
     *
     * @param y the series without missing values (not modified)
     * @param maxD the largest number of differences
     * @return d, 0 to maxD
     * @throws IllegalArgumentException if y is null, shorter than 3 or holds NaN or infinite values
     */
    public static int ndiffs(double[] y, int maxD) {
        if (y == null || y.length < 3) {
            throw new IllegalArgumentException("Argument 'y' must hold at least 3 values but has "
                    + (y == null ? "null" : y.length));
        }
        int d = 0;
        double[] x = y.clone();
        if (isConstant(x)) {
            return 0;
        }
        while (d < maxD && x.length > 2 && kpssRejects(x)) {
            d++;
            x = Polynomials.difference(x, new double[] {1});
            if (isConstant(x)) {
                return d;
            }
        }
        return d;
    }

    /**
     * The KPSS statistic for level stationarity with the lag forecast's {@code ndiffs} passes to
     * urca's {@code ur.kpss}, {@code l = trunc(3 sqrt(n) / 13)}: {@link Kpss#level()} with these
     * fixed lags.
     *
     * @param x the series (not modified), at least 3 values, not constant, no missing values
     * @return the test
     */
    static KpssResult kpss(double[] x) {
        return Kpss.level().withFixedLags((int) (3 * Math.sqrt(x.length) / 13)).test(x);
    }

    /** True if the level KPSS statistic exceeds its 5 % critical value (urca's, as {@code ndiffs} uses). */
    private static boolean kpssRejects(double[] x) {
        KpssResult r = kpss(x);
        return r.statistic() > r.criticalValues().at(KPSS_LEVEL);
    }

    /**
     * The strength of seasonality {@code max(0, min(1, 1 - var(R) / var(S + R)))} (Wang, Smith
     * and Hyndman 2006) of the STL decomposition with seasonal window 11, as forecast's
     * {@code nsdiffs} computes it through {@code mstl}.
     *
     * @param x the series without missing values, longer than 2 m (not modified)
     * @param m the period, at least 2
     * @return the strength in [0, 1]
     */
    static double seasonalStrength(double[] x, int m) {
        return Stl.decompose(x, m).seasonalStrength();
    }

    /** True if the regression residuals are zero to rounding (y is a linear function of the regressors). */
    private static boolean exactFit(double[] residuals, double[] y) {
        double scale = 0;
        for (double v : y) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (double e : residuals) {
            if (!(Math.abs(e) <= 1e-10 * scale)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    private static double[] observedValues(double[] x) {
        return java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** The state of one stepwise search: the models tried and the best so far. */
    private static final class Search {
        private final ArimaData data;
        private final List<String> regressors;
        private final int d;
        private final int bigD;
        private final int m;
        private final boolean approximate;
        private final double offset;
        private final List<int[]> tried = new ArrayList<>();
        private final List<Double> ics = new ArrayList<>();
        private ArimaFit last;
        private ArimaFit best;
        private double lastIc;
        private double bestIc = Double.POSITIVE_INFINITY;
        /** R's trace lines, or null. */
        private final List<String> trace;

        Search(ArimaData data, List<String> regressors, int d, int bigD, int m, boolean approximate, int seriesLength,
                List<String> trace) {
            this.trace = trace;
            this.data = data;
            this.regressors = regressors;
            this.d = d;
            this.bigD = bigD;
            this.m = m;
            this.approximate = approximate;
            double off = 0;
            if (approximate) {
                // R: offset = -2 loglik - n log sigma2 of the exact ARIMA(0,d,0)(0,D,0) fit, so
                // that CSS criteria nstar log sigma2 + offset are on the scale of -2 loglik.
                try {
                    ArimaFit base = spec(0, 0, 0, 0, d + bigD == 0).withMethod(ArimaSpec.Method.ML).fit(data);
                    off = -2 * base.logLikelihood() - seriesLength * Math.log(base.sigma2());
                } catch (IllegalArgumentException | EstimationException ex) {
                    off = 0;
                }
            }
            this.offset = off;
            if (trace != null && approximate) {
                trace.add("offset " + off);
            }
        }

        ArimaSpec spec(int p, int q, int bp, int bq, boolean constant) {
            ArimaSpec s = ArimaSpec.of(p, d, q);
            if (m > 1 && bp + bigD + bq > 0) {
                s = s.withSeasonal(bp, bigD, bq, m);
            }
            if (!regressors.isEmpty()) {
                s = s.withRegressors(regressors.toArray(new String[0]));
            }
            return constant ? s.withConstant() : s.withoutConstant();
        }

        int count() {
            return tried.size();
        }

        private void trace(String what, int[] order, double ic) {
            if (trace != null) {
                String seasonal = m > 1 ? " " + order[2] + " " + bigD + " " + order[3] : "";
                trace.add(what + " " + order[0] + " " + d + " " + order[1] + seasonal + " " + order[4] + " " + ic);
            }
        }


        boolean tried(int p, int q, int bp, int bq, boolean constant) {
            for (int[] t : tried) {
                if (t[0] == p && t[1] == q && t[2] == bp && t[3] == bq && t[4] == (constant ? 1 : 0)) {
                    return true;
                }
            }
            return false;
        }

        /** Fits one candidate (R's myarima) and returns its AICc, +infinity if rejected. */
        double ic(int p, int q, int bp, int bq, boolean constant) {
            return register(new int[] {p, q, bp, bq, constant ? 1 : 0}, evaluate(p, q, bp, bq, constant));
        }

        private double register(int[] order, Candidate c) {
            trace("candidate", order, c.ic);
            tried.add(order);
            last = c.fit;
            lastIc = c.ic;
            ics.add(c.ic);
            return c.ic;
        }

        /** Fits one candidate without touching the search's state (safe from several threads). */
        private Candidate evaluate(int p, int q, int bp, int bq, boolean constant) {
            ArimaSpec spec = spec(p, q, bp, bq, constant);
            try {
                ArimaFit fit = ArimaEstimation.fit(
                        spec.withMethod(approximate ? ArimaSpec.Method.CSS : ArimaSpec.Method.CSS_ML), data, true);
                return new Candidate(fit, criterion(fit));
            } catch (IllegalArgumentException | EstimationException ex) {
                // Not fittable: the candidate is rejected, as R's try() in myarima.
                return new Candidate(null, Double.POSITIVE_INFINITY);
            }
        }

        /**
         * forecast's {@code search.arima}: every order with {@code p + q + P + Q <= 5}, the constant
         * innermost, in R's loop order; the first strictly best wins. With the approximation only
         * the best is refitted, and kept approximate if its refit fails.
         */
        ArimaFit exhaustive(int mp, int mq, int mP, int mQ, boolean allowConstant, int maxOrder, Executor executor) {
            List<int[]> orders = new ArrayList<>();
            for (int i = 0; i <= mp; i++) {
                for (int j = 0; j <= mq; j++) {
                    for (int bi = 0; bi <= mP; bi++) {
                        for (int bj = 0; bj <= mQ; bj++) {
                            if (i + j + bi + bj > maxOrder) {
                                continue;
                            }
                            for (int k = 0; k <= (allowConstant ? 1 : 0); k++) {
                                orders.add(new int[] {i, j, bi, bj, k});
                            }
                        }
                    }
                }
            }
            List<Candidate> fitted = executor == null
                    ? orders.parallelStream().map(o -> evaluate(o[0], o[1], o[2], o[3], o[4] == 1)).toList()
                    : runAll(orders.stream().<java.util.function.Supplier<Candidate>>map(
                            o -> () -> evaluate(o[0], o[1], o[2], o[3], o[4] == 1)).toList(), executor);
            for (int i = 0; i < orders.size(); i++) {
                if (register(orders.get(i), fitted.get(i)) < bestIc) {
                    take();
                }
            }
            return refitBest();
        }

        double criterion(ArimaFit fit) {
            if (!fit.hasStandardErrors() || minRoot(fit) < 1.01) {
                return Double.POSITIVE_INFINITY;
            }
            if (!approximate) {
                return fit.aicc();
            }
            int npar = fit.numberOfParameters();
            int nstar = fit.nobs();
            double aic = offset + nstar * Math.log(fit.sigma2()) + 2 * npar;
            return nstar - npar - 1 > 0 ? aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1) : Double.POSITIVE_INFINITY;
        }

        void take() {
            best = last;
            bestIc = lastIc;
        }

        ArimaFit finish() {
            if (approximate) {
                // Refit the candidates by CSS-ML in order of their approximate criterion.
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < ics.size(); i++) {
                    if (ics.get(i) < Double.POSITIVE_INFINITY) {
                        order.add(i);
                    }
                }
                order.sort((a, b) -> Double.compare(ics.get(a), ics.get(b)));
                for (int i : order) {
                    int[] t = tried.get(i);
                    try {
                        // R's myarima(approximation = FALSE): CSS-ML as R's arima runs it, so that a
                        // candidate is refused exactly when R refuses it; refitBest then polishes it.
                        ArimaFit fit = ArimaEstimation.fit(spec(t[0], t[1], t[2], t[3], t[4] == 1)
                                .withMethod(ArimaSpec.Method.CSS_ML), data, true);
                        boolean passes = fit.hasStandardErrors() && minRoot(fit) >= 1.01;
                        trace("refit", t, passes ? fit.aicc() : Double.POSITIVE_INFINITY);
                        if (passes) {
                            best = fit;
                            bestIc = fit.aicc();
                            return refitBest();
                        }
                    } catch (IllegalArgumentException | EstimationException ex) {
                        // Try the next candidate, as R does.
                        trace("refit", t, Double.POSITIVE_INFINITY);
                        continue;
                    }
                }
                best = null;
            }
            return refitBest();
        }

        /**
         * The best candidate refitted by CSS-ML to the full gradient tolerance (the search's fits
         * stop where R's optim stops, or are CSS approximations): the refit replaces a CSS fit
         * whenever it passes the checks, an exact one only if its likelihood is not lower; if the refit fails the candidate stays (R warns "Unable to fit final model
         * using maximum likelihood" and keeps the approximation).
         */
        private ArimaFit refitBest() {
            if (best == null || bestIc == Double.POSITIVE_INFINITY) {
                throw new EstimationException("No suitable ARIMA model found among " + tried.size() + " candidates",
                        List.of("d = " + d, "D = " + bigD, "period = " + m));
            }
            try {
                ArimaFit refit = best.spec().withMethod(ArimaSpec.Method.CSS_ML).fit(data);
                boolean better = best.spec().method() == ArimaSpec.Method.CSS
                        || refit.logLikelihood() >= best.logLikelihood();
                if (refit.hasStandardErrors() && minRoot(refit) >= 1.01 && better) {
                    return refit;
                }
            } catch (IllegalArgumentException | EstimationException ex) {
                if (approximate) {
                    // R warns the same: "Unable to fit final model using maximum likelihood".
                    ArimaFit kept = best;
                    ArimaEstimation.LOG.log(System.Logger.Level.WARNING, () -> "Unable to refit " + kept.spec()
                            + " by CSS-ML (" + ex.getMessage() + "); the CSS fit of the search is returned");
                }
                return best;
            }
            return best;
        }

        /** The smallest modulus of the AR and MA roots, 2 when there are none (R's myarima). */
        private static double minRoot(ArimaFit fit) {
            double min = 2;
            for (PolynomialRoot r : fit.arRoots()) {
                min = Math.min(min, r.modulus());
            }
            for (PolynomialRoot r : fit.maRoots()) {
                min = Math.min(min, r.modulus());
            }
            return min;
        }
    }
}
