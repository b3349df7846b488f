package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The fast ARMA likelihood paths (Chandrasekhar recursions, steady-state loop) against the plain
 * covariance filter {@link Filters#dense}, which propagates the whole P at every step.
 */
class FiltersTest {

    /** Sums {ssq, sumLog, nu} and standardised residuals of the O(r) path (complete series). */
    private static double[][] fast(ArmaSystem sys, double[] w) {
        double[] resid = new double[w.length];
        LikelihoodSums s = Filters.arma(sys, sys.stationaryCovariance(), w, resid);
        assertThat(s).isNotNull();
        return new double[][] {{s.ssq(), s.sumLog(), s.nu()}, resid};
    }

    /** The same by the covariance filter from the stationary start. */
    private static double[][] full(ArmaSystem sys, double[] w) {
        double[] resid = new double[w.length];
        double[] q0 = sys.stationaryCovariance();
        double[] a = new double[sys.m];
        double[] p = ArimaProblem.startCovariance(sys, q0);
        LikelihoodSums s = Filters.dense(sys, w, 0, a, p, resid);
        assertThat(s).isNotNull();
        return new double[][] {{s.ssq(), s.sumLog(), s.nu()}, resid};
    }

    private static double[] series(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] w = new double[n];
        double prev = 0;
        for (int t = 0; t < n; t++) {
            // Any series will do: the two filters must agree on the likelihood of whatever they see.
            prev = 0.5 * prev + rnd.nextDouble() - 0.5;
            w[t] = prev;
        }
        return w;
    }

    private static void assertAgree(ArmaSystem sys, double[] w) {
        double[][] f = fast(sys, w);
        double[][] g = full(sys, w);
        assertThat(f[0][2]).isEqualTo(g[0][2]);
        assertThat(f[0][0]).isCloseTo(g[0][0], within(1e-10 * Math.abs(g[0][0])));
        assertThat(f[0][1]).isCloseTo(g[0][1], within(1e-10 * (1 + Math.abs(g[0][1]))));
        for (int t = 0; t < w.length; t++) {
            assertThat(f[1][t]).as("residual %d", t).isCloseTo(g[1][t], within(1e-9));
        }
    }

    @Test
    void chandrasekharMatchesTheCovarianceFilterForArma21() {
        assertAgree(new ArmaSystem(new double[] {0.5, -0.3}, new double[] {0.4}, new double[0]), series(500, 1));
    }

    @Test
    void chandrasekharMatchesWhenTheMaRootIsNearTheUnitCircle() {
        // theta = -0.98: the covariance converges slowly, so the O(r) recursion runs for hundreds of steps.
        assertAgree(new ArmaSystem(new double[] {0.2}, new double[] {-0.98}, new double[0]), series(800, 2));
    }

    @Test
    void chandrasekharMatchesForALongSeasonalSystem() {
        // (1 - 0.5 B)(1 - 0.3 B^4) and (1 + 0.4 B)(1 - 0.6 B^4): r = 9.
        double[] ar = Polynomials.expandAr(new double[] {0.5}, new double[] {0.3}, 4);
        double[] ma = Polynomials.expandMa(new double[] {0.4}, new double[] {-0.6}, 4);
        assertAgree(new ArmaSystem(ar, ma, new double[0]), series(400, 3));
    }

    @Test
    void pureMovingAverageAndPureAutoregressionAgree() {
        assertAgree(new ArmaSystem(new double[0], new double[] {0.7, 0.2}, new double[0]), series(300, 4));
        assertAgree(new ArmaSystem(new double[] {0.9}, new double[0], new double[0]), series(300, 5));
    }

    @Property(tries = 60)
    void fastPathEqualsCovarianceFilter(@ForAll @DoubleRange(min = -0.9, max = 0.9) double pacf1,
            @ForAll @DoubleRange(min = -0.9, max = 0.9) double pacf2,
            @ForAll @DoubleRange(min = -0.95, max = 0.95) double theta1,
            @ForAll @DoubleRange(min = -0.95, max = 0.95) double theta2, @ForAll @IntRange(min = 0, max = 2) int p,
            @ForAll @IntRange(min = 0, max = 2) int q, @ForAll @IntRange(min = 1, max = 1000) int seed) {
        // Stationary AR through partial autocorrelations (Durbin-Levinson), any MA (invertible or not).
        double[] pacf = {pacf1, pacf2};
        double[] ar = new double[p];
        for (int k = 0; k < p; k++) {
            double[] prev = ar.clone();
            ar[k] = pacf[k];
            for (int j = 0; j < k; j++) {
                ar[j] = prev[j] - pacf[k] * prev[k - 1 - j];
            }
        }
        double[] ma = java.util.Arrays.copyOf(new double[] {theta1, theta2}, q);
        assertAgree(new ArmaSystem(ar, ma, new double[0]), series(200, seed));
    }

    @Property(tries = 80)
    void stationaryCovarianceSolvesTheLyapunovEquationAndMatchesDoubling(
            @ForAll @DoubleRange(min = -0.95, max = 0.95) double pacf1, @ForAll @DoubleRange(min = -0.95, max = 0.95) double pacf2,
            @ForAll @DoubleRange(min = -0.9, max = 0.9) double seasonal, @ForAll @DoubleRange(min = -0.9, max = 0.9) double theta,
            @ForAll @IntRange(min = 1, max = 12) int period) {
        // AR (1 - a1 B - a2 B^2)(1 - s B^period) from partial autocorrelations, MA(1): r up to 15.
        double[] ar2 = {pacf1 - pacf2 * pacf1, pacf2};
        ArmaSystem sys = new ArmaSystem(Polynomials.expandAr(ar2, new double[] {seasonal}, period),
                new double[] {theta}, new double[0]);
        double[] p = sys.stationaryCovariance();
        double[] q = doubling(sys);
        assertThat(p).isNotNull();
        assertThat(q).isNotNull();
        int r = sys.r;
        double size = 0;
        for (double v : p) {
            size = Math.max(size, Math.abs(v));
        }
        // P - T P T' - R R' = 0 with the companion T, written out independently of both solvers.
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                double tpt = 0;
                for (int a = 0; a < r; a++) {
                    for (int b = 0; b < r; b++) {
                        double tia = a == 0 ? sys.phi[i] : (a == i + 1 ? 1 : 0);
                        double tjb = b == 0 ? sys.phi[j] : (b == j + 1 ? 1 : 0);
                        tpt += tia * p[a * r + b] * tjb;
                    }
                }
                assertThat(p[i * r + j] - tpt - sys.rvec[i] * sys.rvec[j]).isCloseTo(0, within(1e-10 * size));
                assertThat(p[i * r + j]).isCloseTo(q[i * r + j], within(1e-8 * size));
            }
        }
    }

    @Test
    void nonStationaryArHasNoStationaryCovariance() {
        assertThat(new ArmaSystem(new double[] {1.0}, new double[0], new double[0]).stationaryCovariance()).isNull();
        assertThat(new ArmaSystem(new double[] {0.5, 0.6}, new double[0], new double[0]).stationaryCovariance()).isNull();
        assertThat(ArmaSystem.stationaryAr(new double[] {0.5, 0.4})).isTrue();
        assertThat(ArmaSystem.stationaryAr(new double[] {1.2, -0.5})).isTrue();
        assertThat(ArmaSystem.stationaryAr(new double[] {-1.1})).isFalse();
        assertThat(ArmaSystem.stationaryAr(new double[] {0, 0, 0, 0.999})).isTrue();
        assertThat(ArmaSystem.stationaryAr(new double[] {0, 0, 0, 1.0})).isFalse();
    }

    /**
     * The same covariance by the doubling algorithm {@code P_{k+1} = P_k + A_k P_k A_k'},
     * {@code A_{k+1} = A_k^2} (Anderson and Moore 1979, sec. 6.7): an independent route to
     * check the direct solution of {@link ArmaSystem#stationaryCovariance()}.
     *
     * @return r x r flat, or null if the series does not converge
     */
    private static double[] doubling(ArmaSystem sys) {
        int n = sys.r;
        double[] x = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i * n + j] = sys.rvec[i] * sys.rvec[j];
            }
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n] = sys.phi[i];
            if (i + 1 < n) {
                a[i * n + i + 1] = 1;
            }
        }
        double[] ax = new double[n * n];
        double[] a2 = new double[n * n];
        for (int iter = 0; iter < 200; iter++) {
            multiply(a, x, ax, n);
            double inc = 0;
            double size = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += ax[i * n + k] * a[j * n + k];
                    }
                    x[i * n + j] += s;
                    inc = Math.max(inc, Math.abs(s));
                    size = Math.max(size, Math.abs(x[i * n + j]));
                }
            }
            if (!Double.isFinite(size) || size > 1e300) {
                return null;
            }
            if (inc <= 1e-16 * size) {
                // Symmetrise against rounding.
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        double v = 0.5 * (x[i * n + j] + x[j * n + i]);
                        x[i * n + j] = v;
                        x[j * n + i] = v;
                    }
                }
                return x;
            }
            multiply(a, a, a2, n);
            System.arraycopy(a2, 0, a, 0, n * n);
        }
        return null;
    }

    private static void multiply(double[] a, double[] b, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * b[k * n + j];
                }
                out[i * n + j] = s;
            }
        }
    }
}
