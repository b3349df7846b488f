package io.github.basisspread.models.diagnostics;

/**
 * A p-value read from a table of upper-tail critical values: interpolated linearly between the
 * bracketing entries (as statsmodels' {@code kpss} does with {@code np.interp}), and clipped to
 * the table's levels with a {@link PValueBound} saying so when the statistic lies beyond it.
 *
 * @param pValue the interpolated p-value or the bound
 * @param bound whether it is the p-value or a bound
 */
record TablePValue(double pValue, PValueBound bound) {

    /**
     * Reads the p-value of a statistic from a table.
     *
     * @param statistic the statistic (large values reject)
     * @param levels the significance levels, decreasing (0.10, 0.05, ..., 0.01)
     * @param critical the critical value at each level, increasing
     * @return the p-value and its bound
     */
    static TablePValue of(double statistic, double[] levels, double[] critical) {
        int last = levels.length - 1;
        if (statistic <= critical[0]) {
            return new TablePValue(levels[0], statistic < critical[0] ? PValueBound.LOWER_BOUND : PValueBound.POINT);
        }
        if (statistic >= critical[last]) {
            return new TablePValue(levels[last],
                    statistic > critical[last] ? PValueBound.UPPER_BOUND : PValueBound.POINT);
        }
        int k = 0;
        while (statistic > critical[k + 1]) {
            k++;
        }
        double w = (statistic - critical[k]) / (critical[k + 1] - critical[k]);
        return new TablePValue(levels[k] + w * (levels[k + 1] - levels[k]), PValueBound.POINT);
    }
}
