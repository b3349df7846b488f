package io.github.basisspread.models.diagnostics;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;

/** Upper-tail chi-squared probabilities and critical values. */
final class ChiSquared {

    private static final double[] ONE_FIVE_TEN = {0.01, 0.05, 0.10};

    private ChiSquared() {
    }

    /**
     * P(X &gt; q) for X ~ chi2(df), as the regularized upper incomplete gamma Q(df/2, q/2), which
     * keeps full relative precision far in the tail (1 - cdf would round to 0).
     */
    static double survival(double q, double df) {
        return q <= 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2, q / 2, 1e-16, Integer.MAX_VALUE);
    }

    /** Upper-tail critical values at 1%, 5% and 10%. */
    static CriticalValues criticalValues(double df) {
        ChiSquaredDistribution d = new ChiSquaredDistribution(null, df, 1e-14);
        double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            values[i] = d.inverseCumulativeProbability(1 - ONE_FIVE_TEN[i]);
        }
        return CriticalValues.of(ONE_FIVE_TEN, values);
    }
}
