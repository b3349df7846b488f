package io.github.basisspread.models.export;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.api.InformationCriteria;
import java.util.Arrays;
import java.util.List;

/**
 * The stored form of a fitted model: what was fitted (a description of the specification), the
 * estimates with their names, standard errors and covariance where the model has them, the
 * log-likelihood, the counts behind the information criteria, the convergence facts and a
 * {@link DataSummary} of the data. {@link FitJson} writes it to JSON and reads it back exactly.
 *
 * <p>It is a record of a fit, not a live model: it does not forecast. Standard errors and
 * covariance are optional: an empty array means the model did not provide them (never a guess).
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 *
 * @param model what was fitted, e.g. {@code "ARIMA(1,0,1) with mean"}; not blank
 * @param parameterNames the names of the estimates, in their order; not null, no blank name
 * @param estimates the estimates, one per name; finite or NaN (a fixed or unidentified value)
 * @param standardErrors one per name, or empty when the model has none; not negative
 * @param covariance the {@code k x k} covariance of the estimates, or empty when not available
 * @param logLikelihood the maximised log-likelihood, with all constants; finite
 * @param nobs the number of observations the likelihood is over; positive
 * @param numberOfParameters the estimated parameters counted by the information criteria; zero or positive
 * @param convergence the optimizer's convergence facts; not null
 * @param data the summary of the data; not null
 */
public record FitRecord(String model, List<String> parameterNames, double[] estimates, double[] standardErrors,
        double[][] covariance, double logLikelihood, int nobs, int numberOfParameters, ConvergenceInfo convergence,
        DataSummary data) {

    /**
     * Validates and copies the components.
     *
     * @param model the model description
     * @param parameterNames the names
     * @param estimates the estimates
     * @param standardErrors the standard errors, or empty
     * @param covariance the covariance, or empty
     * @param logLikelihood the log-likelihood
     * @param nobs the number of observations
     * @param numberOfParameters the number of parameters
     * @param convergence the convergence facts
     * @param data the data summary
     * @throws IllegalArgumentException naming the component that is null, blank, of the wrong
     *     length or out of range
     */
    public FitRecord {
        ArgChecker.notBlank(model, "model");
        ArgChecker.notNull(parameterNames, "parameterNames");
        parameterNames = List.copyOf(parameterNames);
        for (int i = 0; i < parameterNames.size(); i++) {
            ArgChecker.notBlank(parameterNames.get(i), "parameterNames[" + i + "]");
        }
        int k = parameterNames.size();
        estimates = ArgChecker.notNull(estimates, "estimates").clone();
        ArgChecker.isTrue(estimates.length == k, "estimates", estimates.length + " values", "have one per name (" + k + ")");
        for (int i = 0; i < k; i++) {
            ArgChecker.isTrue(!Double.isInfinite(estimates[i]), "estimates[" + i + "]", estimates[i], "be finite or NaN");
        }
        standardErrors = ArgChecker.notNull(standardErrors, "standardErrors").clone();
        ArgChecker.isTrue(standardErrors.length == 0 || standardErrors.length == k, "standardErrors",
                standardErrors.length + " values", "be empty or have one per name (" + k + ")");
        for (int i = 0; i < standardErrors.length; i++) {
            ArgChecker.isTrue(!(standardErrors[i] < 0), "standardErrors[" + i + "]", standardErrors[i], "not be negative");
        }
        covariance = copy(ArgChecker.notNull(covariance, "covariance"));
        ArgChecker.isTrue(covariance.length == 0 || covariance.length == k, "covariance", covariance.length + " rows",
                "be empty or k x k with k = " + k);
        for (int i = 0; i < covariance.length; i++) {
            ArgChecker.isTrue(covariance[i].length == k, "covariance[" + i + "]", covariance[i].length + " columns",
                    "have k = " + k + " columns");
        }
        ArgChecker.finite(logLikelihood, "logLikelihood");
        ArgChecker.positive(nobs, "nobs");
        ArgChecker.nonNegative(numberOfParameters, "numberOfParameters");
        ArgChecker.notNull(convergence, "convergence");
        ArgChecker.notNull(data, "data");
    }

    /**
     * Records a fitted model through the {@link FittedModel} contract. Standard errors that the
     * model cannot give ({@link FittedModel#hasStandardErrors()} is false, for instance a Hessian
     * that is not positive definite) are stored as absent; the covariance is absent unless added with
     * {@link #withCovariance(double[][])}.
     *
     * @param model what was fitted; not blank
     * @param fit the fitted model; not null
     * @param data the summary of the data it was fitted on; not null
     * @return the record
     * @throws IllegalArgumentException if an argument is invalid or the model's figures are
     */
    public static FitRecord of(String model, FittedModel fit, DataSummary data) {
        ArgChecker.notNull(fit, "fit");
        // Absent, stated as such, when the model has no standard errors (not NaN).
        double[] se = fit.hasStandardErrors() ? fit.standardErrors() : new double[0];
        return new FitRecord(model, fit.parameterNames(), fit.estimates(), se, new double[0][], fit.logLikelihood(),
                fit.nobs(), fit.numberOfParameters(), fit.convergence(), data);
    }

    /**
     * Returns a copy with the covariance of the estimates.
     *
     * @param matrix the k x k covariance, symmetric; not null
     * @return the copy
     * @throws IllegalArgumentException if the matrix is not {@code k x k}
     */
    public FitRecord withCovariance(double[][] matrix) {
        return new FitRecord(model, parameterNames, estimates, standardErrors, matrix, logLikelihood, nobs,
                numberOfParameters, convergence, data);
    }

    /**
     * Returns the information criteria of the stored fit.
     *
     * @return AIC, AICc, BIC and HQIC from the log-likelihood and the counts
     */
    public InformationCriteria informationCriteria() {
        return InformationCriteria.of(logLikelihood, numberOfParameters, nobs);
    }

    /**
     * Returns whether standard errors were stored.
     *
     * @return true if {@link #standardErrors()} is not empty
     */
    public boolean hasStandardErrors() {
        return standardErrors.length > 0;
    }

    /**
     * Returns the estimates.
     *
     * @return a copy
     */
    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * Returns the standard errors, empty when the model did not provide them.
     *
     * @return a copy
     */
    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /**
     * Returns the covariance of the estimates, empty when not stored.
     *
     * @return a copy
     */
    @Override
    public double[][] covariance() {
        return copy(covariance);
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = ArgChecker.notNull(m[i], "covariance[" + i + "]").clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitRecord r && model.equals(r.model) && parameterNames.equals(r.parameterNames)
                && Arrays.equals(estimates, r.estimates) && Arrays.equals(standardErrors, r.standardErrors)
                && Arrays.deepEquals(covariance, r.covariance)
                && Double.compare(logLikelihood, r.logLikelihood) == 0 && nobs == r.nobs
                && numberOfParameters == r.numberOfParameters && convergence.equals(r.convergence)
                && data.equals(r.data);
    }

    @Override
    public int hashCode() {
        int h = model.hashCode();
        h = 31 * h + parameterNames.hashCode();
        h = 31 * h + Arrays.hashCode(estimates);
        h = 31 * h + Arrays.hashCode(standardErrors);
        h = 31 * h + Arrays.deepHashCode(covariance);
        h = 31 * h + Double.hashCode(logLikelihood);
        h = 31 * h + nobs;
        h = 31 * h + numberOfParameters;
        h = 31 * h + convergence.hashCode();
        return 31 * h + data.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(model).append(": ");
        for (int i = 0; i < parameterNames.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(parameterNames.get(i)).append(" = ").append(estimates[i]);
            if (standardErrors.length > 0) {
                sb.append(" (s.e. ").append(standardErrors[i]).append(')');
            }
        }
        return sb.append("; log-likelihood ").append(logLikelihood).append(", n = ").append(nobs).toString();
    }
}
