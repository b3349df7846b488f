package io.github.basisspread.models.statespace;

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
        StateSpaceFit fit = Ar1PlusNoise.of().strict().fit(y);
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
    void localLinearTrendFitsTheNile() {
        StateSpaceFit fit = LocalLinearTrend.of().fit(ReferenceCsv.nile());
        assertThat(fit.parameterNames()).containsExactly("sigma2_epsilon", "sigma2_level", "sigma2_slope");
        // The MLE cannot be below the likelihood at its own start or at the local level's optimum
        // (the trend model nests it with sigma2_slope -> 0 but spends one more diffuse observation).
        assertThat(fit.logLikelihood()).isGreaterThan(KalmanFilter.logLikelihood(LocalLinearTrend.model(15000, 1000, 10),
                ReferenceCsv.nile()));
        assertThat(fit.forecast(2).horizon()).isEqualTo(2);
    }

    @Test
    void strictFitThrowsWhenTheOptimizerStopsShort() {
        double[] y = StateSpaceSimulator.simulate(Ar1PlusNoise.model(0, 0.5, 1, 1), 200, new SplittableRandom(5))
                .observationSeries(0);
        StateSpaceFit loose = Ar1PlusNoise.of().withOptimizer(Optimizer.bfgs(1, 1e-12)).fit(y);
        assertThat(loose.convergence().converged()).isFalse();
        assertThatThrownBy(() -> Ar1PlusNoise.of().withOptimizer(Optimizer.bfgs(1, 1e-12)).strict().fit(y))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("AR(1) plus noise did not converge after 1 iterations");
    }
}
