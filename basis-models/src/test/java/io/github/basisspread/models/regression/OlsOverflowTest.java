package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.models.api.EstimationException;
import org.junit.jupiter.api.Test;

/** Issue 14: an OLS whose sums of squares overflow is refused, not returned with infinite standard errors. */
class OlsOverflowTest {

    @Test
    void aHugeOutlierIsRefusedInOneLine() {
        int n = 20;
        double[] y = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 1 + 2 * i + Math.sin(i);
        }
        // Without the outlier the fit is ordinary.
        OlsFit clean = OlsSpec.of().fit(RegressionData.of(y, new double[][] {x}));
        assertThat(java.util.Arrays.stream(clean.standardErrors()).allMatch(Double::isFinite)).isTrue();
        // One value of 1e300: the residual sum of squares overflows; before, the fit came back with
        // standard errors [Infinity, Infinity] and R-squared NaN.
        y[7] = 1e300;
        assertThatThrownBy(() -> OlsSpec.of().fit(RegressionData.of(y, new double[][] {x})))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("The least-squares fit overflows: standard errors [Infinity, Infinity]")
                .hasMessageContaining("outlier such as 1e300")
                .hasMessageNotContaining("\n");
    }
}
