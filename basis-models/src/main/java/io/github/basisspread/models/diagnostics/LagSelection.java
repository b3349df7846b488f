package io.github.basisspread.models.diagnostics;

/**
 * How the number of lagged differences of an augmented Dickey-Fuller regression is chosen.
 *
 * <p>The automatic rules follow statsmodels' {@code autolag}: every lag 0..maxLag is fitted on
 * the same sample (the one trimmed for maxLag, so the criteria are comparable), the chosen lag
 * is then refitted on the longest sample it allows.
 */
public enum LagSelection {
    /** Minimise the Akaike information criterion, -2 log L + 2k (ties go to the shorter lag). */
    AIC,
    /** Minimise the Bayesian information criterion, -2 log L + k ln n (ties go to the shorter lag). */
    BIC,
    /**
     * General-to-specific: start at maxLag and drop lags until the last one has
     * |t| &gt;= 1.6448536269514722, the 95% standard normal quantile (as statsmodels).
     */
    T_STAT,
    /** No search: use exactly maxLag lags. */
    FIXED
}
