package io.github.basisspread.models.regression;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Tail probabilities and quantiles of Student's t and Fisher's F, by the regularized incomplete
 * beta function so that small p-values keep their relative precision (never {@code 1 - cdf}).
 */
final class Distributions {

    private static final double QUANTILE_ACCURACY = 1e-14;

    private Distributions() {
    }

    /** Two-sided p-value of t with df degrees of freedom: {@code I_{df/(df+t^2)}(df/2, 1/2)}. */
    static double twoSidedT(double t, double df) {
        if (Double.isInfinite(t)) {
            return 0;
        }
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5, 1e-15, Integer.MAX_VALUE);
    }

    /** Upper tail of F(d1, d2) at f: {@code I_{d2/(d2+d1 f)}(d2/2, d1/2)}. */
    static double upperF(double f, double d1, double d2) {
        if (Double.isInfinite(f)) {
            return 0;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, 1e-15, Integer.MAX_VALUE);
    }

    /** The quantile {@code t_{df}(1 - alpha/2)} of a two-sided interval of level {@code 1 - alpha}. */
    static double tQuantile(double level, double df) {
        return new TDistribution(null, df, QUANTILE_ACCURACY).inverseCumulativeProbability(0.5 + level / 2);
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Argument 'level' must be greater than 0 and less than 1 but has value "
                    + level);
        }
    }
}
