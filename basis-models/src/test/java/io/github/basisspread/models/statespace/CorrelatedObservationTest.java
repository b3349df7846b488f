package io.github.basisspread.models.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Non-diagonal observation covariance H: worked by hand in the multivariate form. */
class CorrelatedObservationTest {

    /** Two series on one state, a_0 ~ N(0, 1), H = [[1, 0.5], [0.5, 1]]. */
    private static StateSpaceModel model() {
        return StateSpaceModel.builder(2, 1, 1).design(new double[][] {{1}, {1}}).transition(new double[][] {{1}})
                .observationCovariance(new double[][] {{1, 0.5}, {0.5, 1}}).stateCovariance(new double[][] {{0}})
                .initialization(Initialization.known(new double[] {0}, new double[][] {{1}})).build();
    }

    @Test
    void onePeriodMatchesTheMultivariateFormulas() {
        FilterResult f = KalmanFilter.filter(model(), new double[][] {{1, 2}});
        // F = Z P Z' + H = [[2, 1.5], [1.5, 2]], det F = 4 - 2.25 = 1.75, F^-1 = [[2, -1.5], [-1.5, 2]] / 1.75.
        // v = (1, 2): v' F^-1 v = (2 - 6 + 8) / 1.75 = 4 / 1.75.
        double ll = -0.5 * (2 * Math.log(2 * Math.PI) + Math.log(1.75) + 4 / 1.75);
        assertThat(f.logLikelihood()).isCloseTo(ll, within(1e-13));
        // a = P Z' F^-1 v = (1 * 0.5 + 2 * 0.5) / 1.75 = 1.5 / 1.75; P = 1 - Z' F^-1 Z = 1 - 1 / 1.75.
        assertThat(f.filteredState(0)[0]).isCloseTo(1.5 / 1.75, within(1e-14));
        assertThat(f.filteredStateCovariance(0)[0][0]).isCloseTo(1 - 1 / 1.75, within(1e-14));
        assertThat(f.innovation(0)).containsExactly(1, 2);
        double[][] cf = f.innovationCovariance(0);
        assertThat(cf[0]).containsExactly(2, 1.5);
        assertThat(cf[1]).containsExactly(1.5, 2);
        // Forecast: same state, F as above.
        StateSpaceForecast fc = f.forecast(1);
        assertThat(fc.covariance(1)[0][1]).isCloseTo(0.5 + (1 - 1 / 1.75), within(1e-14));
    }

    @Test
    void missingElementDropsItsRowAndColumn() {
        FilterResult f = KalmanFilter.filter(model(), new double[][] {{Double.NaN, 2}});
        // Only y_1 observed: F = 1 + 1 = 2, a = 2 / 2 = 1, P = 1 - 1 / 2, ll = -0.5 (log 2 pi + log 2 + 4 / 2).
        assertThat(f.logLikelihood()).isCloseTo(-0.5 * (Math.log(2 * Math.PI) + Math.log(2) + 2), within(1e-13));
        assertThat(f.filteredState(0)[0]).isCloseTo(1.0, within(1e-14));
        assertThat(f.filteredStateCovariance(0)[0][0]).isCloseTo(0.5, within(1e-14));
        assertThat(f.innovation(0)[0]).isNaN();
        // Smoothed e_1 = y_1 - a_hat = 1 with variance z' V z = 0.5; the missing e_0 keeps its prior (0, 1).
        SmootherResult s = KalmanSmoother.smooth(model(), new double[][] {{Double.NaN, 2}});
        assertThat(s.smoothedObservationDisturbance(0)).containsExactly(0, 1.0);
        assertThat(s.smoothedObservationDisturbanceVariance(0)[0]).isEqualTo(1.0);
        assertThat(s.smoothedObservationDisturbanceVariance(0)[1]).isCloseTo(0.5, within(1e-14));
    }

    @Test
    void simulationDrawsTheCorrelatedErrors() {
        StateSpaceModel m = StateSpaceModel.builder(2, 1, 1).design(new double[][] {{0}, {0}})
                .transition(new double[][] {{0}}).observationCovariance(new double[][] {{4, 1.8}, {1.8, 1}})
                .stateCovariance(new double[][] {{0}})
                .initialization(Initialization.known(new double[] {0}, new double[][] {{0}})).build();
        double[][] y = StateSpaceSimulator.simulate(m, 40_000, new SplittableRandom(7)).observations();
        double s00 = 0;
        double s01 = 0;
        double s11 = 0;
        for (double[] row : y) {
            s00 += row[0] * row[0];
            s01 += row[0] * row[1];
            s11 += row[1] * row[1];
        }
        // Standard errors of the sample moments at n = 40000 are below 0.03; 0.1 is over 3 of them.
        assertThat(s00 / y.length).isCloseTo(4, within(0.1));
        assertThat(s01 / y.length).isCloseTo(1.8, within(0.1));
        assertThat(s11 / y.length).isCloseTo(1, within(0.05));
    }

    @Test
    void streamingRejectsNonDiagonalH() {
        assertThatThrownBy(() -> StreamingKalmanFilter.of(model()))
                .hasMessageContaining("'model' must have a diagonal observation covariance for streaming");
    }

    @Test
    void timeVaryingAndReinitialisedModelsKeepTheFullH() {
        double[][] y = {{1, 2}, {0.5, Double.NaN}, {1.5, 1}};
        double[][][] hs = new double[3][][];
        double[][][] zs = new double[3][][];
        for (int t = 0; t < 3; t++) {
            hs[t] = new double[][] {{1, 0.5}, {0.5, 1}};
            zs[t] = new double[][] {{1}, {1}};
        }
        StateSpaceModel tv = StateSpaceModel.builder(2, 1, 1).design(zs).transition(new double[][] {{1}})
                .observationCovariance(hs).stateCovariance(new double[][] {{0}})
                .initialization(Initialization.known(new double[] {0}, new double[][] {{1}})).build();
        assertThat(tv.hasDiagonalObservationCovariance()).isFalse();
        assertThat(tv.observationCovariance(2)[0]).containsExactly(1, 0.5);
        // The same matrices given per period: the same filter, bit for bit.
        assertThat(KalmanFilter.logLikelihood(tv, y)).isEqualTo(KalmanFilter.logLikelihood(model(), y));
        // A copy with another initialisation keeps the off-diagonal H.
        StateSpaceModel diffuse = model().withInitialization(Initialization.diffuse());
        assertThat(diffuse.observationCovariance(0)[1]).containsExactly(0.5, 1);
        // A time-varying H that is diagonal in every period needs no rotation.
        StateSpaceModel diag = StateSpaceModel.builder(2, 1, 1).design(new double[][] {{1}, {1}})
                .transition(new double[][] {{1}}).observationCovariance(new double[][][] {{{1, 0}, {0, 2}}})
                .build();
        assertThat(diag.hasDiagonalObservationCovariance()).isTrue();
        assertThat(diag.observationCovariance(0)[1]).containsExactly(0, 2);
    }

    /** A singular H (perfectly correlated errors): the second rotated error has variance 0. */
    @Test
    void singularHMakesTheSecondSeriesExact() {
        StateSpaceModel m = StateSpaceModel.builder(2, 1, 1).design(new double[][] {{1}, {0}})
                .transition(new double[][] {{1}}).observationCovariance(new double[][] {{1, 1}, {1, 1}})
                .stateCovariance(new double[][] {{0}})
                .initialization(Initialization.known(new double[] {0}, new double[][] {{1}})).build();
        // y_1 = e_0 exactly, so y_0 - y_1 = a: the state is known after one period.
        FilterResult f = KalmanFilter.filter(m, new double[][] {{3, 1}});
        assertThat(f.filteredState(0)[0]).isCloseTo(2.0, within(1e-12));
        assertThat(f.filteredStateCovariance(0)[0][0]).isCloseTo(0.0, within(1e-12));
    }
}
