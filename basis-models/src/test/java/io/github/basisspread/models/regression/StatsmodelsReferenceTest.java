package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.models.api.InformationCriteria;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every statistic of an OLS/WLS fit, under every covariance estimator, against statsmodels 0.13.5
 * on a fixed data set (reference/generate.py wrote the frozen files), to 1e-9 relative.
 */
class StatsmodelsReferenceTest {

    private static final double RELATIVE = 1e-9;

    private static double[][] columns;   // y, x1, x2, x3, w
    private static Map<String, double[]> reference;

    @BeforeAll
    static void load() throws IOException {
        List<String> data = lines("reference/data.csv");
        int n = data.size() - 1;
        columns = new double[5][n];
        for (int i = 0; i < n; i++) {
            String[] parts = data.get(i + 1).split(",");
            for (int j = 0; j < 5; j++) {
                columns[j][i] = Double.parseDouble(parts[j]);
            }
        }
        reference = new HashMap<>();
        for (String line : lines("reference/statsmodels.txt")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            double[] values = new double[parts.length - 1];
            for (int j = 1; j < parts.length; j++) {
                values[j - 1] = Double.parseDouble(parts[j]);
            }
            reference.put(parts[0], values);
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = StatsmodelsReferenceTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    private static RegressionData data(boolean weighted) {
        RegressionData.Builder b = RegressionData.builder().response("y", columns[0])
                .regressor("x1", columns[1]).regressor("x2", columns[2]).regressor("x3", columns[3]);
        if (weighted) {
            b.weights(columns[4]);
        }
        return b.build();
    }

    private static CovarianceEstimator estimator(String name) {
        return switch (name) {
            case "classical" -> CovarianceEstimator.classical();
            case "hc0" -> CovarianceEstimator.hc0();
            case "hc1" -> CovarianceEstimator.hc1();
            case "hc2" -> CovarianceEstimator.hc2();
            case "hc3" -> CovarianceEstimator.hc3();
            case "hac_auto" -> CovarianceEstimator.neweyWest();
            case "hac4_corrected" -> CovarianceEstimator.neweyWest(4, true);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void check(String key, double[] actual) {
        double[] expected = reference.get(key);
        assertThat(expected).as("reference value %s", key).isNotNull();
        assertThat(actual).as(key).hasSameSizeAs(expected);
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            // relative to the entry, with a floor relative to the vector for entries near zero
            double tol = RELATIVE * Math.abs(expected[i]) + 1e-13 * scale;
            assertThat(actual[i]).as("%s[%d]", key, i).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(tol));
        }
    }

    private static void check(String key, double actual) {
        check(key, new double[] {actual});
    }

    private static double[] flatten(double[][] m) {
        double[] out = new double[m.length * m.length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, out, i * m.length, m.length);
        }
        return out;
    }

    private static double[] flatten(List<Interval> intervals) {
        double[] out = new double[intervals.size() * 2];
        for (int i = 0; i < intervals.size(); i++) {
            out[2 * i] = intervals.get(i).lower();
            out[2 * i + 1] = intervals.get(i).upper();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ols, true, false, classical, true",
        "ols_hc0, true, false, hc0, false",
        "ols_hc1, true, false, hc1, true",
        "ols_hc2, true, false, hc2, false",
        "ols_hc3, true, false, hc3, false",
        "ols_hac_auto, true, false, hac_auto, false",
        "ols_hac4_corrected, true, false, hac4_corrected, false",
        "noint, false, false, classical, true",
        "wls, true, true, classical, true",
        "wls_hc1, true, true, hc1, false"})
    void matchesStatsmodels(String name, boolean intercept, boolean weighted, String covariance, boolean predict) {
        OlsSpec spec = (intercept ? OlsSpec.of() : OlsSpec.of().withoutIntercept())
                .withCovariance(estimator(covariance));
        OlsFit fit = spec.fit(data(weighted));
        check(name + ".params", fit.coefficients());
        check(name + ".bse", fit.standardErrors());
        check(name + ".tvalues", fit.tValues());
        check(name + ".pvalues", fit.pValues());
        check(name + ".conf_int95", flatten(fit.confidenceIntervals(0.95)));
        check(name + ".conf_int90", flatten(fit.confidenceIntervals(0.90)));
        check(name + ".cov", flatten(fit.covariance()));
        check(name + ".rsquared", fit.rSquared());
        check(name + ".rsquared_adj", fit.adjustedRSquared());
        FTest f = fit.fTest().orElseThrow();
        check(name + ".fvalue", f.statistic());
        check(name + ".f_pvalue", f.pValue());
        check(name + ".llf", fit.logLikelihood());
        InformationCriteria ic = fit.informationCriteria();
        check(name + ".aic", ic.aic());
        check(name + ".bic", ic.bic());
        check(name + ".ssr", fit.sumOfSquaredResiduals());
        check(name + ".scale", fit.residualStandardError() * fit.residualStandardError());
        check(name + ".df_resid", fit.residualDegreesOfFreedom());
        check(name + ".durbin_watson", fit.durbinWatson());
        check(name + ".resid", fit.residuals());
        check(name + ".fittedvalues", fit.fittedValues());
        if (predict) {
            Prediction p = fit.predict(new double[] {0.5, -1.0, 1.0}, new double[] {-1.2, 2.0, 0.0},
                    new double[] {2.0, 0.3, -1.5});
            check(name + ".pred_mean", p.mean());
            check(name + ".pred_mean_se", p.standardErrorOfMean());
            check(name + ".pred_mean_ci", flatten(p.confidenceIntervals(0.95)));
            check(name + ".pred_obs_se", p.standardErrorOfObservation());
            // statsmodels' obs_ci carries scipy's t quantile error (1.5e-10 relative at df 76, see
            // generate.py); check against its mean and se with the 40-digit quantile instead
            double q = reference.get("meta.t_quantile_0.975_" + fit.residualDegreesOfFreedom())[0];
            double[] mean = reference.get(name + ".pred_mean");
            double[] se = reference.get(name + ".pred_obs_se");
            List<Interval> obs = p.predictionIntervals(0.95);
            for (int i = 0; i < mean.length; i++) {
                assertThat(obs.get(i).lower()).as("%s.obs lower[%d]", name, i)
                        .isCloseTo(mean[i] - q * se[i], org.assertj.core.data.Percentage.withPercentage(1e-7));
                assertThat(obs.get(i).upper()).as("%s.obs upper[%d]", name, i)
                        .isCloseTo(mean[i] + q * se[i], org.assertj.core.data.Percentage.withPercentage(1e-7));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void tQuantileIsAccurateTo1e14Relative() {
        for (double p : new double[] {0.95, 0.975}) {
            for (int df : new int[] {76, 77}) {
                double exact = reference.get("meta.t_quantile_" + p + "_" + df)[0];
                assertThat(Distributions.tQuantile(2 * p - 1, df)).as("t quantile p=%s df=%d", p, df)
                        .isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-14 * exact));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void automaticLagRuleMatchesStatsmodels() {
        // floor(4 (80 / 100)^(2/9)) = floor(4 * 0.9516) = floor(3.806) = 3
        assertThat(NeweyWestCovariance.automaticLags(80)).isEqualTo(3)
                .isEqualTo((int) reference.get("meta.hac_auto_lags")[0]);
        // n = 1000: 4 * 10^(2/9) = 4 * 1.668 = 6.67 -> 6
        assertThat(NeweyWestCovariance.automaticLags(1000)).isEqualTo(6);
    }
}
