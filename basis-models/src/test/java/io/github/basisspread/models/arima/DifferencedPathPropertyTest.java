package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The exact likelihood on complete data ({@code ArimaProblem.Path.DIFFERENCED}) forms the
 * differenced regression residuals and finds a NaN among them in one pass: its sums must be
 * those of the residuals formed column by column as before and scanned by the filter, bit for
 * bit, for every number of regressors (none, the intercept alone, intercept and drift, and
 * more), coefficients that make residuals NaN included (an infinite coefficient times a zero
 * regressor).
 */
class DifferencedPathPropertyTest {

    @Property(tries = 200)
    void oneFusedPassGivesTheSameSumsBitForBit(@ForAll @IntRange(min = 0, max = 2) int p,
            @ForAll @IntRange(min = 0, max = 1) int q,
            @ForAll @IntRange(min = 0, max = 1) int d,
            @ForAll @IntRange(min = 0, max = 3) int regressors,
            @ForAll @DoubleRange(min = -0.8, max = 0.8) double ar,
            @ForAll @DoubleRange(min = -0.7, max = 0.7) double ma,
            @ForAll @IntRange(min = 0, max = 4) int special,
            @ForAll @IntRange(min = 12, max = 400) int n,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] y = new double[n];
        double level = 0;
        for (int t = 0; t < n; t++) {
            level = 0.5 * level + rnd.nextGaussian();
            y[t] = 10 + level + (d == 1 ? 0.01 * t : 0);
        }
        double[][] x = new double[n][regressors];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < regressors; j++) {
                // Column 0 has zeros, so an infinite coefficient on it gives NaN residuals.
                x[t][j] = j == 0 ? (t % 3 == 0 ? 0 : 1) : rnd.nextGaussian();
            }
        }
        ArimaSpec spec = ArimaSpec.of(p, d, q).withoutConstant();
        ArimaProblem problem = new ArimaProblem(spec, y, x);
        assertThat(problem.path).isEqualTo(ArimaProblem.Path.DIFFERENCED);
        double[] coef = new double[p + q + regressors];
        for (int i = 0; i < p; i++) {
            coef[i] = ar / (i + 1);
        }
        for (int i = 0; i < q; i++) {
            coef[p + i] = ma;
        }
        for (int j = 0; j < regressors; j++) {
            coef[p + q + j] = rnd.nextDouble() * 4 - 2;
        }
        if (regressors > 0) {
            coef[p + q] = switch (special) {
                case 1 -> Double.POSITIVE_INFINITY;
                case 2 -> Double.NaN;
                case 3 -> 1e308;
                default -> coef[p + q];
            };
        }

        LikelihoodSums fused = problem.exactSums(coef);

        // The residuals as before: the differenced y, each column's term subtracted in turn.
        double[] w = problem.dy.clone();
        for (int j = 0; j < problem.k; j++) {
            for (int t = 0; t < w.length; t++) {
                w[t] -= problem.dxCols[j][t] * coef[problem.narma + j];
            }
        }
        ArmaSystem sys = problem.system(coef);
        double[] q0 = sys.stationaryCovariance();
        LikelihoodSums before = q0 == null ? null : Filters.arma(sys, q0, w, null);
        if (before != null && before.nu() <= 0) {
            before = null;
        }
        if (before == null) {
            assertThat(fused).isNull();
        } else {
            assertThat(fused).isNotNull();
            assertThat(Double.doubleToRawLongBits(fused.ssq())).as("ssq").isEqualTo(Double.doubleToRawLongBits(before.ssq()));
            assertThat(Double.doubleToRawLongBits(fused.sumLog())).as("sum log F")
                    .isEqualTo(Double.doubleToRawLongBits(before.sumLog()));
            assertThat(fused.nu()).isEqualTo(before.nu());
        }
    }
}
