package io.github.basisspread.models.risk;

import java.util.Locale;

/**
 * A likelihood-ratio test result: statistic, chi-squared degrees of freedom and p-value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the test's name, not null
 * @param statistic the LR statistic, zero or positive
 * @param degreesOfFreedom the chi-squared degrees of freedom, positive
 * @param pValue the asymptotic p-value {@code P(chi2(df) > statistic)}, in [0, 1]
 */
public record LikelihoodRatioTest(String name, double statistic, int degreesOfFreedom, double pValue) {

    /**
     * Validates the components.
     *
     * @param name the name
     * @param statistic the statistic
     * @param degreesOfFreedom the degrees of freedom
     * @param pValue the p-value
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public LikelihoodRatioTest {
        RiskArgs.notNull(name, "name");
        if (!(statistic >= 0) || Double.isInfinite(statistic)) {
            throw RiskArgs.fail("statistic", statistic, "be finite and not negative");
        }
        if (degreesOfFreedom <= 0) {
            throw RiskArgs.fail("degreesOfFreedom", degreesOfFreedom, "be positive");
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw RiskArgs.fail("pValue", pValue, "be in [0, 1]");
        }
    }

    /**
     * Returns whether the null hypothesis is rejected at a significance level.
     *
     * @param significance the significance level, in (0, 1), e.g. 0.05
     * @return {@code pValue < significance}
     * @throws IllegalArgumentException if the significance is not in (0, 1)
     */
    public boolean rejectsAt(double significance) {
        RiskArgs.level(significance, "significance");
        return pValue < significance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-34s LR %10.4f  df %d  p-value %.4f", name, statistic, degreesOfFreedom,
                pValue);
    }
}
