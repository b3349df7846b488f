package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.regression.OlsFit;
import io.github.basisspread.models.regression.OlsSpec;
import io.github.basisspread.models.regression.RegressionData;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The auxiliary regressions of the tests are the module's one least-squares solver, OlsSpec's. */
class LeastSquaresTest {

    @Test
    void sameNumbersAsOlsSpecToTheBit() {
        // An ill-conditioned cubic trend plus a random regressor: the refinement path of the solver.
        SplittableRandom random = new SplittableRandom(16);
        int n = 400;
        double[] one = new double[n];
        double[] t = new double[n];
        double[] t2 = new double[n];
        double[] t3 = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            one[i] = 1;
            t[i] = 1000 + i;
            t2[i] = t[i] * t[i];
            t3[i] = t2[i] * t[i];
            x[i] = random.nextGaussian();
            y[i] = 3 + 0.5 * x[i] + 1e-6 * t2[i] + random.nextGaussian();
        }
        double[][] columns = {one, t, t2, t3, x};
        LeastSquares.Fit mine = LeastSquares.fit(y, columns);
        OlsFit ols = OlsSpec.of().withoutIntercept().fit(RegressionData.of(y, one, t, t2, t3, x));
        assertThat(mine.coefficients()).containsExactly(ols.coefficients());
        assertThat(mine.residuals()).containsExactly(ols.residuals());
        assertThat(mine.standardErrors()).containsExactly(ols.standardErrors(), within(1e-12 * maxAbs(ols
                .standardErrors())));
    }

    @Test
    void collinearColumnIsNamed() {
        double[] a = {1, 2, 3, 4, 5, 7};
        double[] b = {2, 4, 6, 8, 10, 14};
        double[] y = {1, 0, 2, 1, 3, 2};
        assertThatThrownBy(() -> LeastSquares.fit(y, new double[][] {a, b})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'regressors' must be linearly independent but column 1");
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
