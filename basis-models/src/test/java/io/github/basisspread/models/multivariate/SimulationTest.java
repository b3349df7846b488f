package io.github.basisspread.models.multivariate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Simulated paths: their average and spread at step h are the forecast's mean and covariance
 * (checked over 10,000 seeded paths within 4 standard errors of the Monte Carlo estimate), and a
 * seed gives the same path.
 */
class SimulationTest {

    private static final int PATHS = 10_000;

    @Test
    void vecmPathsAverageToTheForecast() {
        VecmFit fit = VecmSpec.of(1, 1).withDeterministic("colo").fit(References.denmark());
        check(fit.forecast(5), (h, r) -> fit.simulate(h, r));
    }

    @Test
    void varPathsAverageToTheForecast() {
        VarFit fit = VarSpec.of(2).withTrend(VarTrend.CONSTANT_TREND).fit(References.denmark());
        check(fit.forecast(5), (h, r) -> fit.simulate(h, r));
    }

    @Test
    void aSeedGivesThePath() {
        VarFit fit = VarSpec.of(1).fit(References.denmark());
        assertThat(References.flat(fit.simulate(4, new SplittableRandom(5))))
                .containsExactly(References.flat(fit.simulate(4, new SplittableRandom(5))));
        assertThatThrownBy(() -> fit.simulate(0, new SplittableRandom(5))).hasMessageContaining("'horizon'");
        assertThatThrownBy(() -> fit.simulate(3, null)).hasMessageContaining("'random'");
    }

    interface Simulator {
        double[][] path(int horizon, SplittableRandom random);
    }

    private static void check(MultivariateForecast f, Simulator sim) {
        int h = f.horizon();
        int k = f.dimension();
        SplittableRandom rnd = new SplittableRandom(2026);
        double[] sum = new double[k];
        double[] sumSq = new double[k];
        for (int i = 0; i < PATHS; i++) {
            double[] last = sim.path(h, rnd)[h - 1];
            for (int j = 0; j < k; j++) {
                sum[j] += last[j];
                sumSq[j] += last[j] * last[j];
            }
        }
        double[][] cov = f.covariance(h);
        for (int j = 0; j < k; j++) {
            double mean = sum[j] / PATHS;
            double var = sumSq[j] / PATHS - mean * mean;
            double sd = Math.sqrt(cov[j][j]);
            assertThat(mean).isCloseTo(f.mean(h)[j], within(4 * sd / Math.sqrt(PATHS)));
            // the variance of a sample variance of normals is 2 sigma^4 / n
            assertThat(var).isCloseTo(cov[j][j], within(4 * cov[j][j] * Math.sqrt(2.0 / PATHS)));
        }
    }
}
