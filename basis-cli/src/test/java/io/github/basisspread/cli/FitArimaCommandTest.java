package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.models.arima.ArimaData;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis fit arima}: each JSON line is parsed back and compared bit for bit with the
 * library called directly on the same column, and the orders and estimates are checked against
 * R's frozen values for R's own datasets (see the README beside the fixtures).
 */
class FitArimaCommandTest {

    private static final String LH = fixture("lh.csv");
    private static final String WWW = fixture("wwwusage.csv");

    private static double[] column(String file, String name) {
        return CsvSeriesReader.of("time").withColumns(name).read(Path.of(file)).data().valuesArray(name);
    }

    private static double[] lh() {
        // lh.csv has no time column: read it through the command's own row numbering.
        return CsvInput.read(Path.of(LH), null, List.of("lh")).valuesArray("lh");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> o, String... path) {
        Object v = o;
        for (String k : path) {
            v = ((Map<String, Object>) v).get(k);
        }
        return (List<Object>) v;
    }

    private static void assertSameFit(Map<String, Object> o, String column, ArimaFit fit) {
        assertThat(o.get("column")).isEqualTo(column);
        assertThat(o.get("model")).isEqualTo(fit.spec().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> coefficients = (Map<String, Object>) o.get("coefficients");
        assertThat(coefficients.keySet()).containsExactlyElementsOf(fit.parameterNames());
        for (String name : fit.parameterNames()) {
            assertThat(num(o, "coefficients", name)).isEqualTo(fit.coefficient(name));
            assertThat(num(o, "standardErrors", name)).isEqualTo(fit.standardError(name));
        }
        assertThat(num(o, "sigma2")).isEqualTo(fit.sigma2());
        assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood());
        assertThat(num(o, "aic")).isEqualTo(fit.aic());
        assertThat(num(o, "aicc")).isEqualTo(fit.aicc());
        assertThat(num(o, "bic")).isEqualTo(fit.bic());
        assertThat(num(o, "nobs")).isEqualTo(fit.nobs());
        assertThat(o.get("converged")).isEqualTo(fit.convergence().converged());
    }

    @Test
    void knownOrderGivesTheLibrarysFitWithTheContractKeys() {
        CliTestSupport.Run r = run("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--method", "ml",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, Object> o = r.json();
        assertThat(o.keySet()).containsExactly("column", "model", "order", "seasonalOrder", "coefficients",
                "standardErrors", "sigma2", "logLikelihood", "aic", "aicc", "bic", "nobs", "converged");
        // R's arima default: an intercept (the mean) when d + D = 0.
        ArimaFit direct = ArimaSpec.of(1, 0, 0).withConstant().withMethod(ArimaSpec.Method.ML).fit(lh());
        assertSameFit(o, "lh", direct);
        assertThat(o.get("model")).isEqualTo("ARIMA(1,0,0) with non-zero mean");
        assertThat(list(o, "order")).containsExactly(1.0, 0.0, 0.0);
        assertThat(list(o, "seasonalOrder")).containsExactly(0.0, 0.0, 0.0, 1.0);
        // R 4.2.2, arima(lh, order = c(1, 0, 0), method = "ML"): ar1 0.5739, intercept 2.4133,
        // sigma2 0.1975, loglik -29.38, n.used 48 (frozen in basis-models' lh_ar1_ml.txt).
        assertThat(num(o, "coefficients", "ar1")).isCloseTo(0.57393698, within(1e-4));
        assertThat(num(o, "coefficients", "intercept")).isCloseTo(2.41326432, within(1e-4));
        assertThat(num(o, "sigma2")).isCloseTo(0.19748946, within(1e-4));
        assertThat(num(o, "logLikelihood")).isCloseTo(-29.3791624, within(1e-5));
        assertThat(num(o, "nobs")).isEqualTo(48.0);
    }

    @Test
    void autoFindsROrderOnWwwusage() {
        CliTestSupport.Run r = run("fit", "arima", "--input", WWW, "--column", "usage", "--auto", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> o = r.json();
        // forecast::auto.arima(WWWusage) picks ARIMA(1,1,1) with ar1 0.6504, ma1 0.5256, AICc 514.55.
        assertThat(list(o, "order")).containsExactly(1.0, 1.0, 1.0);
        assertThat(num(o, "coefficients", "ar1")).isCloseTo(0.65037598, within(1e-3));
        assertThat(num(o, "coefficients", "ma1")).isCloseTo(0.52559589, within(1e-3));
        assertThat(num(o, "aicc")).isCloseTo(514.552103, within(1e-3));
        assertSameFit(o, "usage", AutoArima.of().fit(column(WWW, "usage")));
    }

    @Test
    void autoTakesRsApproximationAndTruncateOptions() {
        CliTestSupport.Run r = run("fit", "arima", "--input", WWW, "--column", "usage", "--auto", "--approximation",
                "true", "--truncate", "60", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> o = r.json();
        // The search and the fit on the last 60 rows (d = 1 chosen on all 100): 59 observations used.
        assertThat(num(o, "nobs")).isEqualTo(59.0);
        assertSameFit(o, "usage", AutoArima.of().withApproximation(true).withTruncation(60)
                .fit(column(WWW, "usage")));
        assertThat(err("fit", "arima", "--input", WWW, "--column", "usage", "--auto", "--truncate", "5"))
                .contains("--truncate must be at least 10 but is 5");
        assertThat(err("fit", "arima", "--input", WWW, "--column", "usage", "--order", "1,1,1", "--approximation",
                "false")).contains("--approximation applies to --auto");
        assertThat(err("fit", "arima", "--input", WWW, "--column", "usage", "--order", "1,1,1", "--truncate", "50"))
                .contains("--truncate applies to --auto");
        CliTestSupport.Run help = run("fit", "arima", "--help");
        assertThat(help.out()).contains("maximum-likelihood estimate").contains("degrees-of-freedom adjusted")
                .contains("--approximation").contains("--truncate");
    }

    @Test
    void severalColumnsArePrintedInInputOrder() {
        CliTestSupport.Run r = run("fit", "arima", "--input", WWW, "--column", "reversed", "--column", "usage",
                "--order", "1,1,1", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.jsonLines()).extracting(o -> o.get("column")).containsExactly("reversed", "usage");
        ArimaSpec spec = ArimaSpec.of(1, 1, 1);
        assertSameFit(r.jsonLines().get(0), "reversed", spec.fit(column(WWW, "reversed")));
        assertSameFit(r.jsonLines().get(1), "usage", spec.fit(column(WWW, "usage")));
        // Comma-separated works too, and the order given is the order printed.
        CliTestSupport.Run comma = run("fit", "arima", "--input", WWW, "--column", "usage,reversed", "--order",
                "1,1,1", "--format", "json");
        assertThat(comma.jsonLines()).extracting(o -> o.get("column")).containsExactly("usage", "reversed");
    }

    @Test
    void allColumnsSkipsTimeTextAndRegressorColumns() {
        CliTestSupport.Run r = run("fit", "arima", "--input", WWW, "--time-column", "time", "--all-columns",
                "--order", "0,1,1", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        // File order: time (the --time-column), usage, venue (text), reversed.
        assertThat(r.jsonLines()).extracting(o -> o.get("column")).containsExactly("usage", "reversed");
        CliTestSupport.Run xreg = run("fit", "arima", "--input", LH, "--all-columns", "--xreg", "trend", "--order",
                "1,0,0", "--format", "json");
        assertThat(xreg.jsonLines()).extracting(o -> o.get("column")).containsExactly("lh");
    }

    @Test
    void forecastArraysHaveLengthHWithIntervalsAroundTheMean() {
        CliTestSupport.Run r = run("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--method",
                "ml", "--forecast", "5", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> o = r.json();
        Forecast direct = ArimaSpec.of(1, 0, 0).withConstant().withMethod(ArimaSpec.Method.ML).fit(lh())
                .forecast(5);
        List<Object> mean = list(o, "forecast", "mean");
        List<Object> se = list(o, "forecast", "standardError");
        List<Object> lower = list(o, "forecast", "lower95");
        List<Object> upper = list(o, "forecast", "upper95");
        assertThat(mean).hasSize(5);
        assertThat(se).hasSize(5);
        assertThat(lower).hasSize(5);
        assertThat(upper).hasSize(5);
        for (int h = 0; h < 5; h++) {
            double m = (Double) mean.get(h);
            assertThat(m).isEqualTo(direct.mean()[h]);
            assertThat((Double) se.get(h)).isEqualTo(direct.standardErrors()[h]);
            assertThat((Double) lower.get(h)).isLessThan(m);
            assertThat((Double) upper.get(h)).isGreaterThan(m);
            // The 95% interval is mean +- 1.959964 se.
            assertThat((Double) upper.get(h) - m).isCloseTo(1.959964 * (Double) se.get(h), within(1e-5));
        }
        // R: predict(arima(lh, c(1,0,0), method = "ML"), 12)$pred[1] = 2.69262, se 0.44440.
        assertThat((Double) mean.get(0)).isCloseTo(2.6926199, within(1e-4));
        assertThat((Double) se.get(0)).isCloseTo(0.4443979, within(1e-4));
    }

    @Test
    void regressorsWithTheirFutureValues() {
        CliTestSupport.Run r = run("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--xreg",
                "trend", "--forecast", "3", "--future-xreg", fixture("lh-future.csv"), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        double[] y = lh();
        double[][] x = new double[y.length][1];
        for (int t = 0; t < y.length; t++) {
            x[t][0] = t + 1;
        }
        ArimaFit fit = ArimaSpec.of(1, 0, 0).withConstant().withRegressors("trend").fit(ArimaData.of(y, x));
        assertSameFit(r.json(), "lh", fit);
        assertThat(fit.parameterNames()).containsExactly("ar1", "intercept", "trend");
        double[] mean = fit.forecast(3, new double[][] {{49}, {50}, {51}}).mean();
        List<Object> got = list(r.json(), "forecast", "mean");
        for (int h = 0; h < 3; h++) {
            assertThat((Double) got.get(h)).isEqualTo(mean[h]);
        }
    }

    @Test
    void seasonalDriftNoConstantAndCss() {
        CliTestSupport.Run seasonal = run("fit", "arima", "--input", WWW, "--column", "usage", "--order", "0,1,1",
                "--seasonal", "0,0,1,4", "--drift", "--format", "json");
        assertThat(seasonal.code()).as(seasonal.err()).isZero();
        assertSameFit(seasonal.json(), "usage", ArimaSpec.of(0, 1, 1).withSeasonal(0, 0, 1, 4).withDrift()
                .fit(column(WWW, "usage")));
        assertThat(list(seasonal.json(), "seasonalOrder")).containsExactly(0.0, 0.0, 1.0, 4.0);

        CliTestSupport.Run noMean = run("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0",
                "--no-constant", "--format", "json");
        @SuppressWarnings("unchecked")
        Map<String, Object> coefficients = (Map<String, Object>) noMean.json().get("coefficients");
        assertThat(coefficients).containsOnlyKeys("ar1");

        // R reports no AIC for a CSS fit: JSON null.
        CliTestSupport.Run css = run("fit", "arima", "--input", LH, "--column", "lh", "--order", "3,0,0", "--method",
                "CSS", "--format", "json");
        assertThat(css.code()).as(css.err()).isZero();
        Map<String, Object> o = css.json();
        assertThat(o).containsEntry("aic", null).containsEntry("aicc", null).containsEntry("bic", null);
        ArimaFit direct = ArimaSpec.of(3, 0, 0).withConstant().withMethod(ArimaSpec.Method.CSS).fit(lh());
        assertThat(num(o, "coefficients", "ar3")).isEqualTo(direct.coefficient("ar3"));
    }

    @Test
    void textTable() {
        CliTestSupport.Run r = run("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--forecast",
                "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("ARIMA(1,0,0) with non-zero mean of lh, 48 observations used, method CSS-ML")
                .contains("ar1").contains("intercept").contains("std err").contains("AICc").contains("lower 95%");
        CliTestSupport.Run two = run("fit", "arima", "--input", WWW, "--column", "usage,reversed", "--auto");
        assertThat(two.out()).contains("ARIMA(1,1,1) of usage").contains(" of reversed")
                .containsPattern("(?s)of usage.*\n\n.*of reversed");
        CliTestSupport.Run css = run("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--method",
                "css");
        assertThat(css.out()).contains("method CSS,").doesNotContain("AIC");
    }

    private static String err(String... args) {
        return run(args).failsWithOneLine().err();
    }

    @Test
    void badInputIsOneLineNamingTheProblem(@TempDir Path dir) throws IOException {
        assertThat(err("fit", "arima", "--input", "no/such.csv", "--column", "x", "--order", "1,0,0"))
                .contains("input file not found: no/such.csv");
        assertThat(err("fit", "arima", "--input", "no/such.csv", "--all-columns", "--order", "1,0,0"))
                .contains("input file not found: no/such.csv");
        assertThat(err("fit", "arima", "--input", LH, "--column", "nope", "--order", "1,0,0"))
                .contains("column 'nope'").contains("not found");
        assertThat(err("fit", "arima", "--input", fixture("nonnumeric.csv"), "--column", "B", "--order", "1,0,0"))
                .contains("nonnumeric.csv").contains("line 3").contains("column 'B'").contains("x7");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,5,1"))
                .contains("--order 1,5,1").contains("'d'").contains("5");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "-1,0,0"))
                .contains("'p'").contains("-1");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0"))
                .contains("--order must be p,d,q").contains("'1,0'");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "a,b,c"))
                .contains("--order must be p,d,q");
        // Two rows cannot carry an AR(3) with a mean.
        assertThat(err("fit", "arima", "--input", fixture("nonnumeric.csv"), "--column", "A", "--order", "3,0,0"))
                .contains("column 'A'");
        assertThat(err("fit", "arima", "--input", fixture("empty.csv"), "--column", "A", "--order", "1,0,0"))
                .contains("empty");
        assertThat(err("fit", "arima", "--input", fixture("empty.csv"), "--all-columns", "--order", "1,0,0"))
                .contains("empty");
        assertThat(err("fit", "arima", "--input", fixture("header-only.csv"), "--column", "A", "--auto"))
                .contains("no data rows");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--auto"))
                .contains("--order and --auto cannot be used together");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh")).contains("--order p,d,q or --auto");
        assertThat(err("fit", "arima", "--input", LH, "--order", "1,0,0")).contains("--all-columns");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--all-columns", "--auto"))
                .contains("--column and --all-columns");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--exhaustive"))
                .contains("--exhaustive applies to --auto");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--auto", "--seasonal", "0,1,1,4"))
                .contains("--period");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--auto", "--method", "ml"))
                .contains("--method cannot be used with --auto");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--auto", "--drift"))
                .contains("--no-constant/--drift");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--period", "4"))
                .contains("--period applies to --auto");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--method", "bayes"))
                .contains("--method").contains("'bayes'");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--forecast", "0"))
                .contains("--forecast must be between 1 and 10000 steps but is 0");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--xreg", "trend",
                "--forecast", "3")).contains("--future-xreg");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--future-xreg",
                fixture("lh-future.csv"))).contains("--future-xreg needs --xreg and --forecast");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--xreg", "trend",
                "--forecast", "2", "--future-xreg", fixture("lh-future.csv"))).contains("3 data rows")
                .contains("--forecast is 2");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--xreg", "lh"))
                .contains("--xreg must not contain the fitted column 'lh'");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,2,0", "--drift"))
                .contains("drift");
        Path gap = Files.writeString(dir.resolve("gap.csv"), "y,x\n1,1\n2,\n3,3\n4,4\n5,5\n");
        assertThat(err("fit", "arima", "--input", gap.toString(), "--column", "y", "--order", "0,0,0", "--xreg", "x"))
                .contains("gap.csv, line 3, column 'x': missing value in an --xreg column");
        Path text = Files.writeString(dir.resolve("text.csv"), "name,venue\na,b\n");
        assertThat(err("fit", "arima", "--input", text.toString(), "--all-columns", "--auto"))
                .contains("no numeric column");
    }

    @Test
    void missingValuesInTheSeriesAreFitted(@TempDir Path dir) throws IOException {
        // A second column keeps the line non-blank: the empty cell of y is a missing value.
        StringBuilder sb = new StringBuilder("y,x\n");
        double[] y = lh();
        for (int t = 0; t < y.length; t++) {
            sb.append(t == 10 ? "" : String.valueOf(y[t])).append(",1\n");
        }
        Path file = Files.writeString(dir.resolve("na.csv"), sb.toString());
        CliTestSupport.Run r = run("fit", "arima", "--input", file.toString(), "--column", "y", "--order", "1,0,0",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        y[10] = Double.NaN;
        assertSameFit(r.json(), "y", ArimaSpec.of(1, 0, 0).withConstant().fit(y));
        assertThat(num(r.json(), "nobs")).isEqualTo(47.0);
    }

    @Test
    void autoWithRegressorsAndTheExhaustiveSearchAreRsChoices() {
        // R: auto.arima(LakeHuron, xreg = year) -> ARIMA(1,0,1) errors, coefficients ar1, ma1,
        // intercept, year (frozen in basis-models' lakehuron_auto_xreg.txt).
        String lake = fixture("lakehuron.csv");
        CliTestSupport.Run r = run("fit", "arima", "--input", lake, "--column", "level", "--auto", "--xreg", "year",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> o = r.json();
        assertThat(list(o, "order")).containsExactly(1.0, 0.0, 1.0);
        double[] level = CsvInput.read(Path.of(lake), null, List.of("level", "year")).valuesArray("level");
        double[] year = CsvInput.read(Path.of(lake), null, List.of("level", "year")).valuesArray("year");
        double[][] x = new double[year.length][1];
        for (int t = 0; t < year.length; t++) {
            x[t][0] = year[t];
        }
        ArimaFit direct = AutoArima.of().withRegressors("year").fit(ArimaData.of(level, x));
        assertSameFit(o, "level", direct);
        assertThat(direct.parameterNames()).containsExactly("ar1", "ma1", "intercept", "year");
        assertThat(direct.coefficient("ar1")).isCloseTo(0.65263794234677763, within(1e-3 * 0.6526));
        // R: auto.arima(WWWusage, stepwise = FALSE) -> ARIMA(3,1,0).
        CliTestSupport.Run ex = run("fit", "arima", "--input", WWW, "--time-column", "time", "--column", "usage", "--auto",
                "--exhaustive", "--format", "json");
        assertThat(ex.code()).as(ex.err()).isZero();
        assertThat(list(ex.json(), "order")).containsExactly(3.0, 1.0, 0.0);
    }
}
