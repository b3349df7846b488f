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
     * The stationary covariance of the ARMA block, {@code P = T P T' + R R'}, by the doubling
     * algorithm {@code P_{k+1} = P_k + A_k P_k A_k'}, {@code A_{k+1} = A_k^2} (Anderson and Moore
     * 1979, sec. 6.7), which needs only products of r x r matrices.
     *
     * @return r x r flat, or null if the AR part is not stationary (the series does not converge)
     */
    double[] stationaryCovariance() {
        int n = r;
        double[] x = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i * n + j] = rvec[i] * rvec[j];
            }
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n] = phi[i];
            if (i + 1 < n) {
                a[i * n + i + 1] = 1;
            }
        }
        double[] ax = new double[n * n];
        double[] a2 = new double[n * n];
        for (int iter = 0; iter < 200; iter++) {
            multiply(a, x, ax, n);
            double inc = 0;
            double size = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += ax[i * n + k] * a[j * n + k];
                    }
                    x[i * n + j] += s;
                    inc = Math.max(inc, Math.abs(s));
                    size = Math.max(size, Math.abs(x[i * n + j]));
                }
            }
            if (!Double.isFinite(size) || size > 1e300) {
                return null;
            }
            if (inc <= 1e-16 * size) {
                // Symmetrise against rounding.
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        double v = 0.5 * (x[i * n + j] + x[j * n + i]);
                        x[i * n + j] = v;
                        x[j * n + i] = v;
                    }
                }
                return x;
            }
            multiply(a, a, a2, n);
            System.arraycopy(a2, 0, a, 0, n * n);
        }
        return null;
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

    static void multiply(double[] a, double[] b, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * b[k * n + j];
                }
                out[i * n + j] = s;
            }
        }
    }
}
