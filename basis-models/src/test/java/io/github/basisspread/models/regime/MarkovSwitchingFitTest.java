package io.github.basisspread.models.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.WalkForward;
import io.github.basisspread.models.optim.ParameterTransform;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Forecasts, simulation, the facts of the fit and the refusals of bad input. */
class MarkovSwitchingFitTest {

    /** 120 observations exactly 5, then 120 draws of N(0, 1): a regime with no variance at all. */
    static double[] halfConstant() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] y = new double[240];
        for (int t = 0; t < y.length; t++) {
            y[t] = t < 120 ? 5 : Simulated.gaussian(rng);
        }
        return y;
    }

    @Test
    void recoversTheSimulatedModel() {
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withAr(1).withSwitchingVariance(true).withStarts(3)
                .fit(Simulated.ar1(2000, 5));
        // True: const -1, 2; sigma2 0.25, 1.5; ar 0.3, 0.7; p[0->0] 0.95, p[1->0] 0.1 (2000 draws: within 4 se).
        double[] truth = {0.95, 0.1, -1, 2, 0.25, 1.5, 0.3, 0.7};
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        for (int i = 0; i < truth.length; i++) {
            assertThat(est[i]).as(fit.parameterNames().get(i)).isCloseTo(truth[i], within(4 * se[i]));
        }
        assertThat(fit.hasStandardErrors()).isTrue();
        assertThat(fit.convergence().converged()).isTrue();
        double[][] p = fit.transitionMatrix();
        assertThat(p[0][0] + p[0][1]).isCloseTo(1, within(1e-15));
        assertThat(fit.expectedDurations()[0]).isCloseTo(1 / (1 - p[0][0]), within(1e-12));
        double[] pi = fit.ergodicProbabilities();
        assertThat(pi[0] * p[0][1]).isCloseTo(pi[1] * p[1][0], within(1e-12));
        assertThat(fit.startsRun()).isEqualTo(3);
        assertThat(fit.startsAtBest()).isBetween(1, 3);
        assertThat(java.util.Arrays.stream(fit.startLogLikelihoods()).max().getAsDouble()).isCloseTo(fit.logLikelihood(), within(1e-4));
        assertThat(fit.smoothedProbabilities()).hasNumberOfRows(1999);
        assertThat(fit.summary().toString()).contains("const[0]", "const[1]", "p[0->0]", "ar.L1", "expected durations",
                "of 3", "Transition matrix", "from 1");
        assertThat(fit.toString()).startsWith("MarkovAutoregression(k=2, p=1, switching: const, ar, sigma2)");
    }

    @Test
    void mixtureForecastAgreesWithSimulation() {
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withAr(1).withSwitchingVariance(true).withStarts(2)
                .fit(Simulated.ar1(600, 9));
        int h = 6;
        Forecast f = fit.forecast(h);
        int paths = 40_000;
        double[] sum = new double[h];
        double[] sum2 = new double[h];
        for (int r = 0; r < paths; r++) {
            double[] v = fit.simulate(h, r).values();
            for (int i = 0; i < h; i++) {
                sum[i] += v[i];
                sum2[i] += v[i] * v[i];
            }
        }
        for (int i = 0; i < h; i++) {
            double m = sum[i] / paths;
            double var = sum2[i] / paths - m * m;
            // Monte Carlo error of the mean sqrt(var / paths); of the variance about var sqrt(2 / paths) (kurtosis aside).
            assertThat(f.mean(i + 1)).as("mean %d", i + 1).isCloseTo(m, within(4 * Math.sqrt(var / paths)));
            assertThat(f.standardError(i + 1) * f.standardError(i + 1)).as("variance %d", i + 1)
                    .isCloseTo(var, within(0.05 * var));
        }
        // Far ahead: the ergodic mixture of the regime means and the stationary AR variances.
        Forecast far = fit.forecast(400);
        double[] pi = fit.ergodicProbabilities();
        double mean = pi[0] * fit.estimate("const[0]") + pi[1] * fit.estimate("const[1]");
        assertThat(far.mean(400)).isCloseTo(mean, within(1e-9));
    }

    @Test
    void regressionForecastIsTheMixtureOfTheRegimeMeans() {
        double[] y = StatsmodelsReference.series("fedfunds.csv");
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withSwitchingVariance(true).fit(y);
        double[][] p = fit.transitionMatrix();
        double[] last = fit.filteredProbabilities()[fit.nobs() - 1];
        double[] pi1 = {last[0] * p[0][0] + last[1] * p[1][0], last[0] * p[0][1] + last[1] * p[1][1]};
        double c0 = fit.estimate("const[0]");
        double c1 = fit.estimate("const[1]");
        double s0 = fit.estimate("sigma2[0]");
        double s1 = fit.estimate("sigma2[1]");
        double mean = pi1[0] * c0 + pi1[1] * c1;
        double var = pi1[0] * (s0 + c0 * c0) + pi1[1] * (s1 + c1 * c1) - mean * mean;
        Forecast f = fit.forecast(3);
        assertThat(f.mean(1)).isCloseTo(mean, within(1e-12));
        assertThat(f.standardError(1)).isCloseTo(Math.sqrt(var), within(1e-12));
        // The walk-forward path: the same forecast from the same history with the fitted parameters.
        assertThat(fit.forecastAfter(y, 3).mean()).containsExactly(f.mean());
    }

    @Test
    void walkForwardReady() {
        // Refit every 50 origins on an expanding window; between refits the Hamilton filter runs
        // over the longer history with the fitted parameters. Each forecast is the fit's own.
        double[] y = Simulated.ar1(260, 4);
        long[] millis = new long[y.length];
        for (int t = 0; t < y.length; t++) {
            millis[t] = t * 3_600_000L;
        }
        TimeSeries series = TimeSeries.ofEpochMillis(millis, y);
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withAr(1).withStarts(1);
        ForecastEvaluation ev = WalkForward.of(WalkForward.Window.EXPANDING, 200).withRefitEvery(50)
                .evaluate("markov", spec.forecaster(), series);
        assertThat(ev.forecasts()).hasSize(60);
        assertThat(ev.refits()).isEqualTo(2);
        MarkovSwitchingFit first = spec.fit(java.util.Arrays.copyOf(y, 200));
        assertThat(ev.forecasts()[0]).isEqualTo(first.forecast(1).mean(1));
        assertThat(ev.forecasts()[10]).isEqualTo(first.forecastAfter(java.util.Arrays.copyOf(y, 210), 1).mean(1));
        assertThatThrownBy(() -> spec.withX("x").forecaster()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'regressors' must be empty");
    }

    @Test
    void simulationIsSeeded() {
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withStarts(1).fit(Simulated.ar1(300, 1));
        assertThat(fit.simulate(50, 7).values()).containsExactly(fit.simulate(50, 7).values());
        assertThat(fit.simulate(50, 7).values()).isNotEqualTo(fit.simulate(50, 8).values());
        assertThat(fit.simulate(50, 7).regimes()).hasSize(50).containsOnly(0, 1);
    }

    @Test
    void aCollapsingRegimeIsAnEstimationException() {
        // statsmodels returns such an optimum (sigma2[0] ~ 1e-33, "converged False": see
        // fedfunds_lag_switching_variance.txt); the likelihood is unbounded there, so it is no estimate.
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(2).withSwitchingVariance(true).withStarts(3).fit(halfConstant()))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("collapsed a regime")
                .satisfies(e -> assertThat(((EstimationException) e).diagnostics()).hasSize(3)
                        .allMatch(d -> d.contains("collapsed") || d.contains("emptied") || d.contains("undefined")));
    }

    @Test
    void statsmodelsCollapsedOptimumIsDiscarded() {
        // fedfunds on its lag with switching variance: statsmodels' best start puts one observation
        // in regime 0 with sigma2[0] = 7.7e-34 (log-likelihood -231.7, unbounded above, stalled).
        // Basis keeps the best proper maximum instead, both variances well away from zero, and it
        // is higher than statsmodels' stalled point.
        StatsmodelsReference ref = StatsmodelsReference.load("fedfunds_lag_switching_variance.txt");
        assertThat(ref.params.get("sigma2[0]")[0]).isLessThan(1e-30);
        double[] f = StatsmodelsReference.series("fedfunds.csv");
        double[] y = new double[f.length - 1];
        double[][] x = new double[f.length - 1][1];
        for (int t = 1; t < f.length; t++) {
            y[t - 1] = f[t];
            x[t - 1][0] = f[t - 1];
        }
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withX("x1").withSwitchingVariance(true)
                .fit(MarkovSwitchingData.of(y, x));
        assertThat(fit.estimate("sigma2[0]")).isGreaterThan(1e-3);
        assertThat(fit.estimate("sigma2[1]")).isGreaterThan(1e-3);
        assertThat(fit.logLikelihood()).isGreaterThan(ref.llf);
    }

    @Test
    void badInputIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Argument 'regimes' must be at least 2 but has value 1");
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(2).fit(new double[] {1, 2, 3, 4, 5, 6, 7}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'y' must hold at least 10 observations for 5 parameters but has 7");
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(2).withAr(2).fit(new double[12]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'y' must hold at least 20 observations for 9 parameters after the first 2 but has 12");
        assertThatThrownBy(() -> MarkovSwitchingData.of(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'y' must be finite but has value NaN at index 1");
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(2).withX("x1").fit(new double[50]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'data' must have 1 regressor columns");
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(2).withAr(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'p' must be zero or greater");
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(2).withAr(12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'order' must keep");
        assertThatThrownBy(() -> MarkovSwitchingSpec.of(2).withStarts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'count' must be in 1..1000");
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withStarts(1).fit(Simulated.ar1(200, 2));
        assertThatThrownBy(() -> fit.forecast(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'horizon' must be in 1..100000");
    }

    @Test
    void simplexTransformRoundTrips() {
        ParameterTransform t = ParameterTransform.simplex(2);
        double[] x = {0.7, 0.25};
        double[] u = new double[2];
        t.unconstrain(x, 0, u);
        double[] back = new double[2];
        t.constrain(u, 0, back);
        assertThat(back).containsExactly(new double[] {0.7, 0.25}, within(1e-15));
        double[] huge = new double[2];
        t.constrain(new double[] {800, 0}, 0, huge);
        assertThat(huge[0]).isCloseTo(1, within(1e-15));
        assertThatThrownBy(() -> t.unconstrain(new double[] {0.7, 0.4}, 0, u))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summing below 1");
    }
}
