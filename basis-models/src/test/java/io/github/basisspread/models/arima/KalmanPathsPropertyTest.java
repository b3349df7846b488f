package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.linalg.KalmanKernels;
import io.github.basisspread.models.statespace.KalmanFilter;
import io.github.basisspread.models.statespace.StateSpaceModel;
import io.github.basisspread.models.statespace.StreamingKalmanFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Every Kalman filter of the module on the same ARMA models and data gives the same
 * log-likelihood: the ARIMA filters (Chandrasekhar on complete data, the companion-form filter
 * with gaps, the dense filter of the augmented model), the batch engine's likelihood path
 * (its scalar fast path when the state is one-dimensional), its full filter, and the streaming
 * filter. With one differencing the state-space paths are compared through the exact diffuse
 * start.
 */
class KalmanPathsPropertyTest {

    @Property(tries = 60)
    void everyPathGivesTheSameLikelihood(@ForAll @IntRange(min = 0, max = 2) int p,
            @ForAll @IntRange(min = 0, max = 2) int q,
            @ForAll @DoubleRange(min = -0.9, max = 0.9) double pacf1,
            @ForAll @DoubleRange(min = -0.9, max = 0.9) double pacf2,
            @ForAll @DoubleRange(min = -0.8, max = 0.8) double theta1,
            @ForAll @DoubleRange(min = -0.8, max = 0.8) double theta2,
            @ForAll @IntRange(min = 0, max = 1) int d,
            @ForAll boolean gaps,
            @ForAll @IntRange(min = 20, max = 300) int n,
            @ForAll @LongRange(min = 1, max = 100_000) long seed) {
        // AR coefficients from partial autocorrelations in (-1, 1) (Durbin-Levinson), so stationary.
        double[] phi = new double[p];
        if (p >= 1) {
            phi[0] = pacf1;
        }
        if (p == 2) {
            phi[0] = pacf1 * (1 - pacf2);
            phi[1] = pacf2;
        }
        double[] theta = q == 0 ? new double[0] : q == 1 ? new double[] {theta1} : new double[] {theta1, theta2};
        double[] delta = d == 0 ? new double[0] : new double[] {1};
        double[] y = series(n, seed, gaps);
        ArmaSystem sys = new ArmaSystem(phi, theta, delta);
        double[] q0 = sys.stationaryCovariance();
        StateSpaceModel model = ArimaProblem.stateSpaceModel(sys, q0);

        List<double[]> paths = new ArrayList<>();
        paths.add(new double[] {KalmanFilter.logLikelihood(model, y)});
        paths.add(new double[] {KalmanFilter.filter(model, y).logLikelihood()});
        StreamingKalmanFilter streaming = StreamingKalmanFilter.of(model);
        for (double v : y) {
            streaming.update(v);
        }
        paths.add(new double[] {streaming.logLikelihood()});
        if (d == 0) {
            LikelihoodSums out = Filters.arma(sys, q0, y, null);
            assertThat(out).isNotNull();
            paths.add(new double[] {logLikelihood(out)});
            LikelihoodSums outDense = Filters.dense(sys, y, 0, new double[sys.m], ArimaProblem.startCovariance(sys, q0),
                    null);
            assertThat(outDense).isNotNull();
            paths.add(new double[] {logLikelihood(outDense)});
            assertThat(out.nu()).as("observations counted").isEqualTo(outDense.nu());
        }
        double reference = paths.get(0)[0];
        assertThat(reference).isFinite();
        for (int i = 1; i < paths.size(); i++) {
            assertThat(paths.get(i)[0]).as("path %d of ARIMA(%d,%d,%d), n = %d, gaps %s", i, p, d, q, n, gaps)
                    .isCloseTo(reference, within(1e-9 * (1 + Math.abs(reference))));
        }
    }

    private static double logLikelihood(LikelihoodSums out) {
        return -0.5 * (out.nu() * KalmanKernels.LOG_2PI + out.sumLog() + out.ssq());
    }

    /** A seeded random walk plus noise (not from the model: the filters must agree on any data). */
    private static double[] series(int n, long seed, boolean gaps) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        double level = 0;
        for (int t = 0; t < n; t++) {
            level += 0.3 * random.nextGaussian();
            y[t] = level + random.nextGaussian();
            if (gaps && t > 0 && t % 7 == 3) {
                y[t] = Double.NaN;
            }
        }
        return y;
    }
}
