package io.github.basisspread.models.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * Portmanteau tests of serial correlation: Ljung-Box (1978) and Box-Pierce (1970).
 *
 * <p>With sample autocorrelations r_k = c_k / c_0, c_k = (1/n) sum_t (x_t - mean)(x_{t+k} - mean),
 * the statistics up to lag h are Q_LB = n (n + 2) sum_{k=1..h} r_k^2 / (n - k) and
 * Q_BP = n sum_{k=1..h} r_k^2, compared with chi2(h - modelDf), where modelDf is the number of
 * estimated ARMA parameters when testing model residuals. Same numbers as statsmodels'
 * {@code acorr_ljungbox(x, lags, boxpierce=True, model_df)}, whose default lag
 * {@code min(10, n/5)} is also the default here. Lags with h &lt;= modelDf have no distribution
 * and are refused (statsmodels returns NaN for them).
 *
 * <p>Missing values are refused unless {@link Missing#DROP} is asked for, which removes them and
 * tests the remaining values as one series (the choice of {@code ArimaFit.ljungBox}, whose
 * residuals are NaN where the data were missing). The p-value is the chi-squared survival function
 * (the regularized upper incomplete gamma function), which keeps its relative precision in the far
 * tail where {@code 1 - cdf} (R's {@code Box.test}) rounds to zero; the two agree to about 1e-16
 * absolute. This is the only Ljung-Box computation in the module.
 *
 * <p>An immutable specification, thread-safe: {@link #ljungBox()} or {@link #boxPierce()}, then
 * {@code with...} copies for the lag, the model degrees of freedom and missing values.
 */
public final class Portmanteau implements SeriesTest<PortmanteauResult> {

    /** Which portmanteau statistic. */
    public enum Kind {
        /** Ljung and Box (1978), with the small-sample weights (n + 2)/(n - k). */
        LJUNG_BOX,
        /** Box and Pierce (1970). */
        BOX_PIERCE
    }

    /** What a test does with NaN (missing) values. */
    public enum Missing {
        /** Refuse them with an {@link IllegalArgumentException} naming the argument and index. */
        REJECT,
        /**
         * Remove them first and test the remaining values as one consecutive series (infinite
         * values are still refused).
         */
        DROP
    }

    private final Kind kind;
    private final OptionalInt lags;
    private final int modelDf;
    private final Missing missing;

    private Portmanteau(Kind kind, OptionalInt lags, int modelDf, Missing missing) {
        this.kind = kind;
        this.lags = lags;
        this.modelDf = modelDf;
        this.missing = missing;
    }

    /**
     * The Ljung-Box test with statsmodels' defaults: lag {@code min(10, n/5)}, no model
     * parameters, missing values refused.
     *
     * @return the test
     */
    public static Portmanteau ljungBox() {
        return of(Kind.LJUNG_BOX);
    }

    /**
     * The Box-Pierce test with the defaults of {@link #ljungBox()}.
     *
     * @return the test
     */
    public static Portmanteau boxPierce() {
        return of(Kind.BOX_PIERCE);
    }

    /**
     * The Ljung-Box test, the default portmanteau test (as {@link #ljungBox()}).
     *
     * @return the test
     */
    public static Portmanteau of() {
        return ljungBox();
    }

    /**
     * The test of the given kind with the defaults of {@link #ljungBox()}.
     *
     * @param kind Ljung-Box or Box-Pierce
     * @return the test
     * @throws IllegalArgumentException if kind is null
     */
    public static Portmanteau of(Kind kind) {
        return new Portmanteau(Checks.notNull(kind, "kind"), OptionalInt.empty(), 0, Missing.REJECT);
    }

    /**
     * Returns a copy testing up to lag h (instead of {@code min(10, n/5)}).
     *
     * @param lags h, at least 1; at the test it must lie between modelDf + 1 and n - 1
     * @return the modified test
     * @throws IllegalArgumentException if lags is not positive
     */
    public Portmanteau withLags(int lags) {
        if (lags < 1) {
            throw new IllegalArgumentException("Argument 'lags' must be at least 1 but has value " + lags);
        }
        return new Portmanteau(kind, OptionalInt.of(lags), modelDf, missing);
    }

    /**
     * Returns a copy for the residuals of a model with {@code modelDf} estimated ARMA
     * parameters: the chi-squared degrees of freedom become h - modelDf.
     *
     * @param modelDf the number of estimated parameters, zero or more
     * @return the modified test
     * @throws IllegalArgumentException if modelDf is negative
     */
    public Portmanteau withModelDf(int modelDf) {
        return new Portmanteau(kind, lags, Checks.nonNegative(modelDf, "modelDf"), missing);
    }

    /**
     * Returns a copy with another treatment of missing (NaN) values.
     *
     * @param missing refuse or drop them
     * @return the modified test
     * @throws IllegalArgumentException if missing is null
     */
    public Portmanteau withMissing(Missing missing) {
        return new Portmanteau(kind, lags, modelDf, Checks.notNull(missing, "missing"));
    }

    /**
     * Returns the kind of statistic.
     *
     * @return Ljung-Box or Box-Pierce
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the lag h, empty for statsmodels' {@code min(10, n/5)}.
     *
     * @return the lag
     */
    public OptionalInt lags() {
        return lags;
    }

    /**
     * Returns the number of model parameters subtracted from the degrees of freedom.
     *
     * @return modelDf
     */
    public int modelDf() {
        return modelDf;
    }

    /**
     * Returns the treatment of missing values.
     *
     * @return refuse or drop
     */
    public Missing missing() {
        return missing;
    }

    /**
     * Runs the test up to lag h.
     *
     * @param x the series or residuals (not modified)
     * @return the result at lag h
     * @throws IllegalArgumentException on refused missing values, infinite values, a constant
     *     series, or a lag h not between modelDf + 1 and n - 1 (n counting the values kept)
     */
    @Override
    public PortmanteauResult test(double[] x) {
        List<PortmanteauResult> all = testUpTo(x);
        return all.get(all.size() - 1);
    }

    /**
     * Runs one test per lag h' = modelDf + 1, ..., h (statsmodels' table of
     * {@code acorr_ljungbox}).
     *
     * @param values the series or residuals (not modified)
     * @return the results in increasing lag, unmodifiable
     * @throws IllegalArgumentException as {@link #test(double[])}
     */
    public List<PortmanteauResult> testUpTo(double[] values) {
        double[] x = missing == Missing.DROP ? withoutNaN(Checks.notNull(values, "x")) : values;
        Checks.series(x, "x");
        Checks.minLength(x, 2, "x", "for a portmanteau test");
        Checks.notConstant(x, "x");
        int n = x.length;
        int maxLag = lags.isPresent() ? lags.getAsInt() : Math.min(n / 5, 10);
        if (maxLag <= modelDf || maxLag >= n) {
            throw new IllegalArgumentException("Argument 'lag' must be between modelDf + 1 = " + (modelDf + 1)
                    + " and n - 1 = " + (n - 1) + " but has value " + maxLag
                    + (lags.isPresent() ? "" : " (the default min(10, n/5))"));
        }
        double[] r = autocorrelations(x, maxLag);
        List<PortmanteauResult> out = new ArrayList<>(maxLag - modelDf);
        double sum = 0;
        for (int k = 1; k <= maxLag; k++) {
            sum += kind == Kind.LJUNG_BOX ? r[k] * r[k] / (n - k) : r[k] * r[k];
            if (k > modelDf) {
                double q = kind == Kind.LJUNG_BOX ? (double) n * (n + 2) * sum : n * sum;
                int df = k - modelDf;
                out.add(new PortmanteauResult(kind, q, ChiSquared.survival(q, df),
                        ChiSquared.criticalValues(df), k, df, n));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static double[] withoutNaN(double[] x) {
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        if (n == x.length) {
            return x;
        }
        double[] kept = new double[n];
        int i = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                kept[i++] = v;
            }
        }
        return kept;
    }

    /** r_0..r_maxLag with the 1/n (not 1/(n-k)) autocovariance, as statsmodels' acf(adjusted=False). */
    static double[] autocorrelations(double[] x, int maxLag) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - mean;
        }
        double[] r = new double[maxLag + 1];
        double c0 = 0;
        for (double v : d) {
            c0 += v * v;
        }
        r[0] = 1;
        for (int k = 1; k <= maxLag; k++) {
            double c = 0;
            for (int t = 0; t + k < n; t++) {
                c += d[t] * d[t + k];
            }
            r[k] = c / c0;
        }
        return r;
    }
}
