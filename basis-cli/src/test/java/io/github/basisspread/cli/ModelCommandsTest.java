package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.diagnostics.AdfResult;
import io.github.basisspread.models.diagnostics.AugmentedDickeyFuller;
import io.github.basisspread.models.diagnostics.Deterministic;
import io.github.basisspread.models.diagnostics.EngleGranger;
import io.github.basisspread.models.diagnostics.EngleGrangerResult;
import io.github.basisspread.models.diagnostics.HypothesisTestResult;
import io.github.basisspread.models.diagnostics.Kpss;
import io.github.basisspread.models.diagnostics.LagSelection;
import io.github.basisspread.models.diagnostics.Portmanteau;
import io.github.basisspread.models.regression.CovarianceEstimator;
import io.github.basisspread.models.regression.OlsFit;
import io.github.basisspread.models.regression.OlsSpec;
import io.github.basisspread.models.regression.RegressionData;
import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.statespace.StateSpaceFit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model and test commands print exactly the library's numbers: each JSON line is parsed back
 * and compared, bit for bit (the writer's shortest decimals read back to the same double), with a
 * direct call of the library on the same columns.
 */
class ModelCommandsTest {

    private static final String SERIES = fixture("series.csv");
    private static final SeriesFrame FRAME = CsvSeriesReader.of("time").read(Path.of(SERIES)).data();

    private static double[] col(String name) {
        return FRAME.valuesArray(name);
    }

    private static OlsFit directOls(OlsSpec spec) {
        return spec.fit(RegressionData.builder().response("C", col("C")).regressor("A", col("A"))
                .regressor("B", col("B")).build());
    }

    private static void assertOls(Map<String, Object> o, OlsFit fit) {
        assertThat(o.get("model")).isEqualTo("OLS");
        assertThat(o.get("response")).isEqualTo("C");
        List<String> names = fit.parameterNames();
        @SuppressWarnings("unchecked")
        Map<String, Object> coefficients = (Map<String, Object>) o.get("coefficients");
        assertThat(coefficients.keySet()).containsExactlyElementsOf(names);
        for (String name : names) {
            assertThat(num(o, "coefficients", name)).isEqualTo(fit.coefficient(name));
            assertThat(num(o, "standardErrors", name)).isEqualTo(fit.standardError(name));
        }
        assertThat(num(o, "rSquared")).isEqualTo(fit.rSquared());
        assertThat(num(o, "adjRSquared")).isEqualTo(fit.adjustedRSquared());
        assertThat(num(o, "residualStandardError")).isEqualTo(fit.residualStandardError());
        assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood());
        assertThat(num(o, "nobs")).isEqualTo(fit.nobs());
    }

    @Test
    void olsJsonMatchesTheLibrary() {
        CliTestSupport.Run r = run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A,B", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertOls(r.json(), directOls(OlsSpec.of()));
        assertThat(r.json().keySet()).startsWith("model").contains("coefficients", "standardErrors", "rSquared",
                "adjRSquared", "residualStandardError", "logLikelihood", "nobs");
        // The fixture was simulated as C = 1.5 + 2 A - 0.7 B + noise(0.3): the fit must be near it.
        assertThat(num(r.json(), "coefficients", "A")).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void olsCovarianceOptionsMatchTheLibrary() {
        String[][] cases = {{"hc0"}, {"hc1"}, {"hc2"}, {"HC3"}, {"hac"}, {"hac:3"}, {"classical"}};
        CovarianceEstimator[] estimators = {CovarianceEstimator.hc0(), CovarianceEstimator.hc1(),
            CovarianceEstimator.hc2(), CovarianceEstimator.hc3(), CovarianceEstimator.neweyWest(),
            CovarianceEstimator.neweyWest(3, false), CovarianceEstimator.classical()};
        for (int k = 0; k < cases.length; k++) {
            CliTestSupport.Run r = run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A,B", "--format", "json",
                    "--cov", cases[k][0]);
            assertThat(r.code()).as(cases[k][0]).isZero();
            assertOls(r.json(), directOls(OlsSpec.of().withCovariance(estimators[k])));
            assertThat(r.json().get("covariance")).isEqualTo(estimators[k].name());
        }
    }

    @Test
    void olsWithoutInterceptAndInText() {
        CliTestSupport.Run r = run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A,B", "--no-intercept",
                "--format", "json");
        assertOls(r.json(), directOls(OlsSpec.of().withoutIntercept()));
        @SuppressWarnings("unchecked")
        Map<String, Object> coefficients = (Map<String, Object>) r.json().get("coefficients");
        assertThat(coefficients).containsOnlyKeys("A", "B");

        CliTestSupport.Run text = run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A,B");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("OLS of C, 120 observations").contains("intercept").contains("R^2")
                .contains("std err");
    }

    @Test
    void rowsWithoutTimeColumnGiveTheSameFit() {
        CliTestSupport.Run withTime = run("fit", "ols", "--input", SERIES, "--time-column", "time", "--y", "C",
                "--x", "A,B", "--format", "json");
        CliTestSupport.Run withoutTime = run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A,B",
                "--format", "json");
        assertThat(withTime.out()).isEqualTo(withoutTime.out());
    }

    @Test
    void localLevelJsonMatchesTheLibrary() {
        CliTestSupport.Run r = run("fit", "local-level", "--input", SERIES, "--column", "level,p",
                "--format", "json");
        assertThat(r.code()).isZero();
        List<Map<String, Object>> lines = r.jsonLines();
        assertThat(lines).hasSize(2);
        String[] cols = {"level", "p"};
        for (int k = 0; k < 2; k++) {
            StateSpaceFit fit = LocalLevel.of().fit(col(cols[k]));
            Map<String, Object> o = lines.get(k);
            assertThat(o.get("column")).isEqualTo(cols[k]);
            assertThat(o.get("model")).isEqualTo("LocalLevel");
            // LocalLevel's parameters are (sigma2_epsilon, sigma2_eta) = (irregular, level).
            assertThat(num(o, "parameters", "sigma2.irregular")).isEqualTo(fit.estimates()[0]);
            assertThat(num(o, "parameters", "sigma2.level")).isEqualTo(fit.estimates()[1]);
            assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood());
            assertThat(num(o, "nobs")).isEqualTo(fit.nobs());
            assertThat(o.get("converged")).isEqualTo(fit.convergence().converged());
        }
        CliTestSupport.Run text = run("fit", "local-level", "--input", SERIES, "--column", "level");
        assertThat(text.out()).contains("sigma2.irregular").contains("level");
    }

    private static void assertTest(Map<String, Object> o, String column, String test, HypothesisTestResult r) {
        assertThat(o.get("column")).isEqualTo(column);
        assertThat(o.get("test")).isEqualTo(test);
        assertThat(num(o, "statistic")).isEqualTo(r.statistic());
        assertThat(num(o, "pValue")).isEqualTo(r.pValue());
        assertThat(num(o, "lags")).isEqualTo(r.lagsUsed());
        assertThat(num(o, "nobs")).isEqualTo(r.nobs());
        double[] levels = {0.01, 0.05, 0.10};
        String[] keys = {"1%", "5%", "10%"};
        for (int i = 0; i < 3; i++) {
            assertThat(num(o, "criticalValues", keys[i])).isEqualTo(r.criticalValues().at(levels[i]));
        }
    }

    @Test
    void adfJsonMatchesTheLibrary() {
        CliTestSupport.Run r = run("test", "adf", "--input", SERIES, "--column", "ar,p", "--format", "json");
        assertThat(r.code()).isZero();
        assertTest(r.jsonLines().get(0), "ar", "ADF", AugmentedDickeyFuller.of().test(col("ar")));
        assertTest(r.jsonLines().get(1), "p", "ADF", AugmentedDickeyFuller.of().test(col("p")));

        CliTestSupport.Run fixed = run("test", "adf", "--input", SERIES, "--column", "p", "--regression", "ct",
                "--lags", "2", "--format", "json");
        AdfResult direct = AugmentedDickeyFuller.of(Deterministic.CONSTANT_TREND).withFixedLags(2).test(col("p"));
        assertTest(fixed.json(), "p", "ADF", direct);
        assertThat(num(fixed.json(), "lags")).isEqualTo(2.0);

        CliTestSupport.Run bic = run("test", "adf", "--input", SERIES, "--column", "p", "--regression", "n",
                "--autolag", "bic", "--format", "json");
        assertTest(bic.json(), "p", "ADF",
                AugmentedDickeyFuller.of(Deterministic.NONE).withLagSelection(LagSelection.BIC).test(col("p")));

        CliTestSupport.Run text = run("test", "adf", "--input", SERIES, "--column", "p");
        assertThat(text.out()).contains("unit root").contains("p-value").contains("5%");
    }

    @Test
    void kpssLjungBoxAndEngleGrangerMatchTheLibrary() {
        assertTest(run("test", "kpss", "--input", SERIES, "--column", "ar", "--format", "json").json(), "ar", "KPSS",
                Kpss.level().test(col("ar")));
        assertTest(run("test", "kpss", "--input", SERIES, "--column", "ar", "--regression", "ct", "--lags", "4",
                "--format", "json").json(), "ar", "KPSS", Kpss.trend().withFixedLags(4).test(col("ar")));
        // Default lag min(n/5, 10) = min(24, 10) = 10 for the 120 rows.
        Map<String, Object> lb = run("test", "ljung-box", "--input", SERIES, "--column", "ar", "--format", "json")
                .json();
        assertTest(lb, "ar", "Ljung-Box", Portmanteau.ljungBox().withLags(10).test(col("ar")));
        assertTest(run("test", "ljung-box", "--input", SERIES, "--column", "ar", "--lags", "5", "--format", "json")
                .json(), "ar", "Ljung-Box", Portmanteau.ljungBox().withLags(5).test(col("ar")));
        EngleGrangerResult eg = EngleGranger.of().test(col("q"), col("p"));
        assertTest(run("test", "engle-granger", "--input", SERIES, "--y", "q", "--x", "p", "--format", "json").json(),
                "q", "Engle-Granger", eg);
        CliTestSupport.Run egText = run("test", "engle-granger", "--input", SERIES, "--y", "q", "--x", "p",
                "--regression", "ct", "--autolag", "bic", "--max-lag", "3");
        assertThat(egText.code()).isZero();
        assertThat(egText.out()).contains("Engle-Granger of q on p");
    }

    @Test
    void missingCriticalValuesAreJsonNull() {
        // Engle-Granger without deterministic terms and two series has no critical value table.
        CliTestSupport.Run r = run("test", "engle-granger", "--input", SERIES, "--y", "q", "--x", "p",
                "--regression", "n", "--format", "json");
        assertThat(r.code()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> crit = (Map<String, Object>) r.json().get("criticalValues");
        assertThat(crit).containsKeys("1%", "5%", "10%");
        assertThat(crit.values()).containsOnlyNulls();
        CliTestSupport.Run text = run("test", "engle-granger", "--input", SERIES, "--y", "q", "--x", "p",
                "--regression", "n");
        assertThat(text.out()).contains(" -");
    }
}
