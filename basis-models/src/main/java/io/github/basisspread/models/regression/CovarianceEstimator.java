package io.github.basisspread.models.regression;

/**
 * An estimator of the covariance of least-squares coefficients, pluggable into
 * {@link OlsSpec#withCovariance(CovarianceEstimator)}.
 *
 * <p>The factories give the classical estimator, the heteroskedasticity-consistent family HC0 to
 * HC3 (White 1980; MacKinnon and White 1985) and the Newey-West (1987) HAC estimator with the
 * Bartlett kernel. Each matches statsmodels' {@code cov_type} of the same name on the same data
 * (tested against frozen reference values). A user-defined estimator builds its meat in the
 * orthonormal basis of {@link LeastSquaresDesign} and returns
 * {@link LeastSquaresDesign#sandwich(double[][])}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CovarianceEstimator {

    /**
     * Returns a short name, such as {@code "HC1"} or {@code "HAC(4, bartlett)"}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns whether the estimator is robust to heteroskedasticity or autocorrelation; a
     * robust estimator makes the regression F statistic a Wald test on its covariance.
     *
     * @return true unless the estimator is the classical one
     */
    default boolean isRobust() {
        return true;
    }

    /**
     * Estimates the covariance of the coefficients.
     *
     * @param design the fitted design, not modified
     * @return the {@code k x k} covariance, in the design's column order
     * @throws io.github.basisspread.models.api.EstimationException if the estimator is undefined
     *     on the design (an observation of leverage one for HC2 or HC3)
     */
    double[][] covariance(LeastSquaresDesign design);

    /**
     * Returns the classical estimator {@code s^2 (X'X)^-1}, {@code s^2 = SSR / (n - k)}.
     *
     * @return the classical estimator
     */
    static CovarianceEstimator classical() {
        return ClassicalCovariance.INSTANCE;
    }

    /**
     * Returns White's (1980) estimator HC0: meat {@code sum e_i^2 x_i x_i'}.
     *
     * @return HC0
     */
    static CovarianceEstimator hc0() {
        return new HeteroskedasticityConsistentCovariance(HeteroskedasticityConsistentCovariance.Type.HC0);
    }

    /**
     * Returns HC1: HC0 times {@code n / (n - k)} (MacKinnon and White 1985), Stata's
     * {@code robust}.
     *
     * @return HC1
     */
    static CovarianceEstimator hc1() {
        return new HeteroskedasticityConsistentCovariance(HeteroskedasticityConsistentCovariance.Type.HC1);
    }

    /**
     * Returns HC2: squared residuals divided by {@code 1 - h_ii} (MacKinnon and White 1985).
     *
     * @return HC2
     */
    static CovarianceEstimator hc2() {
        return new HeteroskedasticityConsistentCovariance(HeteroskedasticityConsistentCovariance.Type.HC2);
    }

    /**
     * Returns HC3: squared residuals divided by {@code (1 - h_ii)^2}, the jackknife-like estimator
     * recommended for small samples (MacKinnon and White 1985; Long and Ervin 2000).
     *
     * @return HC3
     */
    static CovarianceEstimator hc3() {
        return new HeteroskedasticityConsistentCovariance(HeteroskedasticityConsistentCovariance.Type.HC3);
    }

    /**
     * Returns the Newey-West (1987) HAC estimator with the Bartlett kernel and a chosen lag.
     *
     * @param lags the maximum lag {@code L}, zero or more (zero gives HC0)
     * @param smallSampleCorrection whether to multiply by {@code n / (n - k)} (statsmodels'
     *     {@code use_correction=True})
     * @return the estimator
     * @throws IllegalArgumentException if the lag is negative
     */
    static CovarianceEstimator neweyWest(int lags, boolean smallSampleCorrection) {
        if (lags < 0) {
            throw new IllegalArgumentException("Argument 'lags' must be zero or greater but has value " + lags);
        }
        return new NeweyWestCovariance(lags, smallSampleCorrection);
    }

    /**
     * Returns the Newey-West estimator with the automatic lag {@code floor(4 (n / 100)^(2/9))}
     * (Newey and West 1994's rule of thumb, statsmodels' default), without the small-sample
     * correction.
     *
     * @return the estimator
     */
    static CovarianceEstimator neweyWest() {
        return new NeweyWestCovariance(NeweyWestCovariance.AUTOMATIC, false);
    }
}
