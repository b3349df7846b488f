package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.regime.MarkovSwitchingFit;
import io.github.basisspread.models.regime.MarkovSwitchingSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code basis fit markov}: the JSON line is the library's fit bit for bit, and on the federal
 * funds rate it is statsmodels' (0.13.5 {@code MarkovRegression(fedfunds, k_regimes=2)}:
 * log-likelihood -508.635917637578, see basis-models' regime reference files).
 */
class FitMarkovCommandTest {

    private static final String FEDFUNDS = fixture("fedfunds.csv");

    @Test
    void jsonIsTheLibrarysFit() {
        var r = run("fit", "markov", "--input", FEDFUNDS, "--column", "y", "--regimes", "2", "--format", "json");
        assertThat(r.code()).isZero();
        Map<String, Object> o = MiniJson.object(r.out().strip());
        double[] y = CsvInput.read(Path.of(FEDFUNDS), null, List.of("y")).valuesArray("y");
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).fit(y);
        assertThat(o.get("model")).isEqualTo("MarkovRegression");
        assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood()).isCloseTo(-508.635917637578, within(1e-6));
        assertThat(num(o, "aic")).isEqualTo(fit.informationCriteria().aic());
        assertThat(num(o, "bic")).isEqualTo(fit.informationCriteria().bic());
        assertThat(((Number) o.get("nobs")).intValue()).isEqualTo(226);
        assertThat(o.get("converged")).isEqualTo(true);
        for (String name : fit.parameterNames()) {
            assertThat(num(o, "parameters", name)).isEqualTo(fit.estimate(name));
        }
        @SuppressWarnings("unchecked")
        List<List<Object>> matrix = (List<List<Object>>) o.get("transitionMatrix");
        assertThat((Double) matrix.get(0).get(0)).isEqualTo(fit.transitionMatrix()[0][0]);
        @SuppressWarnings("unchecked")
        List<Object> durations = (List<Object>) o.get("expectedDurations");
        assertThat((Double) durations.get(1)).isEqualTo(fit.expectedDurations()[1]);
    }

    @Test
    void textIsTheSummary() {
        var r = run("fit", "markov", "--input", FEDFUNDS, "--column", "y", "--switching-variance", "--ar", "1",
                "--starts", "2");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("MarkovAutoregression(k=2, p=1, switching: const, ar, sigma2)",
                "const[0]", "p[0->0]", "expected durations", "Transition matrix", "of 2");
    }

    @Test
    void badOptionsAreOneLineErrors() {
        assertThat(run("fit", "markov", "--input", FEDFUNDS, "--column", "y", "--regimes", "1").failsWithOneLine()
                .err()).contains("--regimes must be at least 2 but has 1");
        assertThat(run("fit", "markov", "--input", FEDFUNDS, "--column", "y", "--ar", "-1").failsWithOneLine()
                .err()).contains("--ar must be zero or greater");
    }

    @Test
    void helpNamesTheOptions() {
        var r = run("fit", "markov", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--regimes", "--ar", "--switching-variance", "--column", "Hamilton");
    }
}
