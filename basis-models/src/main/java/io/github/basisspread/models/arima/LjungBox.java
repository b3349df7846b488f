package io.github.basisspread.models.arima;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.diagnostics.Portmanteau;
import io.github.basisspread.models.diagnostics.PortmanteauResult;

/**
 * The Ljung-Box portmanteau test of residual autocorrelation (Ljung and Box 1978, Biometrika 65):
 * {@code Q = n (n + 2) sum_{k=1}^{h} r_k^2 / (n - k)}, chi-squared with {@code h - fitdf} degrees
 * of freedom under the null of no autocorrelation, where {@code r_k} is the lag-k sample
 * autocorrelation of the mean-corrected residuals (R's {@code Box.test(type = "Ljung-Box")}),
 * computed by {@link Portmanteau#ljungBox()} with {@link Portmanteau.Missing#DROP}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic Q
 * @param lags h, the number of autocorrelations summed
 * @param degreesOfFreedom {@code h - fitdf}
 * @param pValue {@code P(chi2 > Q)}
 */
public record LjungBox(double statistic, int lags, int degreesOfFreedom, double pValue) {

    /**
     * Validates.
     *
     * @param statistic Q
     * @param lags h
     * @param degreesOfFreedom {@code h - fitdf}
     * @param pValue the p-value
     * @throws IllegalArgumentException if the statistic is negative or not finite, a count is
     *     below 1 or the p-value is outside [0, 1]
     */
    public LjungBox {
        if (!(statistic >= 0) || statistic == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Argument 'statistic' must be finite and zero or greater but has value "
                    + statistic);
        }
        if (lags < 1 || degreesOfFreedom < 1) {
            throw new IllegalArgumentException("Argument 'lags' and 'degreesOfFreedom' must be at least 1 but are "
                    + lags + " and " + degreesOfFreedom);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("Argument 'pValue' must be in [0, 1] but has value " + pValue);
        }
    }

    /**
     * Runs the test; NaN values (missing) are dropped first and the rest tested as one series
     * ({@link Portmanteau.Missing#DROP}). The computation is {@link Portmanteau}'s; the p-value is
     * the chi-squared survival function (agreeing with R's {@code 1 - pchisq} to about 1e-16).
     *
     * @param residuals the residuals (not modified)
     * @param lags h, at least 1 and below the number of values
     * @param fitdf the number of fitted ARMA coefficients subtracted from the degrees of freedom,
     *     zero or more and below h
     * @return the test
     * @throws IllegalArgumentException if an argument is out of range or the residuals are constant
     */
    public static LjungBox test(double[] residuals, int lags, int fitdf) {
        ArgChecker.notNull(residuals, "residuals");
        int n = 0;
        double first = Double.NaN;
        boolean varies = false;
        for (double e : residuals) {
            if (!Double.isNaN(e)) {
                if (n++ == 0) {
                    first = e;
                } else if (e != first) {
                    varies = true;
                }
            }
        }
        if (lags < 1 || lags >= n) {
            throw new IllegalArgumentException("Argument 'lags' must be in [1, " + (n - 1) + "] for " + n
                    + " residuals but has value " + lags);
        }
        if (fitdf < 0 || fitdf >= lags) {
            throw new IllegalArgumentException("Argument 'fitdf' must be in [0, " + (lags - 1) + "] but has value "
                    + fitdf);
        }
        if (!varies) {
            throw new IllegalArgumentException("Argument 'residuals' must vary but all " + n + " values are equal");
        }
        PortmanteauResult r = Portmanteau.ljungBox().withLags(lags).withModelDf(fitdf)
                .withMissing(Portmanteau.Missing.DROP).test(residuals);
        return new LjungBox(r.statistic(), lags, r.degreesOfFreedom(), r.pValue());
    }
}
