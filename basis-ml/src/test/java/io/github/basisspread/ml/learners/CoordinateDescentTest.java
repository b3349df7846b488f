package io.github.basisspread.ml.learners;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.ml.features.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two update schemes of Friedman, Hastie and Tibshirani (2010), naive (section 2.1) and
 * covariance (section 2.2), give the same path: the same lambdas reached, the same passes, and
 * coefficients and deviance ratios equal up to rounding; the default (covariance below 500
 * features, as glmnet) is what the glmnet reference tests check.
 */
class CoordinateDescentTest {

    @Test
    void covarianceAndNaiveUpdatesGiveTheSamePath() {
        List<Dataset> sets = List.of(GlmnetReference.dataset("mtcars"), GlmnetReference.dataset("synthetic"),
                correlated(400, 30, 3), correlated(40, 60, 4));
        for (Dataset d : sets) {
            for (double alpha : new double[] {1, 0.5, 0.05}) {
                CoordinateDescent.Standardised s = new CoordinateDescent.Standardised(d);
                double max = s.lambdaMax(alpha);
                double[] lambdas = new double[100];
                for (int k = 0; k < 100; k++) {
                    lambdas[k] = max * Math.pow(1e-3, k / 99.0);
                }
                lambdas[0] = CoordinateDescent.BIG;
                CoordinateDescent.Raw naive = CoordinateDescent.naivePath(s, alpha, lambdas, true, 1e-7, 100_000);
                CoordinateDescent.Raw cov = CoordinateDescent.covariancePath(s, alpha, lambdas, true, 1e-7, 100_000);
                String what = d + " alpha " + alpha;
                assertThat(cov.beta().length).as(what).isEqualTo(naive.beta().length);
                assertThat(cov.passes()).as(what).isEqualTo(naive.passes());
                for (int m = 0; m < cov.beta().length; m++) {
                    assertThat(cov.devRatio()[m]).as(what + " dev.ratio at " + m).isCloseTo(naive.devRatio()[m],
                            org.assertj.core.api.Assertions.within(1e-10));
                    for (int j = 0; j < s.p; j++) {
                        assertThat(cov.beta()[m][j]).as(what + " b" + j + " at " + m).isCloseTo(naive.beta()[m][j],
                                org.assertj.core.api.Assertions.within(1e-10));
                    }
                }
            }
        }
    }

    /** Features with pairwise correlation about 0.5 (a common factor), a sparse true model, and one constant column. */
    private static Dataset correlated(int n, int p, long seed) {
        Random r = new Random(seed);
        double[][] c = new double[p][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double f = r.nextGaussian();
            for (int j = 0; j < p; j++) {
                c[j][i] = j == p - 1 ? 2.0 : f + r.nextGaussian();
            }
            y[i] = 3 * c[0][i] - 2 * c[1][i] + c[5][i] + r.nextGaussian();
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        return Dataset.ofColumns(names, c, y, List.of());
    }
}
