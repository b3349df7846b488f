package io.github.basisspread.models.api;

import java.util.List;

/**
 * The result of fitting a model: estimates with their standard errors, the log-likelihood, the
 * information criteria and the facts of the convergence.
 *
 * <p>Arrays returned are fresh copies. Implementations are immutable and thread-safe.
 */
public interface FittedModel {

    /**
     * Returns the names of the estimated parameters, in the order of {@link #estimates()}.
     *
     * @return the parameter names, an immutable list
     */
    List<String> parameterNames();

    /**
     * Returns the parameter estimates.
     *
     * @return a copy of the estimates, in the order of {@link #parameterNames()}
     */
    double[] estimates();

    /**
     * Returns the standard errors of the estimates.
     *
     * <p>The same meaning in every model: never throws; a standard error that does not exist (an
     * observed information that is not positive definite, an estimate on a boundary) is NaN, and
     * a parameter held fixed has a standard error of zero. {@link #hasStandardErrors()} tells
     * whether all of them exist.
     *
     * @return a copy of the standard errors, in the order of {@link #parameterNames()}, as many as
     *     {@link #estimates()}
     */
    double[] standardErrors();

    /**
     * Whether every standard error exists, that is, whether {@link #standardErrors()} holds no
     * NaN (nor an infinity).
     *
     * @return true if every standard error is finite
     */
    default boolean hasStandardErrors() {
        for (double se : standardErrors()) {
            if (!Double.isFinite(se)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the maximised log-likelihood, with all constants (the Gaussian
     * {@code -n/2 log(2 pi)} term included), so that it is comparable with R and statsmodels.
     *
     * @return the log-likelihood
     */
    double logLikelihood();

    /**
     * Returns the number of observations used in the fit (after any dropped as missing).
     *
     * @return the number of observations
     */
    int nobs();

    /**
     * Returns the number of estimated parameters counted by the information criteria.
     *
     * <p>Each model documents what it counts (for example whether an innovation variance is
     * included), following the convention of the reference implementation it is tested against.
     *
     * @return the number of parameters
     */
    int numberOfParameters();

    /**
     * Returns the facts of the optimisation that produced the estimates.
     *
     * @return the convergence facts
     */
    ConvergenceInfo convergence();

    /**
     * Returns the information criteria computed from {@link #logLikelihood()},
     * {@link #numberOfParameters()} and {@link #nobs()}.
     *
     * @return the information criteria
     */
    default InformationCriteria informationCriteria() {
        return InformationCriteria.of(logLikelihood(), numberOfParameters(), nobs());
    }

    /**
     * Returns the summary of the fit in the style of R's {@code print} and statsmodels'
     * {@code summary()}: the coefficient table (estimate, standard error, z, p-value) and the
     * log-likelihood, AIC, BIC and nobs. Models add their own facts (the method, the covariance
     * estimator, sigma2); {@code toString()} is the summary on one line.
     *
     * @return the summary; print it, or take {@link ModelSummary#oneLine()}
     */
    default ModelSummary summary() {
        return ModelSummary.of(getClass().getSimpleName())
                .withCoefficients(parameterNames(), estimates(), standardErrors())
                .withFitStatistics(this);
    }
}
