package io.github.basisspread.models.diagnostics;

/** Builders of the critical-value maps of the published tables. */
final class Levels {

    private static final double[] ONE_FIVE_TEN = {0.01, 0.05, 0.10};

    private Levels() {
    }

    /** MacKinnon's 1%, 5%, 10% values. */
    static CriticalValues mackinnon(double[] values) {
        return CriticalValues.of(ONE_FIVE_TEN, values);
    }
}
