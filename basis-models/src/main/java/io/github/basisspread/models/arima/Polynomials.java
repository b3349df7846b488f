package io.github.basisspread.models.arima;

import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.linalg.Eigenvalues;
import java.util.List;

/** Lag polynomials of ARIMA models: seasonal expansion, differencing, roots, MA inversion. Stateless. */
final class Polynomials {

    private Polynomials() {
    }

    /**
     * The coefficients of {@code phi(B) Phi(B^s) = 1 - sum_k out_k B^k} (R's {@code transPars}):
     * length {@code p + s P}.
     */
    static double[] expandAr(double[] ar, double[] sar, int s) {
        double[] left = new double[ar.length + 1];
        left[0] = 1;
        for (int i = 0; i < ar.length; i++) {
            left[i + 1] = -ar[i];
        }
        double[] right = new double[sar.length * s + 1];
        right[0] = 1;
        for (int j = 0; j < sar.length; j++) {
            right[(j + 1) * s] = -sar[j];
        }
        double[] prod = multiply(left, right);
        double[] out = new double[prod.length - 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = -prod[k + 1];
        }
        return out;
    }

    /** The coefficients of {@code theta(B) Theta(B^s) = 1 + sum_k out_k B^k}: length {@code q + s Q}. */
    static double[] expandMa(double[] ma, double[] sma, int s) {
        double[] left = new double[ma.length + 1];
        left[0] = 1;
        System.arraycopy(ma, 0, left, 1, ma.length);
        double[] right = new double[sma.length * s + 1];
        right[0] = 1;
        for (int j = 0; j < sma.length; j++) {
            right[(j + 1) * s] = sma[j];
        }
        double[] prod = multiply(left, right);
        double[] out = new double[prod.length - 1];
        System.arraycopy(prod, 1, out, 0, out.length);
        return out;
    }

    /**
     * The differencing coefficients {@code delta} of {@code (1 - B)^d (1 - B^s)^D = 1 - sum_j delta_j B^j},
     * so that {@code y_t = w_t + sum_j delta_j y_{t-j}} (R's {@code Delta}).
     */
    static double[] differencing(int d, int seasonalD, int s) {
        double[] poly = {1};
        for (int i = 0; i < d; i++) {
            poly = multiply(poly, new double[] {1, -1});
        }
        for (int i = 0; i < seasonalD; i++) {
            double[] f = new double[s + 1];
            f[0] = 1;
            f[s] = -1;
            poly = multiply(poly, f);
        }
        double[] delta = new double[poly.length - 1];
        for (int j = 0; j < delta.length; j++) {
            delta[j] = -poly[j + 1];
        }
        return delta;
    }

    /** {@code w_t = y_t - sum_j delta_j y_{t-j}} for t = dd..n-1; NaN propagates. */
    static double[] difference(double[] y, double[] delta) {
        int dd = delta.length;
        double[] w = new double[Math.max(0, y.length - dd)];
        for (int t = dd; t < y.length; t++) {
            double s = y[t];
            for (int j = 0; j < dd; j++) {
                s -= delta[j] * y[t - j - 1];
            }
            w[t - dd] = s;
        }
        return w;
    }

    static double[] multiply(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    /**
     * The inverse roots of {@code 1 + c_1 z + ... + c_k z^k} (trailing zeros dropped): the
     * eigenvalues of the companion matrix with first row {@code -c}, as {re, im} pairs.
     */
    static double[][] inverseRoots(double[] c) {
        int k = c.length;
        while (k > 0 && c[k - 1] == 0) {
            k--;
        }
        if (k == 0) {
            return new double[0][];
        }
        double[] companion = new double[k * k];
        for (int j = 0; j < k; j++) {
            companion[j] = -c[j];
        }
        for (int i = 1; i < k; i++) {
            companion[i * k + i - 1] = 1;
        }
        double[][] out = Eigenvalues.complex(companion, k);
        if (out == null) {
            throw new EstimationException("The eigenvalues of a companion matrix of order " + k + " did not converge",
                    List.of("polynomial coefficients: " + java.util.Arrays.toString(c)));
        }
        return out;
    }

    /** True if every root of {@code 1 - phi_1 z - ... } lies outside the unit circle (R's arCheck). */
    static boolean isStationary(double[] phi) {
        double[] c = new double[phi.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = -phi[i];
        }
        for (double[] r : inverseRoots(c)) {
            if (!(Math.hypot(r[0], r[1]) < 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reflects the roots of {@code 1 + theta_1 z + ...} that lie inside the unit circle to their
     * reciprocals (R's {@code maInvert}): the exact Gaussian likelihood is unchanged and the MA
     * part becomes invertible. Returns the input itself when nothing needed to change.
     */
    static double[] invertMa(double[] theta) {
        double[][] lambda = inverseRoots(theta);
        boolean any = false;
        for (double[] l : lambda) {
            any |= Math.hypot(l[0], l[1]) > 1;
        }
        if (!any) {
            return theta;
        }
        // prod_i (1 - lambda_i z) with |lambda_i| > 1 replaced by 1 / lambda_i.
        int k = lambda.length;
        double[] re = new double[k + 1];
        double[] im = new double[k + 1];
        re[0] = 1;
        for (int i = 0; i < k; i++) {
            double lr = lambda[i][0];
            double li = lambda[i][1];
            double mod2 = lr * lr + li * li;
            if (mod2 > 1) {
                lr = lr / mod2;
                li = -li / mod2;
            }
            for (int j = i + 1; j >= 1; j--) {
                double pr = re[j - 1] * lr - im[j - 1] * li;
                double pi = re[j - 1] * li + im[j - 1] * lr;
                re[j] -= pr;
                im[j] -= pi;
            }
        }
        double[] out = new double[theta.length];
        for (int j = 0; j < k; j++) {
            out[j] = re[j + 1];
        }
        return out;
    }
}
