package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lag search of long series through the nested cross products (NestedLags), against
 * statsmodels' adfuller on a 100,000-point series (reference/make_large_adf.py) and against
 * refitting every lag order by Householder QR.
 */
class AdfLargeSampleTest {

    private static final Properties REF = load();

    private static Properties load() {
        try (InputStream in = AdfLargeSampleTest.class.getResourceAsStream(
                "/io/github/basisspread/models/diagnostics/reference/adf_large.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ref(String key) {
        return Double.parseDouble(REF.getProperty(key).strip());
    }

    /** The series of make_large_adf.py, rebuilt bit for bit (Park-Miller LCG, AR(1) at a level of 60000). */
    static double[] series(int n) {
        long state = 20261205L;
        double z = 0;
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            state = state * 48271L % 2147483647L;
            double e = state / 2147483647.0 - 0.5;
            z = 0.999 * z + e;
            x[t] = 60000.0 + z;
        }
        return x;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"n, AIC", "n, BIC", "n, t-stat", "c, AIC", "c, BIC", "c, t-stat", "ct, AIC", "ct, BIC",
        "ct, t-stat"})
    void matchesStatsmodelsOnALongSeries(String regression, String autolag) {
        double[] x = series((int) ref("n"));
        Deterministic d = switch (regression) {
            case "n" -> Deterministic.NONE;
            case "c" -> Deterministic.CONSTANT;
            default -> Deterministic.CONSTANT_TREND;
        };
        LagSelection l = switch (autolag) {
            case "AIC" -> LagSelection.AIC;
            case "BIC" -> LagSelection.BIC;
            default -> LagSelection.T_STAT;
        };
        AdfResult r = AugmentedDickeyFuller.of(d).withLagSelection(l).test(x);
        String key = "large." + regression + "." + autolag;
        assertThat(r.lagsUsed()).isEqualTo((int) ref(key + ".usedlag"));
        assertThat(r.nobs()).isEqualTo((int) ref(key + ".nobs"));
        double stat = ref(key + ".stat");
        assertThat(r.statistic()).isCloseTo(stat, within(1e-9 * Math.abs(stat)));
        double ic = ref(key + ".icbest");
        assertThat(r.selectionCriterion().getAsDouble()).isCloseTo(ic, within(1e-9 * Math.abs(ic)));
    }

    @Test
    void nestedSumsOfSquaresEqualRefittingEachOrder() {
        double[] x = series(3000);
        double[] dx = new double[x.length - 1];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = x[i + 1] - x[i];
        }
        int maxLag = 12;
        for (Deterministic d : Deterministic.values()) {
            NestedLags nested = NestedLags.of(x, dx, maxLag, maxLag, d);
            double[] ssr = nested.nestedSsr();
            double[] t = nested.nestedLastTValues();
            assertThat(ssr).hasSize(maxLag + 1);
            for (int p = 0; p <= maxLag; p++) {
                LeastSquares.Fit fit = refit(x, dx, maxLag, p, d);
                assertThat(ssr[p]).as("%s p=%d", d, p).isCloseTo(fit.ssr(), within(1e-11 * fit.ssr()));
                // The last column of the refit in its order [level, lags, terms]: the deepest lag, or the level.
                double tq = fit.tValue(p);
                assertThat(t[p]).as("%s p=%d", d, p).isCloseTo(tq, within(1e-9 * Math.abs(tq)));
            }
            double stat = refit(x, dx, maxLag, maxLag, d).tValue(0);
            assertThat(nested.levelTValue()).isCloseTo(stat, within(1e-9 * Math.abs(stat)));
        }
    }

    @Test
    void anIllConditionedDesignIsNotTrusted() {
        // dx alternates exactly: every lag is +-1 times the target, so the cross products are singular.
        double[] x = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 2;
        }
        double[] dx = new double[x.length - 1];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = x[i + 1] - x[i];
        }
        NestedLags nested = NestedLags.of(x, dx, 3, 3, Deterministic.CONSTANT);
        assertThat(nested.nestedSsr()).isNull();
        assertThat(nested.levelTValue()).isNaN();
    }

    private static LeastSquares.Fit refit(double[] x, double[] dx, int trim, int p, Deterministic d) {
        int rows = dx.length - trim;
        double[] y = new double[rows];
        double[][] columns = new double[1 + p][rows];
        for (int r = 0; r < rows; r++) {
            int t = r + trim;
            y[r] = dx[t];
            columns[0][r] = x[t];
            for (int i = 1; i <= p; i++) {
                columns[i][r] = dx[t - i];
            }
        }
        return LeastSquares.fit(y, d.appendTo(columns, rows));
    }
}
