package io.github.basisspread.models.diagnostics;

/** Validation shared by the result records. */
final class Results {

    private Results() {
    }

    static void check(double statistic, double pValue, CriticalValues criticalValues, int lagsUsed, int nobs) {
        if (!Double.isFinite(statistic)) {
            throw new IllegalArgumentException("Argument 'statistic' must be finite but has value " + statistic);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("Argument 'pValue' must be between 0 and 1 but has value " + pValue);
        }
        Checks.notNull(criticalValues, "criticalValues");
        Checks.nonNegative(lagsUsed, "lagsUsed");
        if (nobs <= 0) {
            throw new IllegalArgumentException("Argument 'nobs' must be greater than zero but has value " + nobs);
        }
    }
}
