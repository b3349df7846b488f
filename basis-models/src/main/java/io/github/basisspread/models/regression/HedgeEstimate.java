package io.github.basisspread.models.regression;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.api.ModelSummary;
import java.util.List;

/**
 * A minimum-variance hedge estimated on one sample.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>As a {@link FittedModel} it reports the hedge ratio (the regression's intercept is not
 * reported but is counted: two parameters, as {@link OlsFit} counts them), its classical standard
 * error, and the Gaussian log-likelihood of the regression of {@code dS} on {@code dF},
 * {@code -n/2 (ln(2 pi) + ln(SSR/n) + 1)} with {@code SSR = basisRisk^2 (n - 1)}.
 *
 * @param hedgeRatio the minimum-variance hedge ratio {@code h* = Cov(dS, dF) / Var(dF)}, the
 *     quantity of the hedge instrument to sell per unit of spot held
 * @param standardError the classical standard error of the hedge ratio (the OLS slope)
 * @param effectiveness the variance reduction {@code 1 - Var(dS - h* dF) / Var(dS)}, the
 *     regression R-squared (Ederington 1979), in {@code [0, 1]}
 * @param basisRisk the per-period volatility (sample standard deviation) of the hedged P&amp;L
 *     {@code dS - h* dF}: the risk that the hedge leaves, in the units of the returns
 * @param unhedgedVolatility the per-period sample standard deviation of {@code dS}
 * @param nobs the number of periods (one fewer than the prices)
 */
public record HedgeEstimate(double hedgeRatio, double standardError, double effectiveness, double basisRisk,
        double unhedgedVolatility, int nobs) implements FittedModel {

    /** The one reported parameter. */
    private static final List<String> NAMES = List.of("hedgeRatio");

    /**
     * Validates the estimate.
     *
     * @param hedgeRatio the minimum-variance hedge ratio, finite
     * @param standardError its standard error, zero or more
     * @param effectiveness the variance reduction, in [0, 1]
     * @param basisRisk the volatility of the hedged P&amp;L, zero or more
     * @param unhedgedVolatility the volatility of the spot changes, zero or more
     * @param nobs the number of periods, at least 3
     * @throws IllegalArgumentException if a value is not finite or out of range
     */
    public HedgeEstimate {
        if (!Double.isFinite(hedgeRatio)) {
            throw new IllegalArgumentException("Argument 'hedgeRatio' must be finite but has value " + hedgeRatio);
        }
        if (!(standardError >= 0) || !(basisRisk >= 0) || !(unhedgedVolatility >= 0)
                || Double.isInfinite(standardError + basisRisk + unhedgedVolatility)) {
            throw new IllegalArgumentException("Arguments 'standardError', 'basisRisk' and 'unhedgedVolatility' must be"
                    + " finite and zero or greater but have values " + standardError + ", " + basisRisk + ", "
                    + unhedgedVolatility);
        }
        if (!(effectiveness >= 0 && effectiveness <= 1)) {
            throw new IllegalArgumentException("Argument 'effectiveness' must be in [0, 1] but has value " + effectiveness);
        }
        if (nobs < 3) {
            throw new IllegalArgumentException("Argument 'nobs' must be at least 3 but has value " + nobs);
        }
    }

    /** @return {@code [hedgeRatio]} */
    @Override
    public List<String> parameterNames() {
        return NAMES;
    }

    /** @return a new array {@code {hedgeRatio}} */
    @Override
    public double[] estimates() {
        return new double[] {hedgeRatio};
    }

    /** @return a new array {@code {standardError}} */
    @Override
    public double[] standardErrors() {
        return new double[] {standardError};
    }

    /**
     * The Gaussian log-likelihood of the hedge regression; positive infinity for a perfect hedge.
     *
     * @return the log-likelihood
     */
    @Override
    public double logLikelihood() {
        double ssr = basisRisk * basisRisk * (nobs - 1);
        if (ssr == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return -nobs / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / nobs) + 1);
    }

    /**
     * The number of regression coefficients: the intercept and the hedge ratio.
     *
     * @return 2
     */
    @Override
    public int numberOfParameters() {
        return 2;
    }

    /** @return {@link ConvergenceInfo#closedForm()}: least squares in closed form */
    @Override
    public ConvergenceInfo convergence() {
        return ConvergenceInfo.closedForm();
    }

    /**
     * The summary: the hedge ratio with its standard error and t statistic (on n - 2 degrees of
     * freedom, as the regression slope), the effectiveness, basis risk and unhedged volatility,
     * the log-likelihood, AIC, BIC and nobs.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        return ModelSummary.of("Minimum-variance hedge")
                .withCoefficients(NAMES, estimates(), standardErrors(), nobs - 2)
                .withStatistic("effectiveness", effectiveness)
                .withStatistic("basis risk", basisRisk)
                .withStatistic("unhedged volatility", unhedgedVolatility)
                .withFitStatistics(this);
    }

    /** @return the summary on one line */
    @Override
    public String toString() {
        return summary().oneLine();
    }
}
