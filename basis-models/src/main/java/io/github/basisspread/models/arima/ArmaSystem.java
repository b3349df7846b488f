package io.github.basisspread.models.arima;

/**
 * The state-space form of an ARIMA process with unit innovation variance (sigma2 is concentrated
 * out), in the representation of Harvey (1989, sec. 3.3) and Gardner, Harvey and Phillips (1980)
 * that R's {@code makeARIMA} uses:
 * <pre>
 *   ARMA block (r = max(p, q + 1) states):  a_{t+1} = T a_t + R e_{t+1},  w_t = a_t[0],
 *   T = [phi | I_{r-1} ; 0],  R = (1, theta_1, ..., theta_{r-1})'
 *   differencing block (dd = d + D s states): (y_{t-1}, ..., y_{t-dd}),
 *   y_t = w_t + sum_j delta_j y_{t-j}.
 * </pre>
 * Built once per parameter vector; not shared between threads.
 */
final class ArmaSystem {

    final int r;
    final int dd;
    final int m;
    /** phi padded to r. */
    final double[] phi;
    /** R = (1, theta_1, ..., theta_{r-1}). */
    final double[] rvec;
    final double[] delta;

    ArmaSystem(double[] phiFull, double[] thetaFull, double[] delta) {
        this.r = Math.max(phiFull.length, thetaFull.length + 1);
        this.dd = delta.length;
        this.m = r + dd;
        this.phi = new double[r];
        System.arraycopy(phiFull, 0, phi, 0, phiFull.length);
        this.rvec = new double[r];
        rvec[0] = 1;
        System.arraycopy(thetaFull, 0, rvec, 1, thetaFull.length);
        this.delta = delta.clone();
    }

    /**
     * The stationary covariance of the ARMA block, the solution of {@code P = T P T' + R R'},
     * through the companion structure of T: element by element the equation reads
     * {@code P[i][j] = c[i][j] + P[i+1][j+1]} with
     * {@code c[i][j] = phi_i phi_j P[0][0] + phi_j P[0][i+1] + phi_i P[0][j+1] + R_i R_j}
     * (entries beyond r - 1 zero), so every diagonal of P is a running sum of c along it and
     * the whole matrix follows from its first row. Summing along the diagonals that start in the
     * first row gives r linear equations in that row, solved by Gaussian elimination with
     * partial pivoting; the rest is filled from the bottom-right corner. O(r^3 / 3) with a small
     * constant, where a generic Lyapunov solver costs O(r^6) and doubling O(r^3 log) with large
     * constants (seasonal models have r = 25 and more).
     *
     * @return r x r flat, or null if the AR part is not stationary
     */
    double[] stationaryCovariance() {
        int n = r;
        if (!stationaryAr(phi)) {
            return null;
        }
        // Equation j: u_j - sum_k [phi_k phi_{j+k} u_0 + phi_{j+k} u_{k+1} + phi_k u_{j+k+1}]
        //             = sum_k R_k R_{j+k},  k = 0 .. n-1-j,  u_m = P[0][m], u_n = 0.
        double[] mat = new double[n * n];
        double[] b = new double[n];
        for (int j = 0; j < n; j++) {
            mat[j * n + j] += 1;
            for (int k = 0; k + j < n; k++) {
                mat[j * n] -= phi[k] * phi[j + k];
                if (k + 1 < n) {
                    mat[j * n + k + 1] -= phi[j + k];
                }
                if (j + k + 1 < n) {
                    mat[j * n + j + k + 1] -= phi[k];
                }
                b[j] += rvec[k] * rvec[j + k];
            }
        }
        double[] u = solve(mat, b, n);
        if (u == null) {
            return null;
        }
        double[] x = new double[n * n];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = n - 1; j >= i; j--) {
                double ui = i + 1 < n ? u[i + 1] : 0;
                double uj = j + 1 < n ? u[j + 1] : 0;
                double c = phi[i] * phi[j] * u[0] + phi[j] * ui + phi[i] * uj + rvec[i] * rvec[j];
                double v = c + (j + 1 < n ? x[(i + 1) * n + j + 1] : 0);
                x[i * n + j] = v;
                x[j * n + i] = v;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(x[i * n + i] >= 0) || !Double.isFinite(x[i * n + i])) {
                return null;
            }
        }
        return x[0] > 0 ? x : null;
    }

    /**
     * Stationarity of {@code 1 - phi_1 z - ... - phi_p z^p} by the step-down (inverse
     * Durbin-Levinson) recursion: the AR part is stationary exactly when every partial
     * autocorrelation it implies lies in (-1, 1) (Schur-Cohn; Box, Jenkins and Reinsel, sec. 3.2).
     * O(p^2), no roots needed.
     */
    static boolean stationaryAr(double[] phi) {
        int p = phi.length;
        while (p > 0 && phi[p - 1] == 0) {
            p--;
        }
        double[] a = java.util.Arrays.copyOf(phi, p);
        double[] prev = new double[p];
        for (int k = p; k >= 1; k--) {
            double kappa = a[k - 1];
            if (!(Math.abs(kappa) < 1)) {
                return false;
            }
            double scale = 1 - kappa * kappa;
            for (int j = 1; j < k; j++) {
                prev[j - 1] = (a[j - 1] + kappa * a[k - j - 1]) / scale;
            }
            System.arraycopy(prev, 0, a, 0, k - 1);
        }
        return true;
    }

    /** Solves the n x n system (row-major, overwritten) by Gaussian elimination with partial pivoting; null if singular. */
    private static double[] solve(double[] m, double[] b, int n) {
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(m[i * n + col]) > Math.abs(m[piv * n + col])) {
                    piv = i;
                }
            }
            if (!(Math.abs(m[piv * n + col]) > 0)) {
                return null;
            }
            if (piv != col) {
                for (int j = 0; j < n; j++) {
                    double t = m[col * n + j];
                    m[col * n + j] = m[piv * n + j];
                    m[piv * n + j] = t;
                }
                double t = b[col];
                b[col] = b[piv];
                b[piv] = t;
            }
            double d = m[col * n + col];
            for (int i = col + 1; i < n; i++) {
                double f = m[i * n + col] / d;
                if (f != 0) {
                    for (int j = col; j < n; j++) {
                        m[i * n + j] -= f * m[col * n + j];
                    }
                    b[i] -= f * b[col];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= m[i * n + j] * x[j];
            }
            x[i] = s / m[i * n + i];
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return x;
    }

    /** The dense m x m transition of the augmented model. */
    double[] transition() {
        double[] t = new double[m * m];
        for (int i = 0; i < r; i++) {
            t[i * m] = phi[i];
            if (i + 1 < r) {
                t[i * m + i + 1] = 1;
            }
        }
        if (dd > 0) {
            // y_t = a_t[0] + sum_j delta_j y_{t-j} becomes the first differencing state.
            t[r * m] = 1;
            for (int j = 0; j < dd; j++) {
                t[r * m + r + j] = delta[j];
            }
            for (int k = 1; k < dd; k++) {
                t[(r + k) * m + r + k - 1] = 1;
            }
        }
        return t;
    }

    /** The design Z of the augmented model: (1, 0, ..., 0, delta). */
    double[] design() {
        double[] z = new double[m];
        z[0] = 1;
        System.arraycopy(delta, 0, z, r, dd);
        return z;
    }
}
