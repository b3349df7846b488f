package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.models.volatility.GarchFit;
import io.github.basisspread.models.volatility.GarchSpec;
import io.github.basisspread.models.volatility.Innovation;
import io.github.basisspread.models.volatility.MeanModel;
import io.github.basisspread.models.volatility.VarianceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code basis fit garch} prints exactly the library's numbers, and refuses bad options in one line. */
class FitGarchCommandTest {

    @TempDir
    Path dir;

    private double[] returns;

    private String csv() throws IOException {
        returns = GarchSpec.of(1, 1).withInnovation(Innovation.STUDENT_T)
                .simulate(new double[] {0.02, 0.05, 0.1, 0.85, 5.0}, 600, new SplittableRandom(8));
        StringBuilder b = new StringBuilder("time,r\n");
        for (int i = 0; i < returns.length; i++) {
            b.append(i * 3600L).append(',').append(returns[i]).append('\n');
        }
        Path f = dir.resolve("returns.csv");
        Files.writeString(f, b.toString());
        return f.toString();
    }

    @Test
    void jsonMatchesTheLibrary() throws IOException {
        String file = csv();
        CliTestSupport.Run r = run("fit", "garch", "--input", file, "--column", "r", "--p", "1", "--q", "1", "--dist",
                "t", "--mean", "ar1", "--model", "gjr", "--forecast", "3", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        GarchFit fit = GarchSpec.of(1, 1).withModel(VarianceModel.GJR).withInnovation(Innovation.STUDENT_T)
                .withMean(MeanModel.AR1).fit(returns);
        Map<String, Object> o = r.json();
        assertThat(o.keySet()).contains("logLikelihood", "aic", "bic", "nobs", "converged", "parameters",
                "standardErrors", "robustStandardErrors", "persistence", "stationary", "halfLife", "forecast");
        assertThat(o.get("model")).isEqualTo("GJR-GARCH(1,1), Student-t innovations, AR(1) mean");
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) o.get("parameters");
        assertThat(params.keySet()).containsExactlyElementsOf(fit.parameterNames());
        for (int i = 0; i < fit.parameterNames().size(); i++) {
            String name = fit.parameterNames().get(i);
            assertThat(num(o, "parameters", name)).isEqualTo(fit.estimates()[i]);
            assertThat(num(o, "standardErrors", name)).isEqualTo(fit.standardErrors()[i]);
            assertThat(num(o, "robustStandardErrors", name)).isEqualTo(fit.robustStandardErrors()[i]);
        }
        assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood());
        assertThat(num(o, "aic")).isEqualTo(fit.informationCriteria().aic());
        assertThat(num(o, "bic")).isEqualTo(fit.informationCriteria().bic());
        assertThat(num(o, "nobs")).isEqualTo(600);
        assertThat(num(o, "persistence")).isEqualTo(fit.persistence());
        @SuppressWarnings("unchecked")
        List<Double> variance = (List<Double>) ((Map<String, Object>) o.get("forecast")).get("variance");
        assertThat(variance).containsExactly(java.util.Arrays.stream(fit.varianceForecast(3)).boxed()
                .toArray(Double[]::new));
    }

    @Test
    void textPrintsTheSummary() throws IOException {
        CliTestSupport.Run r = run("fit", "garch", "--input", csv(), "--column", "r");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("column r: GARCH(1,1), normal innovations, constant mean")
                .contains("alpha1 (robust)", "alpha1", "beta1", "log-likelihood", "persistence");
    }

    @Test
    void badOptionsFailInOneLine() throws IOException {
        String file = csv();
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--dist", "ged").failsWithOneLine().err())
                .contains("--dist").contains("ged");
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--model", "figarch").failsWithOneLine().err())
                .contains("--model");
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--p", "0").failsWithOneLine().err())
                .contains("--p");
        assertThat(run("fit", "garch", "--help").out()).contains("--dist").contains("--mean").contains("--model")
                .contains("egarch");
    }

    @Test
    void tseriesStartIsTheLibrarysOption() throws IOException {
        String file = csv();
        CliTestSupport.Run r = run("fit", "garch", "--input", file, "--column", "r", "--mean", "zero", "--start",
                "tseries", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        GarchFit fit = GarchSpec.of(1, 1).withMean(MeanModel.ZERO)
                .withRecursionStart(io.github.basisspread.models.volatility.RecursionStart.TSERIES).fit(returns);
        GarchFit fgarch = GarchSpec.of(1, 1).withMean(MeanModel.ZERO).fit(returns);
        assertThat(num(r.json(), "logLikelihood")).isEqualTo(fit.logLikelihood())
                .isNotEqualTo(fgarch.logLikelihood());
        // tseries's likelihood leaves out the first max(p, q) observations.
        assertThat(num(r.json(), "nobs")).isEqualTo(599);
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--start", "tseries").failsWithOneLine()
                .err()).contains("--start tseries").contains("mean");
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--start", "rugarch").failsWithOneLine()
                .err()).contains("--start").contains("rugarch");
    }

    @Test
    void armaMeanIsTheLibrarysJointFit() throws IOException {
        String file = csv();
        CliTestSupport.Run r = run("fit", "garch", "--input", file, "--column", "r", "--arma", "1,1", "--forecast", "2",
                "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        GarchFit fit = GarchSpec.of(1, 1).withArma(1, 1).fit(returns);
        Map<String, Object> o = r.json();
        assertThat(o.get("model")).isEqualTo("GARCH(1,1), normal innovations, ARMA(1,1) mean");
        for (int i = 0; i < fit.parameterNames().size(); i++) {
            assertThat(num(o, "parameters", fit.parameterNames().get(i))).isEqualTo(fit.estimates()[i]);
        }
        assertThat(num(o, "parameters", "ma1")).isEqualTo(fit.estimates()[2]);
        assertThat(num(o, "logLikelihood")).isEqualTo(fit.logLikelihood());
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--arma", "1").failsWithOneLine().err())
                .contains("--arma must be two orders U,V");
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--arma", "1,11").failsWithOneLine().err())
                .contains("--arma V must be in 0..10 but has value 11");
        assertThat(run("fit", "garch", "--input", file, "--column", "r", "--arma", "1,1", "--mean", "ar1")
                .failsWithOneLine().err()).contains("--arma and --mean cannot both be given");
    }
}
