package io.github.basisspread.models.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSummaryTest {

    @Test
    void numbersHaveSixSignificantDigits() {
        assertThat(ModelSummary.number(0.5)).isEqualTo("0.5");
        assertThat(ModelSummary.number(3.14159265)).isEqualTo("3.14159");
        assertThat(ModelSummary.number(-1234567.8)).isEqualTo("-1.23457e+06");
        assertThat(ModelSummary.number(0.000012345678)).isEqualTo("1.23457e-05");
        assertThat(ModelSummary.number(300)).isEqualTo("300");
        assertThat(ModelSummary.number(Double.NaN)).isEqualTo("NaN");
        assertThat(ModelSummary.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void zAndTStatisticsWithTwoSidedPValues() {
        // 2 (1 - Phi(2)) = 0.0455003; for Student's t on 10 df, P(|T| > 2) = 0.0733880 (R: 2 * pt(-2, 10)).
        String z = ModelSummary.of("m").withCoefficients(List.of("a", "b"), new double[] {2, 1},
                new double[] {1, Double.NaN}).toString();
        assertThat(z).contains("P>|z|").containsPattern("a +2 +1 +2\\.000 +0\\.0455")
                .containsPattern("b +1 +NaN +NaN +NaN");
        String t = ModelSummary.of("m").withCoefficients(List.of("a"), new double[] {2}, new double[] {1}, 10)
                .toString();
        assertThat(t).contains("P>|t|").containsPattern("a +2 +1 +2\\.000 +0\\.0734");
        String tiny = ModelSummary.of("m").withCoefficients(List.of("a"), new double[] {10}, new double[] {1})
                .toString();
        assertThat(tiny).containsPattern("a +10 +1 +10\\.000 +<0\\.0001");
    }

    @Test
    void factsConvergenceAndStatistics() {
        ModelSummary s = ModelSummary.of("My model").withFact("method", "ML")
                .withConvergence(new ConvergenceInfo(12, 40, 1e-7, true))
                .withCoefficients(List.of("x"), new double[] {1.5}, new double[] {0.5})
                .withStatistic("sigma2", 0.25);
        assertThat(s.toString()).startsWith("My model\nmethod: ML\nconvergence: converged after 12 iterations\n")
                .contains("sigma2 0.25");
        assertThat(s.oneLine()).isEqualTo("My model: x 1.5 (0.5), sigma2 0.25");
        assertThat(ModelSummary.of("m").withConvergence(new ConvergenceInfo(500, 900, 0.01, false)).toString())
                .contains("convergence: NOT converged after 500 iterations (gradient norm 0.01)");
        assertThat(ModelSummary.of("m").withConvergence(ConvergenceInfo.closedForm()).toString())
                .contains("convergence: closed form");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> ModelSummary.of(" ")).hasMessageContaining("'title'");
        assertThatThrownBy(() -> ModelSummary.of("m").withCoefficients(List.of("a"), new double[] {1, 2},
                new double[] {1})).hasMessageContaining("'estimates'");
        assertThatThrownBy(() -> ModelSummary.of("m").withCoefficients(List.of("a"), new double[] {1},
                new double[] {1}, 0)).hasMessageContaining("'degreesOfFreedom'");
    }
}
