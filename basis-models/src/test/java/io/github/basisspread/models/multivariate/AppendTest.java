package io.github.basisspread.models.multivariate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code append} of the VAR and the VECM: new observations without re-estimating. The expected
 * forecasts are computed here, independently of the fits' forecasting code, by running the
 * model's own equations (the VAR in levels, the VECM in differences with its error-correction
 * term) over the longer sample with the estimated parameters.
 */
class AppendTest {

    private static final double[][] DATA = References.denmark();
    private static final int N = DATA[0].length;
    private static final int CUT = N - 17;

    /** Every mean of a forecast, series by series. */
    private static double[] means(MultivariateForecast f) {
        double[] out = new double[f.horizon() * f.dimension()];
        for (int j = 0; j < f.dimension(); j++) {
            System.arraycopy(f.variable(j).mean(), 0, out, j * f.horizon(), f.horizon());
        }
        return out;
    }

    private static double[][] head(int n) {
        double[][] out = new double[DATA.length][];
        for (int j = 0; j < DATA.length; j++) {
            out[j] = Arrays.copyOf(DATA[j], n);
        }
        return out;
    }

    private static double[][] part(int from, int to) {
        double[][] out = new double[DATA.length][];
        for (int j = 0; j < DATA.length; j++) {
            out[j] = Arrays.copyOfRange(DATA[j], from, to);
        }
        return out;
    }

    /** y_t = c + d t + sum_i A_i y_{t-i}, t the 1-based observation number, over the whole data. */
    private static double[][] varRecursion(VarFit fit, int horizon) {
        int kk = DATA.length;
        double[][] coef = fit.coefficients();
        double[][][] a = fit.lagMatrices();
        int p = a.length;
        double[][] path = new double[N + horizon][kk];
        for (int t = 0; t < N; t++) {
            for (int j = 0; j < kk; j++) {
                path[t][j] = DATA[j][t];
            }
        }
        for (int t = N; t < N + horizon; t++) {
            for (int r = 0; r < kk; r++) {
                double v = coef[0][r] + coef[1][r] * (t + 1);
                for (int i = 1; i <= p; i++) {
                    for (int c = 0; c < kk; c++) {
                        v += a[i - 1][r][c] * path[t - i][c];
                    }
                }
                path[t][r] = v;
            }
        }
        return Arrays.copyOfRange(path, N, N + horizon);
    }

    @Test
    void aVarAppendedForecastsFromTheEndOfTheLongerSampleWithItsTrend() {
        VarFit fit = VarSpec.of(2).withTrend(VarTrend.CONSTANT_TREND).fit(head(CUT));
        VarFit appended = fit.append(part(CUT, N));
        double[][] expected = varRecursion(fit, 6);
        MultivariateForecast f = appended.forecast(6);
        for (int h = 0; h < 6; h++) {
            for (int j = 0; j < DATA.length; j++) {
                assertThat(f.variable(j).mean()[h]).as("step %d series %d", h + 1, j)
                        .isCloseTo(expected[h][j], within(1e-12 * (1 + Math.abs(expected[h][j]))));
                // the MSE depends on the parameters only
                assertThat(f.variable(j).standardErrors()[h]).isEqualTo(fit.forecast(6).variable(j).standardErrors()[h]);
            }
        }
        // the estimation results stay
        assertThat(appended.estimates()).containsExactly(fit.estimates());
        assertThat(appended.standardErrors()).containsExactly(fit.standardErrors());
        assertThat(appended.logLikelihood()).isEqualTo(fit.logLikelihood());
        assertThat(appended.nobs()).isEqualTo(fit.nobs());
        // in pieces, or from the whole history, the same
        VarFit inPieces = fit.append(part(CUT, CUT + 1)).append(part(CUT + 1, CUT + 5)).append(part(CUT + 5, N));
        assertThat(means(inPieces.forecast(6))).containsExactly(means(f));
        assertThat(means(fit.forecastFrom(DATA, 6))).containsExactly(means(f));
        assertThat(means(fit.append(part(CUT, CUT)).forecast(3))).containsExactly(means(fit.forecast(3)));
        // the original is untouched
        assertThat(fit.forecast(1).mean(1)[0]).isNotEqualTo(f.mean(1)[0]);
    }

    /**
     * dy_t = alpha (beta' y_{t-1} + rho) + sum_i Gamma_i dy_{t-i} + mu_0 + mu_1 t over the whole
     * data, the levels accumulated.
     */
    private static double[][] vecmRecursion(VecmFit fit, int horizon) {
        int kk = DATA.length;
        double[][] alpha = fit.alpha();
        double[][] beta = fit.beta();
        double[][] inside = fit.betaDeterministic();
        double[][] gamma = fit.gamma();
        double[][] outside = fit.deterministicOutside();
        int k = fit.spec().lagDifferences();
        int r = fit.rank();
        double[][] y = new double[N + horizon][kk];
        for (int t = 0; t < N; t++) {
            for (int j = 0; j < kk; j++) {
                y[t][j] = DATA[j][t];
            }
        }
        for (int t = N; t < N + horizon; t++) {
            for (int i = 0; i < kk; i++) {
                double dy = 0;
                for (int c = 0; c < r; c++) {
                    double ec = inside.length > 0 ? inside[0][c] : 0;
                    for (int j = 0; j < kk; j++) {
                        ec += beta[j][c] * y[t - 1][j];
                    }
                    dy += alpha[i][c] * ec;
                }
                for (int lag = 1; lag <= k; lag++) {
                    for (int j = 0; j < kk; j++) {
                        dy += gamma[i][(lag - 1) * kk + j] * (y[t - lag][j] - y[t - lag - 1][j]);
                    }
                }
                for (int c = 0; c < outside[i].length; c++) {
                    dy += outside[i][c] * (c == 0 && outside[i].length == 2 ? 1 : t + 1);
                }
                y[t][i] = y[t - 1][i] + dy;
            }
        }
        return Arrays.copyOfRange(y, N, N + horizon);
    }

    @Test
    void aVecmAppendedForecastsFromTheEndOfTheLongerSample() {
        for (String deterministic : new String[] {"ci", "colo"}) {
            VecmFit fit = VecmSpec.of(2, 1).withDeterministic(deterministic).fit(head(CUT));
            VecmFit appended = fit.append(part(CUT, N));
            double[][] expected = vecmRecursion(fit, 5);
            MultivariateForecast f = appended.forecast(5);
            for (int h = 0; h < 5; h++) {
                for (int j = 0; j < DATA.length; j++) {
                    assertThat(f.variable(j).mean()[h]).as("%s step %d series %d", deterministic, h + 1, j)
                            .isCloseTo(expected[h][j], within(1e-12 * (1 + Math.abs(expected[h][j]))));
                }
            }
            assertThat(appended.estimates()).containsExactly(fit.estimates());
            assertThat(appended.logLikelihood()).isEqualTo(fit.logLikelihood());
            assertThat(appended.nobs()).isEqualTo(fit.nobs());
            assertThat(means(fit.forecastFrom(DATA, 5))).containsExactly(means(f));
            assertThat(means(fit.append(part(CUT, CUT + 2)).append(part(CUT + 2, N)).forecast(5)))
                    .containsExactly(means(f));
        }
    }

    @Test
    void badAppendsAreRefusedNamingTheArgument() {
        VarFit fit = VarSpec.of(1).fit(head(CUT));
        assertThatThrownBy(() -> fit.append(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newObservations' must hold 4 series but has null");
        assertThatThrownBy(() -> fit.append(new double[3][2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newObservations' must hold 4 series but has 3");
        double[][] ragged = {new double[2], new double[2], new double[1], new double[2]};
        assertThatThrownBy(() -> fit.append(ragged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newObservations' must hold series of one length, at least 0, but series 2"
                        + " has length 1");
        double[][] nan = part(CUT, CUT + 2);
        nan[3][1] = Double.NaN;
        VecmFit vecm = VecmSpec.of(1, 1).fit(head(CUT));
        assertThatThrownBy(() -> vecm.append(nan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newObservations' must be finite but series 3 has value NaN at index 1");
        assertThatThrownBy(() -> vecm.forecastFrom(part(0, 1), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'history' must hold series of one length, at least 2, but series 0 has length 1");
    }
}
