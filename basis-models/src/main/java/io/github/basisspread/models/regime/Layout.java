package io.github.basisspread.models.regime;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each parameter sits in the vector, in statsmodels' order (0.13,
 * {@code MarkovRegression} / {@code MarkovAutoregression}): the transition probabilities
 * {@code p[i->j]} for {@code j < k - 1} with the source {@code i} running fastest, then each mean
 * column (the constant, then the regressors) with the regime fastest when it switches, then the
 * variance(s), then the AR lags with the regime fastest. The optimiser sees the transitions grouped
 * by source (one simplex block per row of the matrix); {@link #publicIndexOfTransition} maps
 * between the two. Immutable.
 */
final class Layout {

    final int k;
    final int order;
    /** Mean columns: the constant (when present) then the regressors. */
    final int columns;
    final boolean[] switchingColumn;
    final boolean switchingAr;
    final boolean switchingVariance;
    final List<String> names;
    /** Offset of each mean column's first parameter. */
    final int[] columnOffset;
    final int varianceOffset;
    final int arOffset;
    final int size;

    Layout(int k, int order, List<String> columnNames, boolean[] switchingColumn, boolean switchingAr,
            boolean switchingVariance) {
        this.k = k;
        this.order = order;
        this.columns = columnNames.size();
        this.switchingColumn = switchingColumn.clone();
        this.switchingAr = switchingAr;
        this.switchingVariance = switchingVariance;
        List<String> n = new ArrayList<>();
        for (int j = 0; j < k - 1; j++) {
            for (int i = 0; i < k; i++) {
                n.add("p[" + i + "->" + j + "]");
            }
        }
        columnOffset = new int[columns];
        for (int c = 0; c < columns; c++) {
            columnOffset[c] = n.size();
            if (switchingColumn[c]) {
                for (int s = 0; s < k; s++) {
                    n.add(columnNames.get(c) + "[" + s + "]");
                }
            } else {
                n.add(columnNames.get(c));
            }
        }
        varianceOffset = n.size();
        if (switchingVariance) {
            for (int s = 0; s < k; s++) {
                n.add("sigma2[" + s + "]");
            }
        } else {
            n.add("sigma2");
        }
        arOffset = n.size();
        for (int l = 1; l <= order; l++) {
            if (switchingAr) {
                for (int s = 0; s < k; s++) {
                    n.add("ar.L" + l + "[" + s + "]");
                }
            } else {
                n.add("ar.L" + l);
            }
        }
        this.names = List.copyOf(n);
        this.size = n.size();
    }

    /** Index in the public vector of {@code p[i->j]}, {@code j < k - 1}. */
    int publicIndexOfTransition(int i, int j) {
        return j * k + i;
    }

    /**
     * Whether a transition probability of the public vector, or the one each row implies
     * ({@code 1 - sum}), lies on the boundary 0 or 1, where the likelihood has no Hessian in the
     * softmax coordinates (and no standard error exists for it).
     */
    boolean transitionOnBoundary(double[] v) {
        for (int i = 0; i < k; i++) {
            double rest = 1;
            for (int j = 0; j < k - 1; j++) {
                double p = v[publicIndexOfTransition(i, j)];
                if (!(p > 0 && p < 1)) {
                    return true;
                }
                rest -= p;
            }
            if (!(rest > 0 && rest < 1)) {
                return true;
            }
        }
        return false;
    }

    int coefficientIndex(int column, int regime) {
        return columnOffset[column] + (switchingColumn[column] ? regime : 0);
    }

    int varianceIndex(int regime) {
        return varianceOffset + (switchingVariance ? regime : 0);
    }

    int arIndex(int lag, int regime) {
        return arOffset + (lag - 1) * (switchingAr ? k : 1) + (switchingAr ? regime : 0);
    }

    /** The structured parameters of a public vector. */
    Params unpack(double[] v) {
        Params p = new Params(k, columns, order);
        for (int i = 0; i < k; i++) {
            double rest = 1;
            for (int j = 0; j < k - 1; j++) {
                double x = v[publicIndexOfTransition(i, j)];
                p.transition[i][j] = x;
                rest -= x;
            }
            p.transition[i][k - 1] = rest;
        }
        for (int s = 0; s < k; s++) {
            for (int c = 0; c < columns; c++) {
                p.coefficients[s][c] = v[coefficientIndex(c, s)];
            }
            p.variance[s] = v[varianceIndex(s)];
            for (int l = 1; l <= order; l++) {
                p.ar[s][l - 1] = v[arIndex(l, s)];
            }
        }
        return p;
    }

    /**
     * The public vector of structured parameters; where a parameter does not switch, the average
     * over regimes weighted by {@code weights} (equal when null).
     */
    double[] pack(Params p, double[] weights) {
        double[] v = new double[size];
        double[] w = new double[k];
        double total = 0;
        for (int s = 0; s < k; s++) {
            w[s] = weights == null ? 1 : Math.max(weights[s], 1e-12);
            total += w[s];
        }
        for (int s = 0; s < k; s++) {
            w[s] /= total;
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k - 1; j++) {
                v[publicIndexOfTransition(i, j)] = p.transition[i][j];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int c = 0; c < columns; c++) {
                v[coefficientIndex(c, s)] += switchingColumn[c] ? p.coefficients[s][c] : w[s] * p.coefficients[s][c];
            }
            v[varianceIndex(s)] += switchingVariance ? p.variance[s] : w[s] * p.variance[s];
            for (int l = 1; l <= order; l++) {
                v[arIndex(l, s)] += switchingAr ? p.ar[s][l - 1] : w[s] * p.ar[s][l - 1];
            }
        }
        return v;
    }

    /** The same vector with the regimes renumbered: new regime r is old regime {@code perm[r]}. */
    double[] relabel(double[] v, int[] perm) {
        Params p = unpack(v);
        Params q = new Params(k, columns, order);
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                q.transition[r][c] = p.transition[perm[r]][perm[c]];
            }
            q.coefficients[r] = p.coefficients[perm[r]].clone();
            q.variance[r] = p.variance[perm[r]];
            q.ar[r] = p.ar[perm[r]].clone();
        }
        return pack(q, null);
    }

    /** The structured parameters: {@code transition[i][j] = P(S_t = j | S_{t-1} = i)}. */
    static final class Params {
        final double[][] transition;
        final double[][] coefficients;
        final double[] variance;
        final double[][] ar;

        Params(int k, int columns, int order) {
            transition = new double[k][k];
            coefficients = new double[k][columns];
            variance = new double[k];
            ar = new double[k][order];
        }
    }
}
