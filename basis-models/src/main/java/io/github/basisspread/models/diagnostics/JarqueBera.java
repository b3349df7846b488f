package io.github.basisspread.models.diagnostics;

/**
 * The Jarque-Bera (1980) test of normality from sample skewness and kurtosis.
 *
 * <p>With central moments m_k = (1/n) sum (x - mean)^k, S = m3 / m2^(3/2), K = m4 / m2^2 and
 * JB = n/6 (S^2 + (K - 3)^2 / 4), asymptotically chi2(2) under normality. Same numbers as
 * statsmodels' {@code jarque_bera}. The test has no options: {@link #of()} is its one
 * instance. Immutable and thread-safe.
 */
public final class JarqueBera implements SeriesTest<JarqueBeraResult> {

    private static final JarqueBera INSTANCE = new JarqueBera();

    private JarqueBera() {
    }

    /**
     * The Jarque-Bera test.
     *
     * @return the test
     */
    public static JarqueBera of() {
        return INSTANCE;
    }

    /**
     * Runs the test.
     *
     * @param x the data (not modified)
     * @return the result
     * @throws IllegalArgumentException if the data are null, hold NaN or infinite values, have
     *     fewer than 2 observations or are constant
     */
    @Override
    public JarqueBeraResult test(double[] x) {
        Checks.series(x, "x");
        Checks.minLength(x, 2, "x", "for the Jarque-Bera test");
        Checks.notConstant(x, "x");
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double skew = m3 / Math.pow(m2, 1.5);
        double kurt = m4 / (m2 * m2);
        double jb = n / 6.0 * (skew * skew + (kurt - 3) * (kurt - 3) / 4);
        return new JarqueBeraResult(jb, ChiSquared.survival(jb, 2), skew, kurt, n);
    }
}
