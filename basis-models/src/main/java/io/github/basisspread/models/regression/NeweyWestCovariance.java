package io.github.basisspread.models.regression;

/**
 * The Newey-West (1987, Econometrica 55) heteroskedasticity and autocorrelation consistent
 * estimator with the Bartlett kernel {@code w_l = 1 - l / (L + 1)}:
 * {@code S = sum_t v_t v_t' + sum_{l=1..L} w_l sum_{t>=l} (v_t v_{t-l}' + v_{t-l} v_t')}, with
 * scores {@code v_t = e_t q_t} in the orthonormal basis, and covariance {@code R^-1 S R^-T},
 * times {@code n / (n - k)} with the small-sample correction. This is statsmodels'
 * {@code cov_type='HAC'} (no division by n: the sandwich uses {@code (X'X)^-1} unscaled).
 *
 * <p>The automatic lag is {@code floor(4 (n / 100)^(2/9))}, statsmodels' default from Newey and
 * West (1994). Immutable and thread-safe.
 */
final class NeweyWestCovariance implements CovarianceEstimator {

    static final int AUTOMATIC = -1;

    private final int lags;
    private final boolean correction;

    NeweyWestCovariance(int lags, boolean correction) {
        this.lags = lags;
        this.correction = correction;
    }

    /**
     * The automatic lag for n observations.
     *
     * @param n the number of observations
     * @return {@code floor(4 (n / 100)^(2/9))}
     */
    static int automaticLags(int n) {
        return (int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0));
    }

    @Override
    public String name() {
        return "HAC(" + (lags == AUTOMATIC ? "auto" : Integer.toString(lags)) + ", bartlett"
                + (correction ? ", corrected" : "") + ")";
    }

    /** The lag used on n observations: the given or automatic one, at most n - 1. */
    int lagsUsed(int n) {
        return Math.min(lags == AUTOMATIC ? automaticLags(n) : lags, n - 1);
    }

    /** The name with the lag used on n observations, e.g. "HAC(4 = auto, bartlett)". */
    String nameFor(int n) {
        return "HAC(" + lagsUsed(n) + (lags == AUTOMATIC ? " = auto" : "") + ", bartlett"
                + (correction ? ", corrected" : "") + ")";
    }

    @Override
    public double[][] covariance(LeastSquaresDesign design) {
        int n = design.nobs();
        int k = design.parameterCount();
        int maxLag = lagsUsed(n);
        double[] scores = new double[n * k];
        double[] q = new double[k];
        for (int i = 0; i < n; i++) {
            design.orthonormalRow(i, q);
            double e = design.whitenedResidual(i);
            for (int a = 0; a < k; a++) {
                scores[i * k + a] = e * q[a];
            }
        }
        double[][] s = new double[k][k];
        for (int lag = 0; lag <= maxLag; lag++) {
            double w = 1 - lag / (maxLag + 1.0);
            double[][] gamma = new double[k][k];
            for (int t = lag; t < n; t++) {
                int ct = t * k;
                int cl = (t - lag) * k;
                for (int a = 0; a < k; a++) {
                    double va = scores[ct + a];
                    double[] row = gamma[a];
                    for (int b = 0; b < k; b++) {
                        row[b] += va * scores[cl + b];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    s[a][b] += lag == 0 ? gamma[a][b] : w * (gamma[a][b] + gamma[b][a]);
                }
            }
        }
        if (correction) {
            double factor = (double) n / (n - k);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    s[a][b] *= factor;
                }
            }
        }
        return design.sandwich(s);
    }

    @Override
    public String toString() {
        return name();
    }
}
