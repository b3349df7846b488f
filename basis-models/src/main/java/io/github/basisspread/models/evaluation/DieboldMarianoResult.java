package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The result of a {@link DieboldMariano} test. Immutable and thread-safe.
 *
 * @param statistic the Harvey-Leybourne-Newbold corrected statistic, negative when the first
 *     forecast has the smaller loss
 * @param pValue the two-sided p-value from the t distribution on n - 1 degrees of freedom
 * @param degreesOfFreedom n - 1
 * @param horizon the horizon asked for
 * @param horizonUsed the horizon used in the variance, 1 after a fall-back from a non-positive variance
 * @param meanLossDifferential the mean of {@code |e1|^p - |e2|^p}
 * @param nobs n, the number of forecast pairs
 */
public record DieboldMarianoResult(double statistic, double pValue, int degreesOfFreedom, int horizon,
        int horizonUsed, double meanLossDifferential, int nobs) {

    /**
     * Validates the components.
     *
     * @param statistic the statistic
     * @param pValue the p-value
     * @param degreesOfFreedom the degrees of freedom
     * @param horizon the horizon asked for
     * @param horizonUsed the horizon used
     * @param meanLossDifferential the mean loss differential
     * @param nobs the number of pairs
     * @throws IllegalArgumentException if a value is not finite or out of range
     */
    public DieboldMarianoResult {
        ArgChecker.finite(statistic, "statistic");
        ArgChecker.inRangeInclusive(pValue, 0, 1, "pValue");
        ArgChecker.positive(degreesOfFreedom, "degreesOfFreedom");
        ArgChecker.positive(horizon, "horizon");
        ArgChecker.positive(horizonUsed, "horizonUsed");
        ArgChecker.finite(meanLossDifferential, "meanLossDifferential");
        ArgChecker.positive(nobs, "nobs");
    }

    /**
     * Whether equal accuracy is rejected at the level alpha (two-sided).
     *
     * @param alpha the significance level, in (0, 1)
     * @return whether the p-value is below alpha
     * @throws IllegalArgumentException if alpha is not in (0, 1)
     */
    public boolean rejectsEqualAccuracy(double alpha) {
        ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha", alpha, "be in (0, 1)");
        return pValue < alpha;
    }
}
