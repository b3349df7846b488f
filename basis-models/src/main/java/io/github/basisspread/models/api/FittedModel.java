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
     * @return a copy of the standard errors, in the order of {@link #parameterNames()}
     */
    double[] standardErrors();

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
}
