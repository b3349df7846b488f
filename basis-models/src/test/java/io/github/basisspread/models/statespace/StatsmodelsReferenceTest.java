package io.github.basisspread.models.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Filter and smoother outputs compared element by element with statsmodels 0.13.5 (exact diffuse
 * or stationary initialisation), frozen by generate_statsmodels.py in the test resources.
 */
class StatsmodelsReferenceTest {

    /** Relative tolerance on every element: both sides are double-precision implementations of the same recursions. */
    private static final double REL = 1e-8;
    /**
     * The dynamic regression has x near 100 with both states diffuse: the second diffuse update
     * divides terms of size ~1e4 by F_inf ~1e-4, a condition number ~1e8, so two correct
     * implementations agree only to ~1e-16 * 1e8 there.
     */
    private static final double REL_ILL_CONDITIONED = 1e-6;

    static StateSpaceModel localLevel(double h, double q) {
        return StateSpaceModel.builder(1, 1, 1).design(new double[][] {{1}}).transition(new double[][] {{1}})
                .observationCovariance(new double[][] {{h}}).stateCovariance(new double[][] {{q}}).build();
    }

    @Test
    void nileLocalLevel() {
        compare("nile_local_level.csv", localLevel(15099, 1469.1), true);
    }

    @Test
    void nileLocalLevelWithMissingObservations() {
        compare("nile_local_level_missing.csv", localLevel(15099, 1469.1), true);
    }

    @Test
    void nileLocalLinearTrend() {
        StateSpaceModel model = StateSpaceModel.builder(1, 2, 2).design(new double[][] {{1, 0}})
                .transition(new double[][] {{1, 1}, {0, 1}}).observationCovariance(new double[][] {{15000}})
                .stateCovariance(new double[][] {{1000, 0}, {0, 10}}).build();
        compare("nile_local_linear_trend.csv", model, true);
    }

    @Test
    void ar1PlusNoiseStationary() {
        StateSpaceModel model = StateSpaceModel.builder(1, 1, 1).design(new double[][] {{1}})
                .observationIntercept(new double[] {2}).transition(new double[][] {{0.8}})
                .observationCovariance(new double[][] {{1}}).stateCovariance(new double[][] {{0.5}})
                .initialization(Initialization.stationary()).build();
        compare("ar1_plus_noise.csv", model, true);
    }

    @Test
    void dynamicRegressionTimeVaryingDesign() {
        ReferenceCsv csv = ReferenceCsv.load("dynamic_regression.csv");
        double[] x = csv.col("x");
        double[][][] z = new double[x.length][][];
        for (int t = 0; t < x.length; t++) {
            z[t] = new double[][] {{1, x[t]}};
        }
        StateSpaceModel model = StateSpaceModel.builder(1, 2, 2).design(z)
                .transition(new double[][] {{1, 0}, {0, 1}}).observationCovariance(new double[][] {{0.25}})
                .stateCovariance(new double[][] {{0.01, 0}, {0, 0.0001}}).build();
        compare("dynamic_regression.csv", model, true, REL_ILL_CONDITIONED);
    }

    @Test
    void bivariateCommonLevelWithPartlyMissingVectors() {
        StateSpaceModel model = StateSpaceModel.builder(2, 1, 1).design(new double[][] {{1}, {1}})
                .observationIntercept(new double[] {0, 3}).transition(new double[][] {{1}})
                .observationCovariance(new double[][] {{4, 0}, {0, 1}}).stateCovariance(new double[][] {{1}}).build();
        compare("bivariate_common_level.csv", model, false);
    }

    /** Correlated measurement errors: H is not diagonal and is rotated by its LDL' factor each period. */
    @Test
    void correlatedMeasurementErrors() {
        StateSpaceModel model = StateSpaceModel.builder(2, 2, 2).design(new double[][] {{1, 0}, {1, 1}})
                .observationIntercept(new double[] {0, 1}).observationCovariance(new double[][] {{2, 1.2}, {1.2, 1.5}})
                .transition(new double[][] {{1, 0}, {0, 0.7}}).stateCovariance(new double[][] {{1, 0}, {0, 0.25}})
                .build();
        assertThat(model.hasDiagonalObservationCovariance()).isFalse();
        assertThat(model.observationCovariance(0)[1][0]).isEqualTo(1.2);
        compare("correlated_measurement.csv", model, false);
    }

    private static void compare(String file, StateSpaceModel model, boolean univariate) {
        compare(file, model, univariate, REL);
    }

    private static void compare(String file, StateSpaceModel model, boolean univariate, double rel) {
        ReferenceCsv csv = ReferenceCsv.load(file);
        int n = csv.rows;
        int m = model.stateDimension();
        int p = model.observationDimension();
        double[][] y = new double[n][p];
        for (int i = 0; i < p; i++) {
            double[] col = csv.col("y" + i);
            for (int t = 0; t < n; t++) {
                y[t][i] = col[t];
            }
        }
        SmootherResult s = KalmanSmoother.smooth(model, y);
        FilterResult f = s.filter();
        // statsmodels reports Durbin and Koopman's diffuse log-likelihood.
        assertThat(f.diffuseLogLikelihood()).isCloseTo(csv.scalar("llf"), within(1e-9 * Math.abs(csv.scalar("llf"))));
        assertThat(f.diffusePeriods()).isEqualTo((int) csv.scalar("nobs_diffuse"));
        double[] predN = csv.scalars.get("pred_state_n");
        double[] predCovN = csv.scalars.get("pred_cov_n");
        for (int i = 0; i < m; i++) {
            close(f.predictedState(n)[i], predN[i], file + " pred_state_n", rel);
            for (int j = 0; j < m; j++) {
                close(f.predictedStateCovariance(n)[i][j], predCovN[i * m + j], file + " pred_cov_n", rel);
            }
        }
        for (int t = 0; t < n; t++) {
            String at = file + " t=" + t + " ";
            for (int i = 0; i < m; i++) {
                close(f.predictedState(t)[i], csv.col("pred_state" + i)[t], at + "pred_state" + i, rel);
                close(f.filteredState(t)[i], csv.col("filt_state" + i)[t], at + "filt_state" + i, rel);
                close(s.smoothedState(t)[i], csv.col("smooth_state" + i)[t], at + "smooth_state" + i, rel);
                for (int j = i; j < m; j++) {
                    close(f.predictedStateCovariance(t)[i][j], csv.col("pred_cov" + i + j)[t], at + "pred_cov", rel);
                    close(f.filteredStateCovariance(t)[i][j], csv.col("filt_cov" + i + j)[t], at + "filt_cov", rel);
                    close(s.smoothedStateCovariance(t)[i][j], csv.col("smooth_cov" + i + j)[t], at + "smooth_cov", rel);
                }
            }
            for (int i = 0; i < model.disturbanceDimension(); i++) {
                close(s.smoothedStateDisturbance(t)[i], csv.col("smooth_eta" + i)[t], at + "eta", rel);
                close(s.smoothedStateDisturbanceCovariance(t)[i][i], csv.col("smooth_eta_var" + i)[t], at + "eta var", rel);
            }
            boolean diffusePeriod = t < f.diffusePeriods();
            if (diffusePeriod && !model.hasDiagonalObservationCovariance()) {
                // In diffuse periods statsmodels reports the rotated disturbances e* = L^-1 e (H = L D L');
                // for p = 2, e*_0 = e_0 and e*_1 = e_1 - (H_10 / H_00) e_0. Ours are e itself.
                double[] eps = s.smoothedObservationDisturbance(t);
                double[][] h = model.observationCovariance(t);
                close(eps[0], csv.col("smooth_eps0")[t], at + "eps0", rel);
                close(eps[1] - h[1][0] / h[0][0] * eps[0], csv.col("smooth_eps1")[t], at + "rotated eps1", rel);
            }
            for (int i = 0; i < p && !(diffusePeriod && !model.hasDiagonalObservationCovariance()); i++) {
                close(s.smoothedObservationDisturbance(t)[i], csv.col("smooth_eps" + i)[t], at + "eps", rel);
                close(s.smoothedObservationDisturbanceVariance(t)[i], csv.col("smooth_eps_var" + i)[t], at + "eps var", rel);
            }
            if (!univariate && !diffusePeriod) {
                // (In diffuse periods statsmodels reports its univariate innovations instead.)
                // The multivariate innovation vector and its full covariance F_t (statsmodels' forecasts_error[_cov]).
                double[] v = f.innovation(t);
                double[][] cf = f.innovationCovariance(t);
                for (int i = 0; i < p; i++) {
                    double ref = csv.col("fe" + i)[t];
                    if (Double.isNaN(ref)) {
                        assertThat(v[i]).as(at + "fe" + i).isNaN();
                    } else {
                        close(v[i], ref, at + "fe" + i, rel);
                    }
                    for (int j = 0; j < p; j++) {
                        close(cf[i][j], csv.col("fe_cov" + i + j)[t], at + "fe_cov" + i + j, rel);
                    }
                }
            }
            if (univariate) {
                double v = csv.col("forecast_error")[t];
                if (Double.isNaN(v)) {
                    assertThat(f.forecastError(t)[0]).as(at + "v").isNaN();
                } else {
                    close(f.forecastError(t)[0], v, at + "v", rel);
                    close(f.forecastErrorVariance(t)[0], csv.col("forecast_error_var")[t], at + "F", rel);
                }
            }
        }
    }

    static void close(double actual, double expected, String what, double rel) {
        double scale = Math.max(1.0, Math.abs(expected));
        assertThat(actual).as(what).isCloseTo(expected, within(rel * scale));
    }
}
