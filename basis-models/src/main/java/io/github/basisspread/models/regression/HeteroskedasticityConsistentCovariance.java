package io.github.basisspread.models.regression;

import io.github.basisspread.models.api.EstimationException;
import java.util.List;

/**
 * The HC0-HC3 sandwich estimators (White 1980; MacKinnon and White 1985, J. Econometrics 29):
 * {@code R^-1 (sum_i omega_i q_i q_i') R^-T} with {@code q_i} the orthonormal row and
 * {@code omega_i} the squared whitened residual, scaled by {@code n/(n-k)} (HC1),
 * {@code 1/(1-h_i)} (HC2) or {@code 1/(1-h_i)^2} (HC3), {@code h_i = |q_i|^2}.
 * Immutable and thread-safe.
 */
final class HeteroskedasticityConsistentCovariance implements CovarianceEstimator {

    enum Type { HC0, HC1, HC2, HC3 }

    private final Type type;

    HeteroskedasticityConsistentCovariance(Type type) {
        this.type = type;
    }

    @Override
    public String name() {
        return type.name();
    }

    @Override
    public double[][] covariance(LeastSquaresDesign design) {
        int n = design.nobs();
        int k = design.parameterCount();
        double[] q = new double[k];
        double[][] meat = new double[k][k];
        for (int i = 0; i < n; i++) {
            design.orthonormalRow(i, q);
            double e = design.whitenedResidual(i);
            double omega = e * e;
            if (type == Type.HC2 || type == Type.HC3) {
                double h = 0;
                for (int a = 0; a < k; a++) {
                    h += q[a] * q[a];
                }
                double oneMinusH = 1 - h;
                if (!(oneMinusH > 1e-12)) {
                    throw new EstimationException(type + " covariance is undefined: observation " + i
                            + " has leverage " + h + " (1 up to rounding)",
                            List.of("leverage[" + i + "] = " + h));
                }
                omega = type == Type.HC2 ? omega / oneMinusH : omega / (oneMinusH * oneMinusH);
            }
            for (int a = 0; a < k; a++) {
                double wa = omega * q[a];
                double[] row = meat[a];
                for (int b = a; b < k; b++) {
                    row[b] += wa * q[b];
                }
            }
        }
        double factor = type == Type.HC1 ? (double) n / (n - k) : 1;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                meat[a][b] *= factor;
                meat[b][a] = meat[a][b];
            }
        }
        return design.sandwich(meat);
    }

    @Override
    public String toString() {
        return name();
    }
}
