package io.github.basisspread.models.statespace;

import io.github.basisspread.models.linalg.Eigenvalues;
import io.github.basisspread.models.linalg.LinearSystems;

/** Small dense-matrix helpers on row-major {@code double[]} (internal). */
final class Matrices {

    private Matrices() {
    }

    static double[] copyFinite(double[] v, String name) {
        if (v == null) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("Argument '" + name + "' must be finite but element " + i
                        + " has value " + v[i]);
            }
        }
        return v.clone();
    }

    static double[][] copyFinite(double[][] a, String name) {
        if (a == null) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                throw new IllegalArgumentException("Argument '" + name + "' must not have a null row but row " + i
                        + " is null");
            }
            if (a[i].length != a[0].length) {
                throw new IllegalArgumentException("Argument '" + name + "' must be rectangular but row " + i
                        + " has length " + a[i].length + " while row 0 has length " + a[0].length);
            }
            out[i] = copyFinite(a[i], name + "[" + i + "]");
        }
        return out;
    }

    static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** Flattens a rows x cols matrix row-major after checking its shape. */
    static double[] flatten(double[][] a, int rows, int cols, String name) {
        double[][] c = copyFinite(a, name);
        if (c.length != rows || (rows > 0 && c[0].length != cols)) {
            throw new IllegalArgumentException("Argument '" + name + "' must be " + rows + " x " + cols
                    + " but is " + c.length + " x " + (c.length == 0 ? 0 : c[0].length));
        }
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(c[i], 0, out, i * cols, cols);
        }
        return out;
    }

    static double[] vector(double[] v, int n, String name) {
        double[] c = copyFinite(v, name);
        if (c.length != n) {
            throw new IllegalArgumentException("Argument '" + name + "' must have length " + n + " but has length "
                    + c.length);
        }
        return c;
    }

    static double[][] unflatten(double[] a, int offset, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a, offset + i * cols, out[i], 0, cols);
        }
        return out;
    }

    /**
     * Checks that a flattened n x n matrix is a covariance: symmetric to a relative 1e-10 and with
     * no eigenvalue below {@code -1e-10 * max|eigenvalue|}.
     */
    static void checkCovariance(double[] a, int n, String name) {
        double scale = 0;
        for (double x : a) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double x = a[i * n + j];
                double y = a[j * n + i];
                if (Math.abs(x - y) > 1e-10 * Math.max(1.0, scale)) {
                    throw new IllegalArgumentException("Argument '" + name + "' must be symmetric but element ("
                            + i + "," + j + ") = " + x + " differs from (" + j + "," + i + ") = " + y);
                }
            }
        }
        if (n == 0) {
            return;
        }
        double[] eigenvalues = Eigenvalues.symmetric(a, n);
        if (eigenvalues == null) {
            throw new IllegalArgumentException("Argument '" + name + "' could not be decomposed: "
                    + java.util.Arrays.toString(a));
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double e : eigenvalues) {
            min = Math.min(min, e);
            max = Math.max(max, Math.abs(e));
        }
        if (min < -1e-10 * Math.max(max, 1e-300)) {
            throw new IllegalArgumentException("Argument '" + name
                    + "' must be positive semi-definite but has eigenvalue " + min);
        }
    }

    /**
     * Solves the discrete Lyapunov equation {@code P = T P T' + W} for symmetric W by the
     * vectorised linear system {@code (I - T (x) T) vec(P) = vec(W)} (Hamilton 1994, eq. 10.2.18).
     */
    static double[] solveLyapunov(double[] t, double[] w, int m) {
        int mm = m * m;
        double[] a = new double[mm * mm];
        // Row (i,j) of T (x) T acting on vec(P): (T P T')_{ij} = sum_{k,l} T_ik T_jl P_kl.
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                int row = i * m + j;
                for (int k = 0; k < m; k++) {
                    for (int l = 0; l < m; l++) {
                        a[row * mm + k * m + l] = -t[i * m + k] * t[j * m + l];
                    }
                }
                a[row * mm + row] += 1.0;
            }
        }
        double[] p = LinearSystems.solve(a, mm, w);
        if (p == null) {
            throw new IllegalArgumentException("Argument 'transition' must be stationary (all eigenvalues inside the"
                    + " unit circle) for a stationary initialisation, but I - T (x) T is singular");
        }
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double s = 0.5 * (p[i * m + j] + p[j * m + i]);
                p[i * m + j] = s;
                p[j * m + i] = s;
            }
        }
        return p;
    }

    /** Largest modulus of the eigenvalues of a flattened m x m matrix. */
    static double spectralRadius(double[] t, int m) {
        return Eigenvalues.spectralRadius(t, m);
    }

}
