package io.github.basisspread.models.optim;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import java.util.List;

/**
 * The result of a maximum-likelihood fit: estimates in natural units, their covariance from the
 * inverse of the numerical observed information (and, when per-observation contributions were
 * given, the outer product of gradients), the log-likelihood and the convergence facts.
 * Fixed parameters have zero variance. Immutable and thread-safe: arrays copied out.
 */
public final class MleResult {

    private final List<String> names;
    private final double[] estimates;
    private final boolean[] fixed;
    private final double[][] covariance;
    private final double[][] opgCovariance;
    private final double logLikelihood;
    private final ConvergenceInfo convergence;

    MleResult(List<String> names, double[] estimates, boolean[] fixed, double[][] covariance, double[][] opgCovariance,
            double logLikelihood, ConvergenceInfo convergence) {
        this.names = List.copyOf(names);
        this.estimates = estimates;
        this.fixed = fixed;
        this.covariance = covariance;
        this.opgCovariance = opgCovariance;
        this.logLikelihood = logLikelihood;
        this.convergence = convergence;
    }

    /** @return the parameter names, in order */
    public List<String> names() {
        return names;
    }

    /** @return a new array of the estimates, natural units */
    public double[] estimates() {
        return estimates.clone();
    }

    /** @return the maximised log-likelihood */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return iterations, evaluations, gradient norm and the converged flag */
    public ConvergenceInfo convergence() {
        return convergence;
    }

    /** @return the number of free (estimated) parameters */
    public int freeParameterCount() {
        int k = 0;
        for (boolean f : fixed) {
            k += f ? 0 : 1;
        }
        return k;
    }

    /**
     * Whether the observed information was positive definite, so that {@link #covariance()} and
     * {@link #standardErrors()} exist.
     *
     * @return true if standard errors are available
     */
    public boolean hasStandardErrors() {
        return covariance != null;
    }

    /**
     * The covariance of the estimates, the inverse of minus the numerical Hessian of the
     * log-likelihood in natural units.
     *
     * @return a new k x k array
     * @throws EstimationException if the observed information is not positive definite
     */
    public double[][] covariance() {
        if (covariance == null) {
            throw new EstimationException("The observed information is not positive definite at the estimates: "
                    + "no Hessian standard errors (estimate on a boundary or not identified)",
                    List.of("hasStandardErrors = false"));
        }
        return copy(covariance);
    }

    /**
     * Standard errors from {@link #covariance()}, NaN for every parameter when the observed
     * information is not positive definite ({@link #hasStandardErrors()} is then false).
     *
     * @return a new array
     */
    public double[] standardErrors() {
        if (covariance == null) {
            double[] nan = new double[estimates().length];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
        double[][] c = covariance;
        double[] se = new double[c.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(c[i][i]);
        }
        return se;
    }

    /**
     * Standard errors from the outer product of gradients, when per-observation contributions
     * were given.
     *
     * @return a new array
     * @throws EstimationException if no contributions were given or the OPG is singular
     */
    public double[] opgStandardErrors() {
        if (opgCovariance == null) {
            throw new EstimationException("No OPG covariance: fit with per-observation contributions, and the OPG must"
                    + " be positive definite", List.of("opgCovariance = none"));
        }
        double[] se = new double[opgCovariance.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(opgCovariance[i][i]);
        }
        return se;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
