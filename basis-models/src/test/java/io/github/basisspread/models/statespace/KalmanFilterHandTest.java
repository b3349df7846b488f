package io.github.basisspread.models.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Filter, forecast, streaming and simulation numbers worked by hand, and bad input. */
class KalmanFilterHandTest {

    private static final double TOL = 1e-12;

    @Test
    void localLevelKnownInitialisationByHand() {
        // a1 = 0, P1 = 2, H = 1, Q = 0.5, y = (1, NaN, 3).
        StateSpaceModel model = StateSpaceModel.builder(1, 1, 1).design(new double[][] {{1}})
                .transition(new double[][] {{1}}).observationCovariance(new double[][] {{1}})
                .stateCovariance(new double[][] {{0.5}})
                .initialization(Initialization.known(new double[] {0}, new double[][] {{2}})).build();
        FilterResult f = KalmanFilter.filter(model, new double[] {1, Double.NaN, 3});
        // t=0: v = 1, F = 2 + 1 = 3, K = 2/3, a_f = 2/3, P_f = 2 - 4/3 = 2/3; P_pred1 = 2/3 + 0.5 = 7/6.
        assertThat(f.forecastError(0)[0]).isCloseTo(1, within(TOL));
        assertThat(f.forecastErrorVariance(0)[0]).isCloseTo(3, within(TOL));
        assertThat(f.filteredState(0)[0]).isCloseTo(2.0 / 3, within(TOL));
        assertThat(f.filteredStateCovariance(0)[0][0]).isCloseTo(2.0 / 3, within(TOL));
        assertThat(f.predictedStateCovariance(1)[0][0]).isCloseTo(7.0 / 6, within(TOL));
        // t=1 missing: no update; P_pred2 = 7/6 + 1/2 = 5/3.
        assertThat(f.forecastError(1)[0]).isNaN();
        assertThat(f.filteredState(1)[0]).isCloseTo(2.0 / 3, within(TOL));
        assertThat(f.predictedStateCovariance(2)[0][0]).isCloseTo(5.0 / 3, within(TOL));
        // t=2: v = 3 - 2/3 = 7/3, F = 5/3 + 1 = 8/3.
        assertThat(f.forecastError(2)[0]).isCloseTo(7.0 / 3, within(TOL));
        assertThat(f.forecastErrorVariance(2)[0]).isCloseTo(8.0 / 3, within(TOL));
        // logL = -1/2 [2 log 2pi + log 3 + 1/3 + log(8/3) + (49/9)/(8/3)] = -1/2 [2 log 2pi + log 8 + 1/3 + 49/24]
        double expected = -0.5 * (2 * Math.log(2 * Math.PI) + Math.log(8) + 1.0 / 3 + 49.0 / 24);
        assertThat(f.logLikelihood()).isCloseTo(expected, within(TOL));
        assertThat(f.logLikelihoodContributions()[0] + f.logLikelihoodContributions()[2]).isCloseTo(expected,
                within(TOL));
        assertThat(f.diffuseLogLikelihood()).isEqualTo(f.logLikelihood());
    }

    @Test
    void forecastVarianceGrowsByQPerStep() {
        StateSpaceModel model = LocalLevel.model(1, 0.5);
        FilterResult f = KalmanFilter.filter(model, new double[] {1, 2, 4});
        double p = f.predictedStateCovariance(3)[0][0];
        double a = f.predictedState(3)[0];
        StateSpaceForecast fc = f.forecast(3);
        // Local level: mean stays a_{n+1}; Var y_{n+h} = P_{n+1} + (h-1) q + H.
        for (int h = 1; h <= 3; h++) {
            assertThat(fc.mean(h)[0]).isCloseTo(a, within(TOL));
            assertThat(fc.covariance(h)[0][0]).isCloseTo(p + (h - 1) * 0.5 + 1, within(TOL));
            assertThat(fc.stateCovariance(h)[0][0]).isCloseTo(p + (h - 1) * 0.5, within(TOL));
            assertThat(fc.stateMean(h)[0]).isCloseTo(a, within(TOL));
        }
        assertThat(fc.horizon()).isEqualTo(3);
        assertThatThrownBy(() -> fc.mean(4)).hasMessageContaining("'h' must be in [1, 3] but has value 4");
        assertThatThrownBy(() -> f.forecast(0)).hasMessageContaining("'horizon' must be at least 1 but has value 0");
    }

    @Test
    void stationaryInitialisationSolvesLyapunov() {
        // AR(1) phi = 0.5, q = 3: P = q / (1 - phi^2) = 3 / 0.75 = 4; with c = 1: a = c / (1 - phi) = 2.
        StateSpaceModel model = StateSpaceModel.builder(1, 1, 1).design(new double[][] {{1}})
                .transition(new double[][] {{0.5}}).stateIntercept(new double[] {1})
                .stateCovariance(new double[][] {{3}}).initialization(Initialization.stationary()).build();
        FilterResult f = KalmanFilter.filter(model, new double[] {Double.NaN, 1});
        assertThat(f.predictedState(0)[0]).isCloseTo(2, within(TOL));
        assertThat(f.predictedStateCovariance(0)[0][0]).isCloseTo(4, within(1e-10));
        // stationary: the missing first period leaves mean and variance unchanged.
        assertThat(f.predictedState(1)[0]).isCloseTo(2, within(TOL));
        assertThat(f.predictedStateCovariance(1)[0][0]).isCloseTo(4, within(1e-10));
    }

    @Test
    void streamingFilterGivesTheBatchNumbers() {
        StateSpaceModel llt = LocalLinearTrend.model(15000, 1000, 10);
        double[] y = ReferenceCsv.nile();
        y[5] = Double.NaN;
        FilterResult batch = KalmanFilter.filter(llt, y);
        StreamingKalmanFilter s = StreamingKalmanFilter.of(llt);
        for (int t = 0; t < y.length; t++) {
            s.update(y[t]);
            for (int i = 0; i < 2; i++) {
                assertThat(s.filteredState(i)).isCloseTo(batch.filteredState(t)[i], within(1e-9));
                for (int j = 0; j < 2; j++) {
                    assertThat(s.filteredCovariance(i, j)).isCloseTo(batch.filteredStateCovariance(t)[i][j],
                            within(1e-9 * Math.max(1, Math.abs(batch.filteredStateCovariance(t)[i][j]))));
                }
            }
            assertThat(s.predictedState()[0]).isCloseTo(batch.predictedState(t + 1)[0], within(1e-9));
        }
        assertThat(s.count()).isEqualTo(y.length);
        assertThat(s.isDiffuse()).isFalse();
        assertThat(s.logLikelihood()).isCloseTo(batch.logLikelihood(), within(1e-9));
        assertThat(s.lastInnovation()).isCloseTo(batch.forecastError(y.length - 1)[0], within(1e-9));
        assertThat(s.lastInnovationVariance()).isCloseTo(batch.forecastErrorVariance(y.length - 1)[0], within(1e-6));
    }

    /** A time-varying design (dynamic regression on the statsmodels reference data): streaming equals batch. */
    @Test
    void streamingTimeVaryingMatchesBatch() {
        ReferenceCsv csv = ReferenceCsv.load("dynamic_regression.csv");
        double[] x = csv.col("x");
        double[] y = csv.col("y0");
        StateSpaceModel model = DynamicRegression.model(x, 0.25, 0.01, 0.0001);
        FilterResult batch = KalmanFilter.filter(model, y);
        StreamingKalmanFilter s = StreamingKalmanFilter.of(model);
        for (int t = 0; t < y.length; t++) {
            s.update(y[t]);
            for (int i = 0; i < 2; i++) {
                // Same recursion; the two differ only by rounding in the order of a few sums.
                double a = batch.filteredState(t)[i];
                double pc = batch.filteredStateCovariance(t)[i][1];
                assertThat(s.filteredState(i)).isCloseTo(a, within(1e-9 * Math.max(1, Math.abs(a))));
                assertThat(s.filteredCovariance(i, 1)).isCloseTo(pc, within(1e-9 * Math.max(1e-3, Math.abs(pc))));
            }
        }
        assertThat(s.logLikelihood()).isCloseTo(batch.logLikelihood(), within(1e-9 * Math.abs(batch.logLikelihood())));
        assertThat(s.predictedState()[1]).isCloseTo(batch.predictedState(y.length)[1], within(1e-9));
    }

    @Test
    void streamingMultivariateMatchesBatch() {
        StateSpaceModel model = StateSpaceModel.builder(2, 1, 1).design(new double[][] {{1}, {1}})
                .observationIntercept(new double[] {0, 3}).transition(new double[][] {{1}})
                .observationCovariance(new double[][] {{4, 0}, {0, 1}}).stateCovariance(new double[][] {{1}}).build();
        double[][] y = {{1, 4}, {Double.NaN, 5}, {2, Double.NaN}, {3, 6.5}};
        FilterResult batch = KalmanFilter.filter(model, y);
        StreamingKalmanFilter s = StreamingKalmanFilter.of(model);
        for (int t = 0; t < y.length; t++) {
            s.update(y[t]);
            assertThat(s.filteredState(0)).isCloseTo(batch.filteredState(t)[0], within(1e-12));
        }
        assertThat(s.logLikelihood()).isCloseTo(batch.logLikelihood(), within(1e-12));
        assertThatThrownBy(() -> s.update(1.0)).hasMessageContaining("must be a vector of 2 values");
        assertThatThrownBy(() -> s.update(new double[] {1})).hasMessageContaining("'y' must have length 2 but has 1");
    }

    @Test
    void steadyStateShortcutChangesNothing() {
        double[] y = new StateSpaceSimulator.Simulation[] {
            StateSpaceSimulator.simulate(LocalLevel.model(2, 0.3), 2000, new SplittableRandom(7))}[0]
                .observationSeries(0);
        y[1500] = Double.NaN;
        FilterResult f = KalmanFilter.filter(LocalLevel.model(2, 0.3), y);
        assertThat(f.steadyStateFrom()).isPresent();
        // A time-varying copy of the same model never takes the shortcut.
        double[][][] z = new double[y.length][][];
        for (int t = 0; t < y.length; t++) {
            z[t] = new double[][] {{1}};
        }
        StateSpaceModel tv = StateSpaceModel.builder(1, 1, 1).design(z).transition(new double[][] {{1}})
                .observationCovariance(new double[][] {{2}}).stateCovariance(new double[][] {{0.3}}).build();
        FilterResult g = KalmanFilter.filter(tv, y);
        assertThat(g.steadyStateFrom()).isEmpty();
        assertThat(f.logLikelihood()).isCloseTo(g.logLikelihood(), within(1e-9));
        assertThat(KalmanFilter.logLikelihood(LocalLevel.model(2, 0.3), y)).isCloseTo(g.logLikelihood(), within(1e-9));
        for (int t = 0; t < y.length; t += 97) {
            assertThat(f.filteredState(t)[0]).isCloseTo(g.filteredState(t)[0], within(1e-10));
            assertThat(f.filteredStateCovariance(t)[0][0]).isCloseTo(g.filteredStateCovariance(t)[0][0], within(1e-10));
        }
    }

    @Test
    void simulationIsSeededAndReproducible() {
        StateSpaceModel model = Ar1PlusNoise.model(1, 0.9, 0.5, 0.2);
        var a = StateSpaceSimulator.simulate(model, 50, new SplittableRandom(42));
        var b = StateSpaceSimulator.simulate(model, 50, new SplittableRandom(42));
        assertThat(a.observations()).isDeepEqualTo(b.observations());
        assertThat(a.states()).isDeepEqualTo(b.states());
        assertThat(a.size()).isEqualTo(50);
        assertThatThrownBy(() -> StateSpaceSimulator.simulate(model, 0, new SplittableRandom(1)))
                .hasMessageContaining("'n' must be in [1, inf] but has value 0");
    }

    @Test
    void badInputHasClearMessages() {
        assertThatThrownBy(() -> StateSpaceModel.builder(1, 2, 2).design(new double[][] {{1}}))
                .hasMessageContaining("'design' must be 1 x 2 but is 1 x 1");
        assertThatThrownBy(() -> StateSpaceModel.builder(1, 2, 2).stateCovariance(new double[][] {{1, 2}, {0, 1}}))
                .hasMessageContaining("'stateCovariance' must be symmetric but element (0,1) = 2.0 differs from (1,0) = 0.0");
        assertThatThrownBy(() -> StateSpaceModel.builder(1, 2, 2).stateCovariance(new double[][] {{1, 2}, {2, 1}}))
                .hasMessageContaining("'stateCovariance' must be positive semi-definite but has eigenvalue -1.0");
        assertThatThrownBy(() -> StateSpaceModel.builder(2, 1, 1).observationCovariance(new double[][] {{1, 0.5}, {0.4, 1}}))
                .hasMessageContaining("'observationCovariance' must be symmetric but element (0,1) = 0.5 differs from (1,0) = 0.4");
        // eigenvalues of [[1, 2], [2, 1]] are 3 and -1
        assertThatThrownBy(() -> StateSpaceModel.builder(2, 1, 1).observationCovariance(new double[][] {{1, 2}, {2, 1}}))
                .hasMessageContaining("'observationCovariance' must be positive semi-definite but has eigenvalue -1.0");
        assertThatThrownBy(() -> StateSpaceModel.builder(2, 1, 1)
                .observationCovariance(new double[][][] {{{1, 0}, {0, 1}}, {{1, 2}, {2, 1}}}))
                .hasMessageContaining("'observationCovariance[1]' must be positive semi-definite");
        assertThatThrownBy(() -> StateSpaceModel.builder(1, 1, 1).observationCovariance(new double[][] {{-1}}))
                .hasMessageContaining("must have non-negative variances but element (0,0) is -1.0");
        assertThatThrownBy(() -> StateSpaceModel.builder(0, 1, 1))
                .hasMessageContaining("'observationDimension' must be at least 1 but has value 0");
        assertThatThrownBy(() -> StateSpaceModel.builder(1, 1, 1).design(new double[][] {{Double.NaN}}))
                .hasMessageContaining("'design[0]' must be finite but element 0 has value NaN");
        assertThatThrownBy(() -> StateSpaceModel.builder(1, 1, 1).design(new double[][] {{1}}).build())
                .hasMessageContaining("'transition' must be set");
        assertThatThrownBy(() -> Ar1PlusNoise.model(0, 1.0, 1, 1))
                .hasMessageContaining("spectral radius 1.0");
        StateSpaceModel ll = LocalLevel.model(1, 1);
        assertThatThrownBy(() -> KalmanFilter.filter(ll, new double[] {Double.NaN, Double.NaN}))
                .hasMessageContaining("'y' must hold at least one observed value but all 2 are missing");
        assertThatThrownBy(() -> KalmanFilter.filter(ll, new double[0]))
                .hasMessageContaining("'y' must hold at least one period but is empty");
        assertThatThrownBy(() -> KalmanFilter.filter(ll, new double[] {1, Double.POSITIVE_INFINITY}))
                .hasMessageContaining("element 1 is Infinity");
        assertThatThrownBy(() -> KalmanFilter.filter(LocalLinearTrend.model(1, 1, 1), new double[] {1, Double.NaN}))
                .hasMessageContaining("enough observations to finish the diffuse initialisation of a 2-state model but"
                        + " has 2 periods with 1 observed values");
        assertThatThrownBy(() -> KalmanFilter.filter(ll, new double[][] {{1, 2}}))
                .hasMessageContaining("'y' must have 1 values in every row but row 0 has 2 values");
        StreamingKalmanFilter tv = StreamingKalmanFilter.of(DynamicRegression.model(new double[] {1, 2}, 1, 1, 1));
        tv.update(1.0);
        tv.update(new double[] {2.0});
        assertThatThrownBy(() -> tv.update(3.0))
                .hasMessageContaining("'y' is beyond the 2 periods the time-varying model covers");
        assertThatThrownBy(() -> LocalLevel.of().fit(new double[] {1, Double.NaN}))
                .hasMessageContaining("at least 3 observed values for a local level model but has 1");
    }
}
