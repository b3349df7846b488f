package io.github.basisspread.models.diagnostics;

import io.github.basisspread.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Portmanteau tests of serial correlation: Ljung-Box (1978) and Box-Pierce (1970).
 *
 * <p>With sample autocorrelations r_k = c_k / c_0, c_k = (1/n) sum_t (x_t - mean)(x_{t+k} - mean),
 * the statistics up to lag h are Q_LB = n (n + 2) sum_{k=1..h} r_k^2 / (n - k) and
 * Q_BP = n sum_{k=1..h} r_k^2, compared with chi2(h - modelDf), where modelDf is the number of
 * estimated ARMA parameters when testing model residuals. Same numbers as statsmodels'
 * {@code acorr_ljungbox(x, lags, boxpierce=True, model_df)}. Lags with h &lt;= modelDf have no
 * distribution and are refused (statsmodels returns NaN for them).
 *
 * <p>Missing values are refused unless {@link Missing#DROP} is asked for, which removes them and
 * tests the remaining values as one series (the choice of {@code ArimaFit.ljungBox}, whose
 * residuals are NaN where the data were missing). The p-value is the chi-squared survival function
 * (the regularized upper incomplete gamma function), which keeps its relative precision in the far
 * tail where {@code 1 - cdf} (R's {@code Box.test}) rounds to zero; the two agree to about 1e-16
 * absolute. This is the only Ljung-Box computation in the module.
 *
 * <p>Stateless and thread-safe.
 */
public final class Portmanteau {

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

    private Portmanteau() {
    }

    /**
     * The Ljung-Box test up to lag h.
     *
     * @param x the series or residuals (not modified)
     * @param lag h, between modelDf + 1 and n - 1
     * @param modelDf the number of estimated model parameters, zero or more
     * @return the result
     * @throws IllegalArgumentException on missing values, a constant series or an invalid lag
     */
    public static PortmanteauResult ljungBox(double[] x, int lag, int modelDf) {
        return upTo(Kind.LJUNG_BOX, x, lag, modelDf).get(lag - modelDf - 1);
    }

    /**
     * The Box-Pierce test up to lag h.
     *
     * @param x the series or residuals (not modified)
     * @param lag h, between modelDf + 1 and n - 1
     * @param modelDf the number of estimated model parameters, zero or more
     * @return the result
     * @throws IllegalArgumentException on missing values, a constant series or an invalid lag
     */
    public static PortmanteauResult boxPierce(double[] x, int lag, int modelDf) {
        return upTo(Kind.BOX_PIERCE, x, lag, modelDf).get(lag - modelDf - 1);
    }

    /**
     * One test per lag h = modelDf + 1, ..., maxLag.
     *
     * @param kind Ljung-Box or Box-Pierce
     * @param x the series or residuals (not modified)
     * @param maxLag the largest lag, between modelDf + 1 and n - 1
     * @param modelDf the number of estimated model parameters, zero or more
     * @return the results in increasing lag, unmodifiable
     * @throws IllegalArgumentException on missing values, a constant series or an invalid lag
     */
    public static List<PortmanteauResult> upTo(Kind kind, double[] x, int maxLag, int modelDf) {
        return upTo(kind, x, maxLag, modelDf, Missing.REJECT);
    }

    /**
     * One test per lag h = modelDf + 1, ..., maxLag, with an explicit treatment of missing values.
     *
     * @param kind Ljung-Box or Box-Pierce
     * @param values the series or residuals (not modified)
     * @param maxLag the largest lag, between modelDf + 1 and n - 1, n counting the values kept
     * @param modelDf the number of estimated model parameters, zero or more
     * @param missing whether NaN values are refused or dropped
     * @return the results in increasing lag, unmodifiable
     * @throws IllegalArgumentException on refused missing values, infinite values, a constant
     *     series or an invalid lag
     */
    public static List<PortmanteauResult> upTo(Kind kind, double[] values, int maxLag, int modelDf,
            Missing missing) {
        Checks.notNull(kind, "kind");
        Checks.notNull(missing, "missing");
        double[] x = missing == Missing.DROP ? withoutNaN(Checks.notNull(values, "x")) : values;
        Checks.series(x, "x");
        Checks.minLength(x, 2, "x", "for a portmanteau test");
        Checks.notConstant(x, "x");
        Checks.nonNegative(modelDf, "modelDf");
        int n = x.length;
        if (maxLag <= modelDf || maxLag >= n) {
            throw new IllegalArgumentException("Argument 'lag' must be between modelDf + 1 = " + (modelDf + 1)
                    + " and n - 1 = " + (n - 1) + " but has value " + maxLag);
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

    /**
     * The Ljung-Box test up to lag h with an explicit treatment of missing values.
     *
     * @param x the series or residuals (not modified)
     * @param lag h, between modelDf + 1 and n - 1, n counting the values kept
     * @param modelDf the number of estimated model parameters, zero or more
     * @param missing whether NaN values are refused or dropped
     * @return the result
     * @throws IllegalArgumentException on refused missing values, a constant series or an invalid lag
     */
    public static PortmanteauResult ljungBox(double[] x, int lag, int modelDf, Missing missing) {
        return upTo(Kind.LJUNG_BOX, x, lag, modelDf, missing).get(lag - modelDf - 1);
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

    /**
     * The Ljung-Box test up to statsmodels' default lag, min(n/5, 10), without model parameters.
     *
     * @param series the series; missing values are rejected, not skipped
     * @return the result
     * @throws IllegalArgumentException on missing values, a constant or too short series
     */
    public static PortmanteauResult ljungBox(TimeSeries series) {
        double[] x = Checks.notNull(series, "series").valuesArray();
        return ljungBox(x, Math.min(x.length / 5, 10), 0);
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
