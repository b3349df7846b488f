package io.github.basisspread.models.testing;

import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.api.InformationCriteria;
import io.github.basisspread.models.api.ModelSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Estimator} and its {@link FittedModel} keep. A model gets the whole
 * suite by one subclass that supplies its estimator, well-formed data, a bad input and an
 * impossible fit:
 *
 * <ul>
 *   <li>the specification keeps nothing from a fit: fitting twice, or from many threads at once,
 *       gives the same estimates;
 *   <li>the fitted model is immutable: arrays returned are copies, lists are unmodifiable;
 *   <li>names, estimates and standard errors have one length; {@link FittedModel#hasStandardErrors()}
 *       agrees with the standard errors; the parameter count is the model's documented one;
 *   <li>the information criteria are those of the log-likelihood, the parameter count and nobs;
 *   <li>for a fit that is a {@link ForecastingFit}: a forecast is the same when many threads ask
 *       at once, a horizon below 1 is refused naming {@code 'horizon'}, intervals widen with the
 *       level around the mean, and the steps carry times exactly when the data had them;
 *   <li>bad input raises {@link IllegalArgumentException} naming the argument;
 *   <li>an impossible fit raises {@link EstimationException}.
 * </ul>
 *
 * @param <D> the data type of the estimator
 * @param <M> the fitted model type
 */
public abstract class EstimatorContractTest<D, M extends FittedModel> {

    private static final int THREADS = 8;

    /** For subclasses: one per estimator. */
    protected EstimatorContractTest() {
    }

    /** @return the estimator under test */
    protected abstract Estimator<D, M> estimator();

    /** @return well-formed data that the estimator fits; a fresh object each call */
    protected abstract D data();

    /** @return the number of parameters the model documents for {@link #data()}'s fit */
    protected abstract int expectedNumberOfParameters(M fit);

    /** @return data that the estimator must refuse with an {@link IllegalArgumentException} */
    protected abstract D badData();

    /** @return the argument name that the refusal of {@link #badData()} must quote */
    protected abstract String badArgumentName();

    /** @return an estimator and data whose fit cannot proceed */
    protected abstract Impossible<D, M> impossibleFit();

    /**
     * Whether a fit of {@link #data()} forecasts from its own end. True by default; a model that
     * needs future inputs it does not have (a regression on time-varying regressors) says false,
     * and then only the horizon check runs for it.
     *
     * @return true if {@code forecast(h)} of the fit gives a forecast
     */
    protected boolean forecastsFromTheFit() {
        return true;
    }

    /**
     * The time of the last observation of {@link #data()}, when the data carry times.
     *
     * @return the time, or null when the data have no times (the default)
     */
    protected Instant lastTimeOfData() {
        return null;
    }

    /**
     * An estimator and data whose fit must raise {@link EstimationException}.
     *
     * @param <D> the data type
     * @param <M> the fitted model type
     * @param estimator the estimator
     * @param data the data
     */
    public record Impossible<D, M extends FittedModel>(Estimator<D, M> estimator, D data) {
    }

    @Test
    void fittingTwiceGivesTheSameModel() {
        M first = estimator().fit(data());
        M second = estimator().fit(data());
        assertThat(second.parameterNames()).isEqualTo(first.parameterNames());
        assertThat(second.estimates()).containsExactly(first.estimates());
        assertThat(second.logLikelihood()).isEqualTo(first.logLikelihood());
    }

    @Test
    void fittedModelIsImmutable() {
        M fit = estimator().fit(data());
        double[] estimates = fit.estimates();
        double[] copy = estimates.clone();
        java.util.Arrays.fill(estimates, 12345.0);
        assertThat(fit.estimates()).containsExactly(copy);
        double[] se = fit.standardErrors();
        double[] seCopy = se.clone();
        java.util.Arrays.fill(se, 12345.0);
        assertThat(fit.standardErrors()).containsExactly(seCopy);
        List<String> names = fit.parameterNames();
        assertThatThrownBy(() -> names.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesValuesAndCountsAgree() {
        M fit = estimator().fit(data());
        int k = fit.parameterNames().size();
        assertThat(k).isPositive();
        assertThat(fit.estimates()).hasSize(k);
        assertThat(fit.standardErrors()).hasSize(k);
        assertThat(fit.parameterNames()).doesNotHaveDuplicates();
        assertThat(fit.numberOfParameters()).isEqualTo(expectedNumberOfParameters(fit));
        assertThat(fit.nobs()).isPositive();
        assertThat(fit.logLikelihood()).isFinite();
        assertThat(fit.convergence()).isNotNull();
        boolean allFinite = java.util.Arrays.stream(fit.standardErrors()).allMatch(Double::isFinite);
        assertThat(fit.hasStandardErrors()).isEqualTo(allFinite);
        for (double se : fit.standardErrors()) {
            assertThat(Double.isNaN(se) || se >= 0).as("a standard error is NaN or >= 0: %s", se).isTrue();
        }
    }

    @Test
    void informationCriteriaFollowFromTheLikelihood() {
        M fit = estimator().fit(data());
        double l = fit.logLikelihood();
        double k = fit.numberOfParameters();
        double n = fit.nobs();
        InformationCriteria ic = fit.informationCriteria();
        double tol = 1e-9 * Math.max(1, Math.abs(l));
        assertThat(ic.aic()).isCloseTo(-2 * l + 2 * k, within(tol));
        assertThat(ic.bic()).isCloseTo(-2 * l + k * Math.log(n), within(tol));
        assertThat(ic.hqic()).isCloseTo(-2 * l + 2 * k * Math.log(Math.log(n)), within(tol));
        if (n - k - 1 > 0) {
            assertThat(ic.aicc()).isCloseTo(ic.aic() + 2 * k * (k + 1) / (n - k - 1), within(tol));
        }
    }

    @Test
    void summaryAndToStringShowEveryEstimate() {
        M fit = estimator().fit(data());
        String table = fit.summary().toString();
        String line = fit.toString();
        double[] est = fit.estimates();
        for (int i = 0; i < est.length; i++) {
            String name = fit.parameterNames().get(i);
            assertThat(table).contains(name).contains(ModelSummary.number(est[i]));
            assertThat(line).contains(name + " " + ModelSummary.number(est[i]));
        }
        assertThat(table).contains("estimate", "std.err", "log-likelihood", "nobs " + fit.nobs());
        assertThat(line).doesNotContain(fit.getClass().getSimpleName() + "@").doesNotContain("\n");
    }

    @Test
    void concurrentFitsAgree() throws Exception {
        M reference = estimator().fit(data());
        List<Callable<M>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> estimator().fit(data()));
        }
        for (M fit : runTogether(tasks)) {
            assertThat(fit.estimates()).containsExactly(reference.estimates());
        }
    }

    /** The fit as a forecasting fit that forecasts, or a skipped test. */
    private ForecastingFit forecastingFit(boolean needsForecasts) {
        M fit = estimator().fit(data());
        Assumptions.assumeTrue(fit instanceof ForecastingFit, "the model does not forecast");
        Assumptions.assumeTrue(!needsForecasts || forecastsFromTheFit(), "the fit needs future inputs to forecast");
        return (ForecastingFit) fit;
    }

    @Test
    void concurrentForecastsAgree() throws Exception {
        ForecastingFit fit = forecastingFit(true);
        Forecast reference = fit.forecast(10);
        assertThat(reference.horizon()).isEqualTo(10);
        assertThat(java.util.Arrays.stream(reference.mean()).allMatch(Double::isFinite)).isTrue();
        List<Callable<Forecast>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> fit.forecast(10));
        }
        for (Forecast f : runTogether(tasks)) {
            assertThat(f).isEqualTo(reference);
        }
    }

    @Test
    void forecastHorizonBelowOneIsRefusedNamingIt() {
        ForecastingFit fit = forecastingFit(false);
        for (int h : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> fit.forecast(h)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'horizon'").hasMessageContaining(String.valueOf(h));
        }
    }

    @Test
    void forecastIntervalsWidenWithTheLevel() {
        Forecast f = forecastingFit(true).forecast(5);
        ConfidenceBand narrow = f.interval(0.5);
        ConfidenceBand wide = f.interval(0.99);
        double[] mean = f.mean();
        double[] se = f.standardErrors();
        for (int h = 0; h < mean.length; h++) {
            assertThat(se[h]).as("standard error of step %d", h + 1).isGreaterThanOrEqualTo(0);
            assertThat(narrow.lower()[h]).isLessThanOrEqualTo(mean[h]);
            assertThat(narrow.upper()[h]).isGreaterThanOrEqualTo(mean[h]);
            assertThat(wide.lower()[h]).isLessThanOrEqualTo(narrow.lower()[h]);
            assertThat(wide.upper()[h]).isGreaterThanOrEqualTo(narrow.upper()[h]);
            if (se[h] > 0) {
                assertThat(wide.upper()[h] - wide.lower()[h]).isGreaterThan(narrow.upper()[h] - narrow.lower()[h]);
                // z of 0.99 over z of 0.5: 2.5758293035489004 / 0.6744897501960817.
                assertThat((wide.upper()[h] - wide.lower()[h]) / (narrow.upper()[h] - narrow.lower()[h]))
                        .isCloseTo(2.5758293035489004 / 0.6744897501960817, within(1e-9));
            }
        }
    }

    @Test
    void forecastStepsCarryTimesExactlyWhenTheDataHadThem() {
        Forecast f = forecastingFit(true).forecast(3);
        Instant last = lastTimeOfData();
        if (last == null) {
            assertThat(f.times()).isEmpty();
            return;
        }
        List<Instant> times = f.times().orElseThrow();
        assertThat(times).hasSize(3);
        assertThat(times.get(0)).isAfter(last);
        // Regular steps at the spacing from the last observation to the first step.
        java.time.Duration step = java.time.Duration.between(last, times.get(0));
        assertThat(times.get(1)).isEqualTo(times.get(0).plus(step));
        assertThat(times.get(2)).isEqualTo(times.get(1).plus(step));
    }

    @Test
    void badInputIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> estimator().fit(badData()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + badArgumentName() + "'");
        assertThatThrownBy(() -> estimator().fit(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleFitRaisesEstimationException() {
        Impossible<D, M> impossible = impossibleFit();
        assertThatThrownBy(() -> impossible.estimator().fit(impossible.data()))
                .isInstanceOf(EstimationException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    /** Starts every task at once on its own thread and returns the results. */
    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
