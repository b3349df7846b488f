package io.github.basisspread.models.volatility;

/**
 * How the variance recursion of a GARCH-family model starts and which observations its
 * log-likelihood sums: the convention of R's {@code fGarch::garchFit} (the default) or that of
 * R's {@code tseries::garch}. The two give different likelihoods, hence slightly different
 * estimates, on the same data; choose the one of the tool to be reproduced.
 */
public enum RecursionStart {

    /**
     * fGarch's {@code init.rec = "mci"}, {@code llh.start = 1}: for {@code t <= max(p, q)} the
     * variance is {@code omega + P mean(e^2)} (P the persistence; EGARCH: the log variance is
     * {@code log mean(e^2)}), and all n observations count in the log-likelihood.
     */
    FGARCH,

    /**
     * tseries's {@code garch}: for {@code t <= max(p, q)} the variance is fixed at
     * {@code mean(x^2)}, the second moment of the series about zero (divisor n, not the sample
     * variance), the squared returns of those first observations feed the recursion, and the
     * log-likelihood sums the n - max(p, q) observations after them, as tseries's {@code logLik}
     * (minus its {@code n.likeli} less {@code (n - max(p, q)) log(2 pi) / 2}). tseries has no mean
     * equation: this start needs {@link MeanModel#ZERO}. tseries fits only the GARCH with normal
     * innovations; the start is defined for the other models too (EGARCH: log variance
     * {@code log mean(x^2)}) but reproduces no reference there.
     */
    TSERIES
}
