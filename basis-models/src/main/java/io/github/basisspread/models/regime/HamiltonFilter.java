package io.github.basisspread.models.regime;

import io.github.basisspread.models.regime.Layout.Params;

/**
 * The Hamilton (1989) filter and the Kim (1994) smoother of a Markov-switching autoregression
 * with regressors,
 * {@code y_t - mu_t(S_t) = sum_i phi_i(S_t) (y_{t-i} - mu_{t-i}(S_{t-i})) + e_t},
 * {@code e_t ~ N(0, sigma2(S_t))}, {@code mu_t(s) = x_t' beta_s} (the constant is a column of
 * x), over the joint state {@code (S_t, ..., S_{t-p})} of {@code M = k^(p+1)} values, indexed
 * {@code j = S_t k^p + S_{t-1} k^(p-1) + ... + S_{t-p}} (statsmodels' {@code MarkovAutoregression}
 * formulation; p = 0 is {@code MarkovRegression}).
 *
 * <p>As statsmodels does, the likelihood conditions on the first p observations and starts the
 * regimes from the ergodic (stationary) distribution of the chain, so the predicted joint
 * probability at the first modelled observation is {@code pi(s_{t-p}) prod P(s_{t-i-1} -> s_{t-i})}.
 *
 * <p>Not thread-safe: one instance holds the work arrays of one fit; the per-observation loop
 * allocates nothing.
 */
final class HamiltonFilter {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    final Layout layout;
    final double[] y;
    final double[][] x;
    final int n;
    final int nobs;
    final int k;
    final int p;
    /** Number of joint states, k^(p+1). */
    final int states;
    /** k^p: the weight of S_t in the joint index. */
    private final int currentWeight;
    /** S_t of each joint state. */
    private final int[] current;
    /** Index (S_t, ..., S_{t-p+1}) of each joint state: its successor is s' k^p + tail. */
    private final int[] tail;
    /** lagRegime[j][i - 1] = S_{t-i} of joint state j. */
    private final int[][] lagRegime;

    // Work arrays (per evaluation, reused).
    private final double[][] deviation;
    private final double[] predicted;
    private final double[] nextPredicted;
    private final double[] logDensity;
    private final double[] halfLogTwoPiVariance;
    private final double[] inverseVariance;

    HamiltonFilter(Layout layout, double[] y, double[][] xWithConstant) {
        this.layout = layout;
        this.y = y;
        this.x = xWithConstant;
        this.n = y.length;
        this.k = layout.k;
        this.p = layout.order;
        this.nobs = n - p;
        int m = 1;
        for (int i = 0; i < p; i++) {
            m *= k;
        }
        currentWeight = m;
        states = m * k;
        current = new int[states];
        tail = new int[states];
        lagRegime = new int[states][p];
        for (int j = 0; j < states; j++) {
            current[j] = j / currentWeight;
            tail[j] = j / k;
            int w = currentWeight;
            for (int i = 1; i <= p; i++) {
                w /= k;
                lagRegime[j][i - 1] = (j / w) % k;
            }
        }
        deviation = new double[k][n];
        predicted = new double[states];
        nextPredicted = new double[states];
        logDensity = new double[states];
        halfLogTwoPiVariance = new double[k];
        inverseVariance = new double[k];
    }

    int currentRegime(int joint) {
        return current[joint];
    }

    /** Regime of S_{t-lag} in a joint state, lag 0..p. */
    int regimeAt(int joint, int lag) {
        return lag == 0 ? current[joint] : lagRegime[joint][lag - 1];
    }

    /** The ergodic distribution of the chain: pi' P = pi' with sum 1, by Gaussian elimination. */
    static double[] ergodic(double[][] transition) {
        int k = transition.length;
        // Solve (P' - I) pi = 0 with the last equation replaced by sum pi = 1 (Hamilton 1994, eq. 22.2.26).
        double[][] a = new double[k][k + 1];
        for (int r = 0; r < k - 1; r++) {
            for (int c = 0; c < k; c++) {
                a[r][c] = transition[c][r] - (r == c ? 1 : 0);
            }
        }
        for (int c = 0; c <= k; c++) {
            a[k - 1][c] = 1;
        }
        for (int col = 0; col < k; col++) {
            int piv = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] t = a[piv];
            a[piv] = a[col];
            a[col] = t;
            if (Math.abs(a[col][col]) < 1e-300) {
                return null;
            }
            for (int r = 0; r < k; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] pi = new double[k];
        for (int i = 0; i < k; i++) {
            // Bounded away from zero as statsmodels does (1e-20) for chains with an absorbing state.
            pi[i] = Math.max(a[i][k] / a[i][i], 1e-20);
        }
        return pi;
    }

    /** Fills the deviations y_t - x_t' beta_s and the variance terms; false if a variance is not positive. */
    private boolean prepare(Params par) {
        for (int s = 0; s < k; s++) {
            double v = par.variance[s];
            if (!(v > 0) || v == Double.POSITIVE_INFINITY) {
                return false;
            }
            halfLogTwoPiVariance[s] = 0.5 * (LOG_2PI + Math.log(v));
            inverseVariance[s] = 1 / v;
            double[] beta = par.coefficients[s];
            double[] d = deviation[s];
            for (int t = 0; t < n; t++) {
                double[] xt = x[t];
                double mu = 0;
                for (int c = 0; c < beta.length; c++) {
                    mu += xt[c] * beta[c];
                }
                d[t] = y[t] - mu;
            }
        }
        return true;
    }

    /** The predicted joint probabilities at the first modelled observation, or false. */
    private boolean initial(Params par, double[] out) {
        double[] pi = ergodic(par.transition);
        if (pi == null) {
            return false;
        }
        for (int j = 0; j < states; j++) {
            double v = pi[regimeAt(j, p)];
            for (int lag = p; lag > 0; lag--) {
                v *= par.transition[regimeAt(j, lag)][regimeAt(j, lag - 1)];
            }
            out[j] = v;
        }
        return true;
    }

    /**
     * The log-likelihood at the parameters, without storing the filter's path.
     *
     * @return the log-likelihood, or -infinity where it is not defined
     */
    double logLikelihood(Params par) {
        return run(par, null, null, null);
    }

    /**
     * Runs the filter. When {@code filtered} is not null, stores the filtered and predicted joint
     * probabilities ({@code nobs * states}, row t at {@code t * states}) and the per-observation
     * log-likelihoods.
     */
    double run(Params par, double[] filtered, double[] predictedStore, double[] contributions) {
        if (!prepare(par) || !initial(par, predicted)) {
            return Double.NEGATIVE_INFINITY;
        }
        double[][] trans = par.transition;
        double[][] ar = par.ar;
        double ll = 0;
        for (int t = p; t < n; t++) {
            // Conditional log-densities of y_t in every joint state.
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < states; j++) {
                int s = current[j];
                double e = deviation[s][t];
                double[] phi = ar[s];
                int[] lags = lagRegime[j];
                for (int i = 0; i < p; i++) {
                    e -= phi[i] * deviation[lags[i]][t - i - 1];
                }
                double ld = -halfLogTwoPiVariance[s] - 0.5 * e * e * inverseVariance[s];
                logDensity[j] = ld;
                if (predicted[j] > 0 && ld > max) {
                    max = ld;
                }
            }
            if (max == Double.NEGATIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            // Hamilton (1989) eq. 4.6-4.8: the joint density, the likelihood and the update.
            double lik = 0;
            for (int j = 0; j < states; j++) {
                double w = predicted[j] * Math.exp(logDensity[j] - max);
                logDensity[j] = w;
                lik += w;
            }
            if (!(lik > 0) || lik == Double.POSITIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            double lt = Math.log(lik) + max;
            ll += lt;
            int row = (t - p) * states;
            if (filtered != null) {
                contributions[t - p] = lt;
                System.arraycopy(predicted, 0, predictedStore, row, states);
            }
            double inv = 1 / lik;
            java.util.Arrays.fill(nextPredicted, 0);
            for (int j = 0; j < states; j++) {
                double f = logDensity[j] * inv;
                if (filtered != null) {
                    filtered[row + j] = f;
                }
                if (f != 0) {
                    double[] pr = trans[current[j]];
                    int base = tail[j];
                    for (int s2 = 0; s2 < k; s2++) {
                        nextPredicted[s2 * currentWeight + base] += pr[s2] * f;
                    }
                }
            }
            System.arraycopy(nextPredicted, 0, predicted, 0, states);
        }
        return Double.isNaN(ll) ? Double.NEGATIVE_INFINITY : ll;
    }

    /** The filter's and smoother's output at one parameter vector. */
    static final class Output {
        final double logLikelihood;
        final double[] contributions;
        /** nobs * states, row-major. */
        final double[] filteredJoint;
        final double[] predictedJoint;
        final double[] smoothedJoint;
        /** Expected transition counts n[i][j] = sum_t P(S_{t-1} = i, S_t = j | Y_T). */
        final double[][] transitionCounts;

        Output(double logLikelihood, double[] contributions, double[] filteredJoint, double[] predictedJoint,
                double[] smoothedJoint, double[][] transitionCounts) {
            this.logLikelihood = logLikelihood;
            this.contributions = contributions;
            this.filteredJoint = filteredJoint;
            this.predictedJoint = predictedJoint;
            this.smoothedJoint = smoothedJoint;
            this.transitionCounts = transitionCounts;
        }
    }

    /** Filter and smoother, storing everything; null where the likelihood is not defined. */
    Output filterAndSmooth(Params par) {
        double[] filtered = new double[nobs * states];
        double[] pred = new double[nobs * states];
        double[] contributions = new double[nobs];
        double ll = run(par, filtered, pred, contributions);
        if (ll == Double.NEGATIVE_INFINITY) {
            return null;
        }
        double[] smoothed = new double[nobs * states];
        double[][] counts = new double[k][k];
        int last = (nobs - 1) * states;
        System.arraycopy(filtered, last, smoothed, last, states);
        double[][] trans = par.transition;
        // Kim (1994) eq. 2.20: Pr(z_t | Y_T) = Pr(z_t | Y_t) sum_{z'} P(z_t -> z') Pr(z' | Y_T) / Pr(z' | Y_t).
        for (int t = nobs - 2; t >= 0; t--) {
            int row = t * states;
            int next = row + states;
            for (int j = 0; j < states; j++) {
                double f = filtered[row + j];
                if (f == 0) {
                    continue;
                }
                double[] pr = trans[current[j]];
                int base = tail[j];
                double acc = 0;
                for (int s2 = 0; s2 < k; s2++) {
                    int z = next + s2 * currentWeight + base;
                    double pz = pred[z];
                    if (pz > 0) {
                        double term = f * pr[s2] * smoothed[z] / pz;
                        acc += term;
                        counts[current[j]][s2] += term;
                    }
                }
                smoothed[row + j] = acc;
            }
        }
        return new Output(ll, contributions, filtered, pred, smoothed, counts);
    }

    /** Sums a joint array over the lagged regimes: {@code nobs x k}. */
    double[][] marginal(double[] joint) {
        double[][] out = new double[nobs][k];
        for (int t = 0; t < nobs; t++) {
            int row = t * states;
            for (int j = 0; j < states; j++) {
                out[t][current[j]] += joint[row + j];
            }
        }
        return out;
    }
}
