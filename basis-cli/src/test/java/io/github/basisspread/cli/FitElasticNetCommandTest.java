package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis fit elasticnet} against R's glmnet: coefficients at a fixed lambda (coef with
 * exact = TRUE) and cv.glmnet's lambda.min and lambda.1se with their coefficients, frozen in
 * {@code ml/elasticnet_reference.txt} by {@code ml/generate_ml_reference.R} on {@code ml/regression.csv}.
 */
class FitElasticNetCommandTest {

    /** Relative tolerance on the coefficients: glmnet converged to thresh 1e-20, the command to 1e-16. */
    private static final double RELATIVE = 1e-6;

    private static final List<String> TERMS = List.of("intercept", "A", "B", "C", "D");

    @TempDir
    Path dir;

    private static String data() {
        return CliTestSupport.fixture("ml/regression.csv");
    }

    private static List<String[]> reference() {
        return CliTestSupport.referenceRows("ml/elasticnet_reference.txt");
    }

    private static void assertCoefficients(Map<String, Object> o, String[] ref, int from) {
        for (int j = 0; j < TERMS.size(); j++) {
            double expected = Double.parseDouble(ref[from + j]);
            double actual = num(o, "coefficients", TERMS.get(j));
            assertThat(actual).as(TERMS.get(j)).isCloseTo(expected, within(RELATIVE * Math.abs(expected) + 1e-12));
        }
    }

    @Test
    void fixedLambdaMatchesGlmnet() {
        int checked = 0;
        for (String[] ref : reference()) {
            if (!ref[0].equals("fixed")) {
                continue;
            }
            CliTestSupport.Run r = run("fit", "elasticnet", "--input", data(), "--y", "y", "--x", "A,B,C,D",
                    "--alpha", ref[1], "--lambda", ref[2], "--format", "json");
            assertThat(r.err()).isEmpty();
            Map<String, Object> o = r.json();
            assertThat(o.get("model")).isEqualTo("ElasticNet");
            assertThat(num(o, "alpha")).isEqualTo(Double.parseDouble(ref[1]));
            assertThat(num(o, "lambda")).isEqualTo(Double.parseDouble(ref[2]));
            assertThat(new ArrayList<Object>(((Map<?, ?>) o.get("coefficients")).keySet())).isEqualTo(new ArrayList<Object>(TERMS));
            assertCoefficients(o, ref, 3);
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void crossValidationMatchesCvGlmnet() {
        List<String[]> ref = reference();
        int checked = 0;
        for (int i = 0; i < ref.size(); i++) {
            if (!ref.get(i)[0].equals("cv")) {
                continue;
            }
            String alpha = ref.get(i)[1];
            double lambdaMin = Double.parseDouble(ref.get(i)[3]);
            double lambda1se = Double.parseDouble(ref.get(i)[4]);
            // glmnet's convention: coef(cv.glmnet) reports lambda.1se unless told otherwise.
            Map<String, Object> oneSe = run("fit", "elasticnet", "--input", data(), "--y", "y", "--x", "A,B,C,D",
                    "--alpha", alpha, "--format", "json").json();
            Map<String, Object> min = run("fit", "elasticnet", "--input", data(), "--y", "y", "--x", "A,B,C,D",
                    "--alpha", alpha, "--rule", "min", "--folds", "10", "--format", "json").json();
            for (Map<String, Object> o : List.of(oneSe, min)) {
                assertThat(num(o, "lambdaMin")).isCloseTo(lambdaMin, within(1e-12 * lambdaMin));
                assertThat(num(o, "lambda1se")).isCloseTo(lambda1se, within(1e-12 * lambda1se));
                assertThat(o.get("cv")).isEqualTo("kfold");
            }
            assertThat(oneSe.get("rule")).isEqualTo("lambda.1se");
            assertThat(num(oneSe, "lambda")).isEqualTo(num(oneSe, "lambda1se"));
            assertThat(min.get("rule")).isEqualTo("lambda.min");
            assertThat(ref.get(i + 1)[0]).isEqualTo("min");
            assertThat(ref.get(i + 2)[0]).isEqualTo("1se");
            assertCoefficients(min, ref.get(i + 1), 1);
            assertCoefficients(oneSe, ref.get(i + 2), 1);
            checked++;
        }
        assertThat(checked).isEqualTo(2);
    }

    @Test
    void textShowsTheLambdasAndTheCoefficients() {
        CliTestSupport.Run r = run("fit", "elasticnet", "--input", data(), "--y", "y", "--x", "A,B,C,D", "--alpha",
                "0.5");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Elastic net of y on A, B, C, D, 60 observations, alpha 0.5",
                "10-fold cross-validation", "lambda.min", "lambda.1se", "Coefficients at lambda.1se");
        // At lambda.1se glmnet drops C and D: printed as '.', as R prints a sparse zero.
        assertThat(r.out()).containsPattern("\\nC +\\.\\n").containsPattern("\\nD +\\.\\n");
        CliTestSupport.Run fixed = run("fit", "elasticnet", "--input", data(), "--y", "y", "--x", "A,B", "--lambda",
                "0.1");
        assertThat(fixed.out()).contains("alpha 1, lambda 0.1", "intercept", "nonzero slopes 2");
    }

    @Test
    void forwardChainingIsOffered() {
        Map<String, Object> o = run("fit", "elasticnet", "--input", data(), "--y", "y", "--x", "A,B,C,D", "--cv",
                "forward", "--folds", "4", "--format", "json").json();
        assertThat(o.get("cv")).isEqualTo("forward");
        assertThat(num(o, "lambdaMin")).isLessThanOrEqualTo(num(o, "lambda1se"));
    }

    @Test
    void badOptionsAndDataFailInOneLine() throws IOException {
        String f = data();
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A", "--alpha", "1.5")
                .failsWithOneLine().err()).contains("--alpha must lie in [0, 1]", "1.5");
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A", "--alpha", "NaN")
                .failsWithOneLine().err()).contains("--alpha must lie in [0, 1]");
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A", "--lambda", "-1")
                .failsWithOneLine().err()).contains("--lambda must be zero or positive and finite but is -1.0");
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A", "--rule", "max")
                .failsWithOneLine().err()).contains("--rule must be 1se or min but is 'max'");
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A", "--cv", "random")
                .failsWithOneLine().err()).contains("--cv must be kfold or forward but is 'random'");
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A", "--folds", "2")
                .failsWithOneLine().err()).contains("--folds must be at least 3 (cv.glmnet's minimum) but is 2");
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A,y")
                .failsWithOneLine().err()).contains("--x must not contain the response column 'y'");
        assertThat(run("fit", "elasticnet", "--input", f, "--y", "y", "--x", "A,Z")
                .failsWithOneLine().err()).contains("Z");
        Path gap = dir.resolve("gap.csv");
        Files.writeString(gap, "y,A\n1,2\n2,NA\n3,5\n4,4\n");
        assertThat(run("fit", "elasticnet", "--input", gap.toString(), "--y", "y", "--x", "A", "--lambda", "0.1")
                .failsWithOneLine().err()).contains(gap + ", line 3, column 'A': missing value");
        Path few = dir.resolve("few.csv");
        Files.writeString(few, "y,A\n1,2\n2,3\n3,5\n4,4\n");
        assertThat(run("fit", "elasticnet", "--input", few.toString(), "--y", "y", "--x", "A")
                .failsWithOneLine().err()).contains("4 rows are too few for 10 folds (--folds)");
        Path flat = dir.resolve("flat.csv");
        Files.writeString(flat, "y,A\n1,2\n1,3\n1,5\n1,4\n");
        assertThat(run("fit", "elasticnet", "--input", flat.toString(), "--y", "y", "--x", "A", "--lambda", "0")
                .failsWithOneLine().err()).contains("column 'y' (--y) is constant");
    }
}
