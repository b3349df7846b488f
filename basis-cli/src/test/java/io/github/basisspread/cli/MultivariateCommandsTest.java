package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.multivariate.LagCriterion;
import io.github.basisspread.models.multivariate.VarFit;
import io.github.basisspread.models.multivariate.VarSpec;
import io.github.basisspread.models.multivariate.VecmFit;
import io.github.basisspread.models.multivariate.VecmSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code basis fit vecm} and {@code basis fit var}: JSON equal to the library, text, help and errors. */
class MultivariateCommandsTest {

    private static final String SERIES = fixture("series.csv");
    private static final SeriesFrame FRAME = CsvSeriesReader.of("time").read(Path.of(SERIES)).data();

    private static double[][] cols(String... names) {
        double[][] out = new double[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = FRAME.valuesArray(names[i]);
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void vecmJsonMatchesTheLibrary() {
        CliTestSupport.Run r = run("fit", "vecm", "--input", SERIES, "--columns", "level,p", "--lags", "2", "--rank",
                "1", "--deterministic", "ci", "--horizon", "3", "--format", "json");
        assertThat(r.code()).isZero();
        VecmFit fit = VecmSpec.of(2, 1).withDeterministic("ci").withNames(List.of("level", "p"))
                .fit(cols("level", "p"));
        Map<String, Object> o = r.json();
        assertThat(o.get("model")).isEqualTo("VECM");
        assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood());
        assertThat(num(o, "aic")).isEqualTo(fit.informationCriteria().aic());
        assertThat(num(o, "bic")).isEqualTo(fit.informationCriteria().bic());
        assertThat(num(o, "nobs")).isEqualTo(fit.nobs());
        assertThat(o.get("converged")).isEqualTo(true);
        for (int i = 0; i < fit.parameterNames().size(); i++) {
            assertThat(num(o, "parameters", fit.parameterNames().get(i))).isEqualTo(fit.estimates()[i]);
        }
        List<List<Double>> beta = (List<List<Double>>) o.get("beta");
        assertThat(beta.get(0).get(0)).isEqualTo(1.0);
        assertThat(beta.get(1).get(0)).isEqualTo(fit.beta()[1][0]);
        List<List<Double>> alpha = (List<List<Double>>) o.get("alpha");
        assertThat(alpha.get(1).get(0)).isEqualTo(fit.alpha()[1][0]);
        Map<String, Object> fc = (Map<String, Object>) ((Map<String, Object>) o.get("forecast")).get("p");
        assertThat(((List<Double>) fc.get("mean")).get(2)).isEqualTo(fit.forecast(3).variable(1).mean(3));
        assertThat(o).containsKey("priceDiscovery");

        CliTestSupport.Run text = run("fit", "vecm", "--input", SERIES, "--columns", "level,p", "--lags", "2",
                "--deterministic", "ci");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("VECM(k_ar_diff=2, rank=1, deterministic=ci)").contains("alpha.level.ec1")
                .contains("log-likelihood").contains("Price discovery");
    }

    @Test
    void varJsonMatchesTheLibraryWithSelection() {
        CliTestSupport.Run r = run("fit", "var", "--input", SERIES, "--columns", "A,B", "--select", "bic",
                "--max-lags", "4", "--format", "json");
        assertThat(r.code()).isZero();
        VarFit fit = VarSpec.selectedBy(LagCriterion.BIC, 4).withNames(List.of("A", "B")).fit(cols("A", "B"));
        Map<String, Object> o = r.json();
        assertThat(num(o, "lags")).isEqualTo(fit.lags());
        assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood());
        assertThat(num(o, "selectedOrders", "bic")).isEqualTo(fit.lags());
        assertThat(num(o, "parameters", "A.const")).isEqualTo(fit.estimates()[0]);

        CliTestSupport.Run text = run("fit", "var", "--input", SERIES, "--columns", "A,B", "--lags", "2");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("VAR(2, trend=c)").contains("A.L2.B").contains("Luetkepohl criteria");
    }

    @Test
    void badOptionsAreOneLineErrors() {
        assertThat(run("fit", "vecm", "--input", SERIES, "--columns", "A,B", "--rank", "2").failsWithOneLine().err())
                .contains("'rank'");
        assertThat(run("fit", "vecm", "--input", SERIES, "--columns", "A,B", "--deterministic", "cx")
                .failsWithOneLine().err()).contains("'deterministic'");
        assertThat(run("fit", "var", "--input", SERIES, "--columns", "A,B", "--select", "aicc").failsWithOneLine().err())
                .contains("'criterion'");
        assertThat(run("fit", "var", "--input", SERIES, "--columns", "A").failsWithOneLine().err())
                .contains("at least two");
        assertThat(run("fit", "var", "--input", SERIES, "--columns", "A,B", "--lags", "2", "--select", "aic").code())
                .isNotZero();
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(run("fit", "vecm", "--help").out()).contains("--deterministic").contains("coli").contains("--rank");
        assertThat(run("fit", "var", "--help").out()).contains("--select").contains("--max-lags");
        assertThat(run("fit", "--help").out()).contains("vecm").contains("var");
    }
}
