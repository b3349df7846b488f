package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Automatic order selection against forecast::auto.arima. */
class AutoArimaTest {

    @Test
    void kpssByHandAndAgainstUrca() {
        // x = 1, 2, 3, 4: l = trunc(3 * 2 / 13) = 0; e = -1.5, -0.5, 0.5, 1.5; partial sums
        // -1.5, -2, -1.5, 0 with squares summing to 8.5; s^2 = 5 / 4; KPSS = 8.5 / 16 / 1.25 = 0.425.
        assertThat(AutoArima.kpss(new double[] {1, 2, 3, 4}).statistic()).isCloseTo(0.425, within(1e-15));
        RReference r = RReference.load("wwwusage_auto.txt");
        double[] y = r.values("y");
        assertThat(AutoArima.kpss(y).statistic()).isCloseTo(r.value("kpss_level"), within(1e-12));
        assertThat(AutoArima.kpss(Polynomials.difference(y, new double[] {1})).statistic())
                .isCloseTo(r.value("kpss_diff1"), within(1e-12));
        assertThat(AutoArima.ndiffs(y, 2)).isEqualTo((int) r.value("ndiffs"));
        assertThat(AutoArima.ndiffs(new double[] {2, 2, 2, 2}, 2)).isZero();
        assertThatThrownBy(() -> AutoArima.ndiffs(new double[] {1, 2}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3 values but has 2");
        // One KPSS in the module: ndiffs refuses a missing value instead of reading NaN > 0.463 as "stationary".
        assertThatThrownBy(() -> AutoArima.ndiffs(new double[] {1, 5, Double.NaN, 2, 7}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN").hasMessageContaining("index 2");
    }

    @Test
    void picksArima111OnWwwusageAsR() {
        RReference r = RReference.load("wwwusage_auto.txt");
        ArimaFit fit = AutoArima.of().fit(r.values("y"));
        double[] order = r.values("order");
        assertThat(fit.spec().p()).isEqualTo((int) order[0]);
        assertThat(fit.spec().d()).isEqualTo((int) order[1]);
        assertThat(fit.spec().q()).isEqualTo((int) order[2]);
        assertThat(fit.parameterNames()).containsExactly(r.strings("coef_names"));
        double[] rc = r.values("coef");
        for (int i = 0; i < rc.length; i++) {
            assertThat(fit.estimates()[i]).isCloseTo(rc[i], within(1e-3 * Math.abs(rc[i])));
        }
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(r.value("loglik") - 1e-5);
        assertThat(fit.aicc()).isLessThanOrEqualTo(r.value("aicc") + 1e-5);
    }

    @Test
    void picksTheAirlineModelOnLogAirPassengersAsR() {
        RReference r = RReference.load("airpassengers_log_auto.txt");
        ArimaFit fit = AutoArima.of().withPeriod(12).fit(r.values("y"));
        assertThat(fit.spec().toString()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
        double[] rc = r.values("coef");
        assertThat(fit.estimates()[0]).isCloseTo(rc[0], within(1e-3 * Math.abs(rc[0])));
        assertThat(fit.estimates()[1]).isCloseTo(rc[1], within(1e-3 * Math.abs(rc[1])));
    }

    @Test
    void seasonalStrength() {
        // A pure period-4 pattern on a trend is all season; white noise has next to none.
        double[] seasonal = new double[40];
        double[] noise = new double[40];
        SplittableRandom random = new SplittableRandom(5);
        for (int t = 0; t < 40; t++) {
            seasonal[t] = 0.1 * t + new double[] {3, -1, -4, 2}[t % 4] + 0.01 * random.nextGaussian();
            noise[t] = random.nextGaussian();
        }
        assertThat(AutoArima.seasonalStrength(seasonal, 4)).isGreaterThan(0.99);
        assertThat(AutoArima.seasonalStrength(noise, 4)).isLessThan(0.64);
    }

    @Test
    void fitsManySeriesInParallel() {
        double[] www = RReference.load("wwwusage_auto.txt").values("y");
        double[] lh = RReference.load("lh_ar1_ml.txt").values("y");
        List<ArimaFit> fits = AutoArima.of().fitAll(List.of(www, lh, www));
        assertThat(fits).hasSize(3);
        assertThat(fits.get(0).estimates()).isEqualTo(fits.get(2).estimates());
        assertThat(fits.get(1).spec()).isEqualTo(AutoArima.of().fit(lh).spec());
        assertThatThrownBy(() -> AutoArima.of().withPeriod(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'period' must be between 1 and 350 (the longest seasonal lag R's arima "
                        + "supports) but has value 0");
        // Issue 15: --period 1000000 died with NegativeArraySizeException, 100000 ran out of memory.
        assertThatThrownBy(() -> AutoArima.of().withPeriod(1_000_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'period' must be between 1 and 350").hasMessageContaining("has value 1000000");
        // ... and a period longer than half the data gave, after 22 s, a silent non-seasonal model.
        assertThat(lh).hasSize(48);
        assertThatThrownBy(() -> AutoArima.of().withPeriod(24).fit(lh))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'period' is 24 but the series has only 48 observed values: a seasonal "
                        + "model needs more than two full periods (49 or more)");
        assertThatThrownBy(() -> AutoArima.of().fit(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3 observed values");
    }

    @Test
    void longSeriesAreSearchedByCssThenRefittedByCssMl() {
        // n = 300 > 150: R's approximation. An AR(1) with phi = 0.7 around 5.
        SplittableRandom random = new SplittableRandom(11);
        double[] y = new double[300];
        double prev = 0;
        for (int t = -100; t < y.length; t++) {
            prev = 0.7 * prev + random.nextGaussian();
            if (t >= 0) {
                y[t] = 5 + prev;
            }
        }
        ArimaFit fit = AutoArima.of().fit(y);
        assertThat(fit.method()).isEqualTo(ArimaSpec.Method.CSS_ML);
        assertThat(fit.spec().d()).isZero();
        assertThat(fit.spec().p()).isPositive();
        assertThat(fit.coefficient("intercept")).isCloseTo(5, within(0.5));
    }

    @Test
    void dataAccessorsCopy() {
        ArimaData data = ArimaData.of(new double[] {1, 2, 3}, new double[][] {{1}, {2}, {4}});
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.regressorCount()).isEqualTo(1);
        double[][] x = data.regressors();
        x[0][0] = 99;
        assertThat(data.regressors()[0][0]).isEqualTo(1);
        assertThat(data.y()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> ArimaData.of(new double[] {1, 2}, new double[][] {{1}, {2, 3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 2");
        assertThatThrownBy(() -> ArimaData.of(new double[] {1, 2}, new double[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must have 2 rows but has 1");
        assertThatThrownBy(() -> ArimaData.of(new double[] {1, 2}, new double[][] {{1}, {Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 column 0 is NaN");
    }

    /** Asserts R's order, coefficient names and values (1e-3 relative), log-likelihood and AICc. */
    private static void assertMatchesR(ArimaFit fit, RReference r) {
        double[] order = r.values("order");
        assertThat(new int[] {fit.spec().p(), fit.spec().d(), fit.spec().q()})
                .containsExactly((int) order[0], (int) order[1], (int) order[2]);
        assertThat(fit.parameterNames()).containsExactly(r.strings("coef_names"));
        double[] rc = r.values("coef");
        for (int i = 0; i < rc.length; i++) {
            assertThat(fit.estimates()[i]).as(fit.parameterNames().get(i))
                    .isCloseTo(rc[i], within(1e-3 * Math.abs(rc[i])));
        }
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(r.value("loglik") - 1e-5);
        assertThat(fit.aicc()).isLessThanOrEqualTo(r.value("aicc") + 1e-5);
    }

    private static double[][] rows(double[]... columns) {
        double[][] x = new double[columns[0].length][columns.length];
        for (int t = 0; t < x.length; t++) {
            for (int j = 0; j < columns.length; j++) {
                x[t][j] = columns[j][t];
            }
        }
        return x;
    }

    @Test
    void withRegressorsPicksRsModelOnLakeHuronWithATrend() {
        // R: ARIMA(1,0,1) errors with intercept and the year (d = 0 on the detrended level).
        RReference r = RReference.load("lakehuron_auto_xreg.txt");
        ArimaData data = ArimaData.of(r.values("y"), rows(r.values("xreg_year")));
        assertMatchesR(AutoArima.of().withRegressors("year").fit(data), r);
    }

    @Test
    void withRegressorsPicksRsModelOnALongSimulatedRegression() {
        // n = 300 > 150: the CSS approximation, then the CSS-ML refit, with two regressors, one a random walk.
        RReference r = RReference.load("simulated_auto_xreg.txt");
        ArimaData data = ArimaData.of(r.values("y"), rows(r.values("xreg_x1"), r.values("xreg_x2")));
        assertMatchesR(AutoArima.of().withRegressors("x1", "x2").fit(data), r);
        RReference ex = RReference.load("simulated_auto_xreg_exhaustive.txt");
        assertMatchesR(AutoArima.of().withRegressors("x1", "x2").withStepwise(false).fit(data), ex);
    }

    @Test
    void exhaustiveSearchPicksRsModels() {
        // stepwise = FALSE finds ARIMA(3,1,0) on WWWusage where the stepwise search stops at (1,1,1),
        // and MA(2) on lh where it stops at AR(1).
        RReference www = RReference.load("wwwusage_auto_exhaustive.txt");
        ArimaFit fit = AutoArima.of().withStepwise(false).fit(www.values("y"));
        assertMatchesR(fit, www);
        assertThat(fit.spec()).isNotEqualTo(AutoArima.of().fit(www.values("y")).spec());
        RReference lh = RReference.load("lh_auto_exhaustive.txt");
        assertMatchesR(AutoArima.of().withStepwise(false).fit(lh.values("y")), lh);
    }

    @Test
    void regressorArgumentsAreChecked() {
        double[] y = RReference.load("lakehuron_auto_xreg.txt").values("y");
        assertThatThrownBy(() -> AutoArima.of().withRegressors("year").fit(y))
                .hasMessageContaining("comes without the regressors [year]");
        assertThatThrownBy(() -> AutoArima.of().withRegressors("a", "b").fit(ArimaData.of(y, rows(y))))
                .hasMessageContaining("must have one regressor column per name [a, b] but has 1 columns");
        assertThatThrownBy(() -> AutoArima.of().withRegressors("a", "a"))
                .isInstanceOf(IllegalArgumentException.class);
        double[] t = new double[y.length];
        double[] t2 = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = i;
            t2[i] = 2 * i + 1;
        }
        // t2 = 2 t + 1: collinear with t and the intercept.
        assertThatThrownBy(() -> AutoArima.of().withRegressors("t", "t2").fit(ArimaData.of(y, rows(t, t2))))
                .hasMessageContaining("must have regressors that are not collinear");
    }

    @Test
    void truncationActsOnlyWithTheApproximationAsInR() {
        // auto.arima's truncate: "All observations are used if either truncate = NULL or approximation = FALSE".
        double[] y = RReference.load("wwwusage_auto.txt").values("y");
        ArimaFit plain = AutoArima.of().fit(y);
        ArimaFit truncatedNoApproximation = AutoArima.of().withTruncation(20).fit(y);
        assertThat(truncatedNoApproximation.estimates()).containsExactly(plain.estimates());
        assertThat(truncatedNoApproximation.nobs()).isEqualTo(plain.nobs());
        // With the approximation the search and the fit use the last 60 values (d = 1: 59 used).
        ArimaFit truncated = AutoArima.of().withApproximation(true).withTruncation(60).fit(y);
        assertThat(truncated.nobs()).isEqualTo(59);
        assertThat(truncated.observations()).containsExactly(java.util.Arrays.copyOfRange(y, 40, 100));
    }
}
