package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.models.api.EstimationException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RollingAndRecursiveTest {

    private static double[][] sample(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        double level = 100;
        for (int i = 0; i < n; i++) {
            level += rnd.nextGaussian();
            x1[i] = level;                     // a trending, badly scaled regressor
            x2[i] = rnd.nextGaussian() * 1e-3;
            y[i] = 3 + 0.5 * x1[i] - 2000 * x2[i] + rnd.nextGaussian() * (1 + (i % 7));
        }
        return new double[][] {y, x1, x2};
    }

    private static void assertClose(double[] actual, double[] expected, double relative, String what) {
        for (int j = 0; j < expected.length; j++) {
            assertThat(actual[j]).as("%s[%d]", what, j)
                    .isCloseTo(expected[j], org.assertj.core.data.Offset.offset(relative * Math.abs(expected[j])));
        }
    }

    private static RegressionData slice(double[][] d, int from, int to) {
        return RegressionData.of(Arrays.copyOfRange(d[0], from, to), Arrays.copyOfRange(d[1], from, to),
                Arrays.copyOfRange(d[2], from, to));
    }

    @Test
    void everyFixedWindowEqualsBatchOls() {
        double[][] d = sample(400, 1);
        int window = 50;
        // a long refresh interval exercises many successive downdates between exact refactorisations
        RollingOlsResult rolling = RollingOls.of(window).fit(RegressionData.of(d[0], d[1],
                d[2]));
        assertThat(rolling.size()).isEqualTo(400 - window + 1);
        for (int w = 0; w < rolling.size(); w++) {
            assertThat(rolling.windowStart(w)).isEqualTo(w);
            assertThat(rolling.windowEnd(w)).isEqualTo(w + window);
            OlsFit batch = OlsSpec.of().fit(slice(d, w, w + window));
            assertClose(rolling.coefficients(w), batch.coefficients(), 1e-8, "coefficients of window " + w);
            assertClose(rolling.standardErrors(w), batch.standardErrors(), 1e-8, "standard errors of window " + w);
            assertThat(rolling.sumOfSquaredResiduals()[w])
                    .isCloseTo(batch.sumOfSquaredResiduals(), org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
        assertThat(rolling.coefficientSeries("x1")[7]).isEqualTo(rolling.coefficients(7)[1]);
        assertThat(rolling.standardErrorSeries("intercept")[9]).isEqualTo(rolling.standardErrors(9)[0]);
        assertThat(rolling.parameterNames()).containsExactly("intercept", "x1", "x2");
        assertThat(rolling.isExpanding()).isFalse();
    }

    @Test
    void hundredsOfDowndatesWithoutRefreshStayWithinTheStatisticalPrecision() {
        // no exact refactorisation after the first window: 350 successive downdates. A coefficient
        // near zero (the intercept here) is then compared on the scale of its standard error.
        double[][] d = sample(400, 1);
        int window = 50;
        RollingOlsResult rolling = RollingOls.of(window).withRefreshInterval(1000).fit(RegressionData.of(d[0], d[1],
                d[2]));
        for (int w = 0; w < rolling.size(); w++) {
            OlsFit batch = OlsSpec.of().fit(slice(d, w, w + window));
            double[] b = batch.coefficients();
            double[] se = batch.standardErrors();
            for (int j = 0; j < b.length; j++) {
                double scale = Math.max(Math.abs(b[j]), se[j]);
                assertThat(rolling.coefficients(w)[j]).as("window %d coefficient %d", w, j)
                        .isCloseTo(b[j], org.assertj.core.data.Offset.offset(1e-8 * scale));
                assertThat(rolling.standardErrors(w)[j]).as("window %d se %d", w, j)
                        .isCloseTo(se[j], org.assertj.core.data.Offset.offset(1e-8 * se[j]));
            }
        }
    }

    @Test
    void everyExpandingWindowEqualsBatchOls() {
        double[][] d = sample(200, 2);
        RollingOlsResult expanding = RollingOls.expanding(10).withoutIntercept().fit(RegressionData.of(d[0], d[1], d[2]));
        assertThat(expanding.isExpanding()).isTrue();
        for (int w = 0; w < expanding.size(); w++) {
            assertThat(expanding.windowStart(w)).isZero();
            OlsFit batch = OlsSpec.of().withoutIntercept().fit(slice(d, 0, 10 + w));
            assertClose(expanding.coefficients(w), batch.coefficients(), 1e-8, "window " + w);
            assertClose(expanding.standardErrors(w), batch.standardErrors(), 1e-8, "window " + w);
        }
    }

    @Test
    void rollingRejectsBadInput() {
        double[][] d = sample(30, 3);
        RegressionData data = RegressionData.of(d[0], d[1], d[2]);
        assertThatThrownBy(() -> RollingOls.of(1)).hasMessageContaining("'size' must be at least 2 but has value 1");
        assertThatThrownBy(() -> RollingOls.of(3).fit(data))
                .hasMessageContaining("'window' must be greater than the 3 coefficients but has value 3");
        assertThatThrownBy(() -> RollingOls.of(31).fit(data))
                .hasMessageContaining("must have at least 31 observations (the window) but has value 30");
        double[] bad = d[1].clone();
        bad[4] = Double.NaN;
        assertThatThrownBy(() -> RollingOls.of(10).fit(RegressionData.of(d[0], bad, d[2])))
                .hasMessageContaining("'x1' must be finite but has value NaN at index 4");
        double[] flat = new double[30];
        Arrays.fill(flat, 2.0);
        assertThatThrownBy(() -> RollingOls.of(10).fit(RegressionData.of(d[0], flat)))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("Window [0, 10) has a singular design");
        assertThatThrownBy(() -> RollingOls.of(10).withRefreshInterval(0))
                .hasMessageContaining("'steps' must be at least 1 but has value 0");
    }

    @Test
    void recursiveLeastSquaresEqualsBatchOls() {
        double[][] d = sample(300, 4);
        RecursiveLeastSquares rls = RecursiveLeastSquares.of(2);
        double[] x = new double[2];
        double[] out = new double[3];
        for (int i = 0; i < 300; i++) {
            x[0] = d[1][i];
            x[1] = d[2][i];
            rls.update(x, d[0][i]);
            if (i == 1) {
                assertThat(rls.isInitialized()).isFalse();
                assertThatThrownBy(rls::coefficients).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("2 observation(s) received");
            }
            if (i >= 10 && i % 50 == 0) {
                rls.coefficients(out);
                assertClose(out, OlsSpec.of().fit(slice(d, 0, i + 1)).coefficients(), 1e-9, "t=" + i);
            }
        }
        assertThat(rls.count()).isEqualTo(300);
        OlsFit batch = OlsSpec.of().fit(slice(d, 0, 300));
        assertClose(rls.coefficients(), batch.coefficients(), 1e-9, "final");
        double[] x0 = {101.0, 0.001};
        assertThat(rls.predict(x0)).isCloseTo(batch.predict(x0).mean()[0],
                org.assertj.core.data.Percentage.withPercentage(1e-8));
    }

    @Test
    void forgettingFactorEqualsExponentiallyWeightedLeastSquares() {
        double[][] d = sample(120, 5);
        double lambda = 0.97;
        RecursiveLeastSquares rls = RecursiveLeastSquares.of(2, true, lambda);
        double[] w = new double[120];
        for (int i = 0; i < 120; i++) {
            rls.update(new double[] {d[1][i], d[2][i]}, d[0][i]);
            w[i] = Math.pow(lambda, 119 - i);   // weight lambda^(t - i) at t = 119
        }
        RegressionData weighted = RegressionData.builder().response("y", d[0]).regressor("x1", d[1])
                .regressor("x2", d[2]).weights(w).build();
        assertClose(rls.coefficients(), OlsSpec.of().fit(weighted).coefficients(), 1e-9, "lambda fit");
    }

    @Test
    void recursiveRejectsBadInputWithoutChangingState() {
        RecursiveLeastSquares rls = RecursiveLeastSquares.of(1, false, 1.0);
        assertThatThrownBy(() -> rls.update(new double[] {1, 2}, 1)).hasMessageContaining("'x' must have length 1");
        assertThatThrownBy(() -> rls.update(new double[] {Double.NaN}, 1))
                .hasMessageContaining("'x' must be finite but has value NaN at index 0");
        assertThatThrownBy(() -> rls.update(new double[] {1}, Double.POSITIVE_INFINITY))
                .hasMessageContaining("'y' must be finite but has value Infinity");
        assertThat(rls.count()).isZero();
        // y = 2 x through the origin: after (1, 2) the slope is 2/1 = 2; after (3, 7) it is
        // (1*2 + 3*7) / (1 + 9) = 23 / 10 = 2.3
        rls.update(new double[] {1}, 2);
        assertThat(rls.coefficients()[0]).isEqualTo(2.0);
        rls.update(new double[] {3}, 7);
        assertThat(rls.coefficients()[0]).isCloseTo(2.3, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(rls.predict(new double[] {10})).isCloseTo(23, org.assertj.core.data.Offset.offset(1e-13));
        assertThat(rls.regressorCount()).isEqualTo(1);
        assertThatThrownBy(() -> RecursiveLeastSquares.of(0, false, 1))
                .hasMessageContaining("'regressors' must be positive without an intercept but has value 0");
        assertThatThrownBy(() -> RecursiveLeastSquares.of(1, true, 1.5))
                .hasMessageContaining("'forgettingFactor' must be in (0, 1] but has value 1.5");
        assertThatThrownBy(() -> RecursiveLeastSquares.of(-1, true, 1))
                .hasMessageContaining("'regressors' must be zero or greater but has value -1");
    }
}
