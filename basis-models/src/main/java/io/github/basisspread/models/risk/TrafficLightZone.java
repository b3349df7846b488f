package io.github.basisspread.models.risk;

/**
 * The Basel traffic-light zones of a VaR backtest (Basel Committee on Banking Supervision,
 * "Supervisory framework for the use of 'backtesting' in conjunction with the internal models
 * approach to market risk capital requirements", January 1996, Table 2): a zone is chosen by the
 * cumulative binomial probability of the observed number of exceptions under a correct model:
 * green below 95%, yellow from 95% to below 99.99%, red from 99.99%. For 250 observations of a
 * 99% VaR: green 0-4 exceptions, yellow 5-9, red 10 or more.
 */
public enum TrafficLightZone {
    /** The results are consistent with an accurate model. */
    GREEN,
    /** The results raise questions but do not prove the model inaccurate. */
    YELLOW,
    /** The model is almost certainly inaccurate. */
    RED
}
