package io.github.basisspread.models.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** StateSpaceFit.append: new data at the same parameters equals refiltering the full data. */
class AppendTest {

    @Test
    void localLevelAppendEqualsFixedParameterRefit() {
        double[] nile = ReferenceCsv.nile();
        StateSpaceFit fit = LocalLevel.of().fit(Arrays.copyOf(nile, 80));
        double[] tail = Arrays.copyOfRange(nile, 80, nile.length);
        tail[3] = Double.NaN;
        StateSpaceFit ext = fit.append(tail);
        double[] all = nile.clone();
        all[83] = Double.NaN;
        sameAsRefilter(fit, ext, all);
    }

    @Test
    void ar1PlusNoiseAppendEqualsFixedParameterRefit() {
        double[] y = StateSpaceSimulator.simulate(Ar1PlusNoise.model(1, 0.7, 0.5, 0.5), 300, new SplittableRandom(9))
                .observationSeries(0);
        StateSpaceFit fit = Ar1PlusNoise.of().fit(Arrays.copyOf(y, 250));
        StateSpaceFit ext = fit.append(Arrays.copyOfRange(y, 250, 300));
        sameAsRefilter(fit, ext, y);
        // Appending twice is appending once.
        StateSpaceFit twice = fit.append(Arrays.copyOfRange(y, 250, 270)).append(Arrays.copyOfRange(y, 270, 300));
        assertThat(twice.logLikelihood()).isEqualTo(ext.logLikelihood());
        assertThat(twice.smoothedState(0, 0.9).estimate()).containsExactly(ext.smoothedState(0, 0.9).estimate());
    }

    @Test
    void dynamicRegressionAppendTakesTheNewRegressors() {
        int n = 200;
        SplittableRandom rnd = new SplittableRandom(4);
        double[] x = new double[n];
        double[] y = new double[n];
        double level = 10;
        for (int t = 0; t < n; t++) {
            level += rnd.nextGaussian();
            x[t] = level;
            y[t] = 0.5 + 0.9 * x[t] + 0.3 * rnd.nextGaussian();
        }
        StateSpaceFit fit = DynamicRegression.of().fit(new DynamicRegression.Data(Arrays.copyOf(y, 150),
                Arrays.copyOf(x, 150)));
        StateSpaceFit ext = DynamicRegression.append(fit, new DynamicRegression.Data(Arrays.copyOfRange(y, 150, n),
                Arrays.copyOfRange(x, 150, n)));
        double[] est = fit.estimates();
        StateSpaceModel full = DynamicRegression.model(x, est[0], est[1], est[2]);
        assertThat(ext.logLikelihood()).isEqualTo(KalmanFilter.logLikelihood(full, y));
        SmootherResult s = KalmanSmoother.smooth(full, y);
        for (int t = 0; t < n; t++) {
            assertThat(ext.smootherResult().smoothedState(t)).containsExactly(s.smoothedState(t));
            assertThat(ext.filterResult().filteredState(t)).containsExactly(s.filter().filteredState(t));
        }
        assertThatThrownBy(() -> ext.append(new double[] {1}))
                .hasMessageContaining("'newObservations' cannot extend a time-varying model over 200 periods");
        assertThatThrownBy(() -> DynamicRegression.append(LocalLevel.of().fit(y), new DynamicRegression.Data(
                new double[] {1}, new double[] {1})))
                .hasMessageContaining("'fit' must be a dynamic regression fit but has [sigma2_epsilon, sigma2_eta]");
        assertThatThrownBy(() -> DynamicRegression.append(null, new DynamicRegression.Data(new double[] {1},
                new double[] {1}))).hasMessageContaining("'fit' must not be null");
        assertThatThrownBy(() -> DynamicRegression.append(fit, null))
                .hasMessageContaining("'newData' must not be null");
    }

    @Test
    void badNewObservations() {
        StateSpaceFit fit = LocalLevel.of().fit(Arrays.copyOf(ReferenceCsv.nile(), 30));
        assertThatThrownBy(() -> fit.append(new double[0]))
                .hasMessageContaining("'newObservations' must hold at least one value but has 0 values");
        assertThatThrownBy(() -> fit.append(null))
                .hasMessageContaining("'newObservations' must hold at least one value but has null");
        assertThatThrownBy(() -> fit.append(new double[] {1, Double.POSITIVE_INFINITY}))
                .hasMessageContaining("'newObservations' must hold finite values or NaN (missing) but element 1 is Infinity");
    }

    private static void sameAsRefilter(StateSpaceFit fit, StateSpaceFit ext, double[] all) {
        assertThat(ext.estimates()).containsExactly(fit.estimates());
        assertThat(ext.standardErrors()).containsExactly(fit.standardErrors());
        assertThat(ext.observations()).containsExactly(all);
        StateSpaceModel model = fit.model();
        assertThat(ext.logLikelihood()).isEqualTo(KalmanFilter.logLikelihood(model, all));
        SmootherResult s = KalmanSmoother.smooth(model, all);
        assertThat(ext.nobs()).isEqualTo(s.filter().likelihoodObservationCount());
        for (int t = 0; t < all.length; t++) {
            assertThat(ext.filterResult().filteredState(t)).containsExactly(s.filter().filteredState(t));
            assertThat(ext.smootherResult().smoothedState(t)).containsExactly(s.smoothedState(t));
        }
        // The 95% band is the smoothed state +- 1.959963984540054 smoothed standard deviations.
        int last = all.length - 1;
        double sd = Math.sqrt(s.smoothedStateCovariance(last)[0][0]);
        assertThat(ext.smoothedState(0, 0.95).upper()[last])
                .isCloseTo(s.smoothedState(last)[0] + 1.959963984540054 * sd, org.assertj.core.api.Assertions.within(1e-9 * sd));
        StateSpaceForecast fc = ext.stateForecast(5);
        StateSpaceForecast ref = s.filter().forecast(5);
        for (int h = 1; h <= 5; h++) {
            assertThat(fc.mean(h)).containsExactly(ref.mean(h));
            assertThat(fc.covariance(h)[0]).containsExactly(ref.covariance(h)[0]);
        }
        // The forecast starts from the new end, not the old one.
        assertThat(fc.mean(1)[0]).isNotEqualTo(fit.forecast(1).mean(1));
        // The common forecast is the observation's part of the state forecast.
        assertThat(ext.forecast(5).mean(3)).isEqualTo(ref.mean(3)[0]);
        assertThat(ext.forecast(5).standardError(3)).isEqualTo(Math.sqrt(ref.covariance(3)[0][0]));
    }
}
