package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.ConfidenceBand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.optim.Optimizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The canned models fitted to data simulated from known parameters. */
class CannedModelsTest {

    @Test
    void ar1PlusNoiseRecoversItsParameters() {
        StateSpaceModel truth = Ar1PlusNoise.model(2, 0.8, 0.5, 0.3);
        double[] y = StateSpaceSimulator.simulate(truth, 3000, new SplittableRandom(11)).observationSeries(0);
        StateSpaceFit fit = Ar1PlusNoise.of().withStrict(true).fit(y);
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        // Each estimate within 4 standard errors of the truth.
        double[] truthValues = {2, 0.8, 0.5, 0.3};
        for (int i = 0; i < 4; i++) {
            assertThat(est[i]).as(fit.parameterNames().get(i)).isCloseTo(truthValues[i], within(4 * se[i]));
        }
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(KalmanFilter.logLikelihood(truth, y));
        assertThat(fit.informationCriteria().aic()).isCloseTo(-2 * fit.logLikelihood() + 8, within(1e-9));
        // Same optimum with Nelder-Mead (up to its tolerance).
        StateSpaceFit nm = Ar1PlusNoise.of().withOptimizer(Optimizer.nelderMead(20_000, 1e-13)).fit(y);
        assertThat(nm.logLikelihood()).isCloseTo(fit.logLikelihood(), within(1e-4));
    }

    @Test
    void dynamicRegressionTracksTheHedgeRatio() {
        int n = 1500;
        SplittableRandom rnd = new SplittableRandom(3);
        double[] x = new double[n];
        double s = 100;
        for (int t = 0; t < n; t++) {
            s += rnd.nextGaussian();
            x[t] = s;
        }
        StateSpaceModel truth = DynamicRegression.model(x, 0.25, 0.01, 1e-4);
        double[] y = StateSpaceSimulator.simulate(truth, n, rnd).observationSeries(0);
        StateSpaceFit fit = DynamicRegression.of().fit(new DynamicRegression.Data(y, x));
        assertThat(fit.convergence().converged()).isTrue();
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(KalmanFilter.logLikelihood(truth, y));
        assertThat(fit.estimates()[0]).isCloseTo(0.25, within(4 * fit.standardErrors()[0]));
        ConfidenceBand beta = fit.smoothedState(1, 0.95);
        assertThat(beta.estimate()).hasSize(n);
        assertThatThrownBy(() -> new DynamicRegression.Data(new double[2], new double[3]))
                .hasMessageContaining("have lengths 2 and 3");
    }

    @Test
    void dynamicRegressionOfNearlyIdenticalReturnsKeepsTheObservationNoise() {
        // Hourly-like returns: y = x + e with var(x) = 3.3e-5 and var(e) = 1.5e-8 (a perpetual on
        // its spot). The residual is white noise, so the MLE puts it in sigma2_epsilon (about
        // 1.5e-8) and leaves the coefficients nearly fixed; the start scaled by var(diff(y)) alone
        // led the search to the boundary sigma2_epsilon -> 0 with the noise in a random-walk
        // intercept, 346 (= n/2 log 2) log-likelihood units lower.
        int n = 1000;
        SplittableRandom rnd = new SplittableRandom(11);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = Math.sqrt(3.3e-5) * rnd.nextGaussian();
            y[t] = x[t] + Math.sqrt(1.5e-8) * rnd.nextGaussian();
        }
        StateSpaceFit fit = DynamicRegression.of().fit(new DynamicRegression.Data(y, x));
        assertThat(fit.estimates()[0]).isBetween(1.2e-8, 1.8e-8);
        // At least the likelihood of the true static model (alpha, beta fixed: zero disturbances
        // would be degenerate, so tiny ones).
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(
                KalmanFilter.logLikelihood(DynamicRegression.model(x, 1.5e-8, 1e-20, 1e-20), y) - 1);
    }

    @Test
    void localLinearTrendFitsTheNile() {
        StateSpaceFit fit = LocalLinearTrend.of().fit(ReferenceCsv.nile());
        assertThat(fit.parameterNames()).containsExactly("sigma2_epsilon", "sigma2_level", "sigma2_slope");
        // The MLE cannot be below the likelihood at its own start or at the local level's optimum
        // (the trend model nests it with sigma2_slope -> 0 but spends one more diffuse observation).
        assertThat(fit.logLikelihood()).isGreaterThan(KalmanFilter.logLikelihood(LocalLinearTrend.model(15000, 1000, 10),
                ReferenceCsv.nile()));
        assertThat(fit.forecast(2).horizon()).isEqualTo(2);
    }

    /**
     * Profiling sigma2_epsilon out reaches the same maximum of the same exact likelihood: at the
     * concentrated estimates the full log-likelihood equals the profile one, because with
     * H = s2 and Q = s2 q the sums give n log s2 + sum log F(q) and sum v^2 / (s2 F(q)) = n.
     * Simulated data with an interior maximum (all three variances clearly positive).
     */
    @Test
    void localLinearTrendConcentratedReachesTheSameMaximum() {
        double[] y = StateSpaceSimulator.simulate(LocalLinearTrend.model(4, 1, 0.05), 1500, new SplittableRandom(21))
                .observationSeries(0);
        StateSpaceFit full = LocalLinearTrend.of().fit(y);
        StateSpaceFit conc = LocalLinearTrend.of().concentrateScale().fit(y);
        assertThat(conc.parameterNames()).containsExactly("sigma2_epsilon", "sigma2_level", "sigma2_slope");
        assertThat(conc.convergence().converged()).isTrue();
        assertThat(conc.hasStandardErrors()).isTrue();
        double[] e = conc.estimates();
        double profile = KalmanFilter.filter(LocalLinearTrend.model(1, e[1] / e[0], e[2] / e[0]), y)
                .concentratedLogLikelihood();
        assertThat(conc.logLikelihood()).isCloseTo(profile, within(1e-9 * Math.abs(profile)));
        // Two searches of one surface with an interior maximum: the same height and the same point.
        assertThat(conc.logLikelihood()).isCloseTo(full.logLikelihood(), within(1e-6));
        for (int i = 0; i < 3; i++) {
            assertThat(e[i]).isCloseTo(full.estimates()[i], within(1e-3 * full.estimates()[i]));
        }
    }

    /**
     * On the Nile the trend's maximum is on the boundary sigma2_slope = 0, where the log ratio is
     * flat: both searches stop once their gradient is below tolerance, at slope variances of
     * 4e-8 and 2e-4 (both ~0 against sigma2_epsilon ~ 14678), and the same sigma2_epsilon and
     * sigma2_level to 1e-5.
     */
    @Test
    void localLinearTrendConcentratedOnTheNileBoundary() {
        double[] nile = ReferenceCsv.nile();
        StateSpaceFit full = LocalLinearTrend.of().fit(nile);
        StateSpaceFit conc = LocalLinearTrend.of().concentrateScale().fit(nile);
        assertThat(conc.estimates()[0]).isCloseTo(full.estimates()[0], within(1e-5 * full.estimates()[0]));
        assertThat(conc.estimates()[1]).isCloseTo(full.estimates()[1], within(1e-5 * full.estimates()[1]));
        assertThat(conc.estimates()[2]).isLessThan(1e-7 * conc.estimates()[0]);
    }

    @Test
    void strictFitThrowsWhenTheOptimizerStopsShort() {
        double[] y = StateSpaceSimulator.simulate(Ar1PlusNoise.model(0, 0.5, 1, 1), 200, new SplittableRandom(5))
                .observationSeries(0);
        StateSpaceFit loose = Ar1PlusNoise.of().withOptimizer(Optimizer.bfgs(1, 1e-12)).fit(y);
        assertThat(loose.convergence().converged()).isFalse();
        assertThatThrownBy(() -> Ar1PlusNoise.of().withOptimizer(Optimizer.bfgs(1, 1e-12)).withStrict(true).fit(y))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("AR(1) plus noise did not converge after 1 iterations");
    }
}
