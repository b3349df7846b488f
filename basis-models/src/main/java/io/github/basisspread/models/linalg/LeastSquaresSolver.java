package io.github.basisspread.models.linalg;

import java.util.Arrays;

/**
 * The module's one least-squares solver: the column-scaled design is reduced block by block to
 * its triangular factor by a streaming Householder QR ({@link QrAccumulator}), the rank decided
 * by a QR with limited pivoting ({@link PivotedQr}), the coefficients solved from {@code R b =
 * Q'y} and, for an ill-conditioned design or a nearly perfect fit, refined by up to two steps of
 * corrected semi-normal equations with compensated residuals (Bjorck 1987; Ogita, Rump and
 * Oishi 2005). {@code OlsSpec} builds its fits on it; {@link #fullRank} is the small entry point
 * for the hot paths (unit-root and cointegration auxiliary regressions, ARIMA start values) that
 * need only coefficients, residuals and classical standard errors.
 *
 * <p>Internal; stateless.
 */
public final class LeastSquaresSolver {

    private static final int BLOCK_ROWS = 256;
    private static final int REFINEMENT_STEPS = 2;
    private static final int RESIDUAL_BLOCK = 2048;
    /**
     * Designs whose error amplification (see {@link #errorAmplification}) is at most this get
     * plain residuals and no refinement: the coefficients then carry a relative error of order
     * {@code 1e3 u ~ 1e-13}, and the compensated pass exists for the ill-conditioned rest
     * (Filip, Wampler, Longley).
     */
    private static final double WELL_CONDITIONED = 1e3;
    /**
     * Fits whose residual norm is below this fraction of the response's norm take the compensated
     * pass whatever the conditioning: plain residuals there have relative errors near
     * {@code k u / 1e-4 ~ 1e-11}, and less below.
     */
    private static final double NEAR_PERFECT = 1e-4;

    private LeastSquaresSolver() {
    }

    /**
     * The first phase: the factorisation of the scaled {@code [X | y]} and the rank decision.
     *
     * @param columns the p regressor columns, each of length n (not modified)
     * @param y the response (not modified)
     * @param sqrtW square roots of the weights, or null for ordinary least squares
     * @param rankTolerance the relative tolerance of the rank decision
     * @return the factorisation
     */
    public static Factorization factor(double[][] columns, double[] y, double[] sqrtW, double rankTolerance) {
        int n = y.length;
        int p = columns.length;
        int m = p + 1;
        double[] norms = new double[m];
        for (int j = 0; j < m; j++) {
            norms[j] = weightedNorm(j < p ? columns[j] : y, sqrtW);
        }
        double[] inv = new double[m];
        for (int j = 0; j < m; j++) {
            inv[j] = norms[j] > 0 ? 1 / norms[j] : 1;
        }
        QrAccumulator qr = new QrAccumulator(m);
        double[] block = new double[BLOCK_ROWS * m];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            for (int j = 0; j < m; j++) {
                double[] col = j < p ? columns[j] : y;
                double s = inv[j];
                int off = j * BLOCK_ROWS;
                if (sqrtW == null) {
                    for (int t = 0; t < rows; t++) {
                        block[off + t] = col[start + t] * s;
                    }
                } else {
                    for (int t = 0; t < rows; t++) {
                        block[off + t] = col[start + t] * sqrtW[start + t] * s;
                    }
                }
            }
            qr.addBlock(block, rows, BLOCK_ROWS);
        }
        return new Factorization(PivotedQr.factor(qr.r(), m, rankTolerance), norms, inv, p);
    }

    /**
     * Ordinary least squares of y on linearly independent columns, refined as {@code OlsSpec}
     * refines; the columns' order is kept in the result.
     *
     * @param y the response (not modified)
     * @param columns the regressors, each of length n (not modified)
     * @param rankTolerance the relative tolerance of the rank decision
     * @return the solution, or null if the rank is below the number of columns
     */
    public static FullRank fullRank(double[] y, double[][] columns, double rankTolerance) {
        Factorization f = factor(columns, y, null, rankTolerance);
        int k = columns.length;
        if (f.rank() < k) {
            return null;
        }
        Solution s = f.solve(columns, y, null, null, false);
        int[] order = f.order();
        double[] beta = new double[k];
        double[] xtxInvDiagonal = new double[k];
        double[] rInv = s.rInv();
        for (int a = 0; a < k; a++) {
            double d = 0;
            for (int c = a; c < k; c++) {
                d += rInv[a * k + c] * rInv[a * k + c];
            }
            // (X'X)^-1 = S (R'R)^-1 S for the column scaling S
            xtxInvDiagonal[order[a]] = d * s.keptInv()[a] * s.keptInv()[a];
            beta[order[a]] = s.beta()[a];
        }
        return new FullRank(beta, s.residuals(), s.ssr(), xtxInvDiagonal);
    }

    /**
     * Coefficients, residuals and residual sum of squares of a full-rank fit, in the caller's
     * column order.
     *
     * @param coefficients the estimates
     * @param residuals y minus the fitted values
     * @param ssr the residual sum of squares
     * @param xtxInverseDiagonal the diagonal of {@code (X'X)^-1}, for classical standard errors
     */
    public record FullRank(double[] coefficients, double[] residuals, double ssr, double[] xtxInverseDiagonal) {

        /**
         * Classical standard errors {@code sqrt(s^2 (X'X)^-1_jj)}, {@code s^2 = SSR / (n - k)}.
         *
         * @return the standard errors, one per column
         */
        public double[] standardErrors() {
            int k = coefficients.length;
            double s2 = ssr / (residuals.length - k);
            double[] se = new double[k];
            for (int j = 0; j < k; j++) {
                se[j] = Math.sqrt(s2 * xtxInverseDiagonal[j]);
            }
            return se;
        }
    }

    /**
     * The solution on the columns kept by the rank decision, in pivot order.
     *
     * @param kept the kept columns, in pivot order
     * @param keptInv the inverse scale of each kept column
     * @param rInv the inverse of the k x k triangular factor of the scaled kept columns, row-major
     * @param beta the coefficients of the kept columns
     * @param residuals y minus the fitted values
     * @param ssr the (weighted) residual sum of squares
     */
    public record Solution(double[][] kept, double[] keptInv, double[] rInv, double[] beta, double[] residuals,
            double ssr) {
    }

    /** The factorisation of the scaled {@code [X | y]} with its rank decision. */
    public static final class Factorization {

        private final PivotedQr pivoted;
        private final double[] norms;
        private final double[] inv;
        private final int p;

        private Factorization(PivotedQr pivoted, double[] norms, double[] inv, int p) {
            this.pivoted = pivoted;
            this.norms = norms;
            this.inv = inv;
            this.p = p;
        }

        /**
         * Returns the numerical rank of the design.
         *
         * @return the rank
         */
        public int rank() {
            return pivoted.rank();
        }

        /**
         * Returns the column order: the kept columns first, then the aliased ones.
         *
         * @return the order (a copy)
         */
        public int[] order() {
            return pivoted.order();
        }

        /**
         * Returns each column's relative norm at the rank decision.
         *
         * @return the relative norms (a copy)
         */
        public double[] relativeNorms() {
            return pivoted.relativeNorms();
        }

        /**
         * Solves for the coefficients of the kept columns, refining them when the design is
         * ill-conditioned, the fit nearly perfect, or refinement is forced.
         *
         * @param columns the columns given to {@link #factor}
         * @param y the response given to {@link #factor}
         * @param w the weights, or null
         * @param sqrtW their square roots, or null
         * @param alwaysRefine true to refine whatever the conditioning
         * @return the solution
         */
        public Solution solve(double[][] columns, double[] y, double[] w, double[] sqrtW, boolean alwaysRefine) {
            int n = y.length;
            int k = rank();
            int[] order = pivoted.order();
            double[][] kept = new double[k][];
            double[] keptInv = new double[k];
            for (int a = 0; a < k; a++) {
                kept[a] = columns[order[a]];
                keptInv[a] = inv[order[a]];
            }
            double[] r = pivoted.keptR();
            double[] beta = pivoted.keptRhs();
            double[] rInv = Triangular.invertUpper(r, k);
            boolean wellConditioned = !alwaysRefine && errorAmplification(r, rInv, k, beta) <= WELL_CONDITIONED;
            Triangular.solveUpper(r, k, beta);
            double yNorm = norms[p] > 0 ? norms[p] : 1;
            for (int a = 0; a < k; a++) {
                beta[a] = beta[a] * yNorm * keptInv[a];
            }
            double[] residuals = new double[n];
            if (wellConditioned) {
                double ssr = plainResiduals(kept, y, w, beta, residuals);
                return new Solution(kept, keptInv, rInv, beta, residuals, ssr);
            }
            double[] compensation = new double[Math.min(n, RESIDUAL_BLOCK)];
            double[] gradient = new double[k];
            double gradNorm = residualsAndGradient(kept, keptInv, y, w, beta, residuals, compensation, gradient);
            for (int step = 0; step < REFINEMENT_STEPS && gradNorm > 0; step++) {
                // corrected semi-normal equations: R'R delta = Xs' W e (Bjorck 1987)
                double[] delta = gradient.clone();
                Triangular.solveUpperTransposed(r, k, delta);
                Triangular.solveUpper(r, k, delta);
                double[] candidate = beta.clone();
                boolean moved = false;
                for (int a = 0; a < k; a++) {
                    candidate[a] += delta[a] * keptInv[a];
                    moved |= Double.doubleToRawLongBits(candidate[a]) != Double.doubleToRawLongBits(beta[a]);
                }
                if (!moved) {
                    // the correction rounds away in every coefficient: the pass below would recompute
                    // bit for bit the same residuals and gradient, fail the test, and stop; skip it
                    break;
                }
                double[] candidateResiduals = new double[n];
                double[] candidateGradient = new double[k];
                double candidateNorm = residualsAndGradient(kept, keptInv, y, w, candidate, candidateResiduals,
                        compensation, candidateGradient);
                if (!(candidateNorm < gradNorm)) {
                    break;
                }
                beta = candidate;
                residuals = candidateResiduals;
                gradient = candidateGradient;
                gradNorm = candidateNorm;
            }
            double ssr = 0;
            for (int i = 0; i < n; i++) {
                double e = residuals[i];
                ssr += w == null ? e * e : w[i] * e * e;
            }
            return new Solution(kept, keptInv, rInv, beta, residuals, ssr);
        }
    }

    /**
     * The factor by which the unit roundoff is amplified in the least-squares coefficients,
     * {@code kappa (1 + kappa ||r|| / ||X b||)} for the column-scaled design (the first-order
     * perturbation bound of Householder least squares; Bjorck 1996, sec. 1.4 and 2.4), with
     * {@code kappa = ||R||_1 ||R^-1||_1} and the residual and fit norms read off the
     * transformed right-hand side {@code Q'y} of the unit-norm response. Infinite for a
     * (nearly) perfect fit.
     */
    private static double errorAmplification(double[] r, double[] rInv, int k, double[] qty) {
        double kappa = upperNorm1(r, k) * upperNorm1(rInv, k);
        double fit2 = 0;
        for (int a = 0; a < k; a++) {
            fit2 += qty[a] * qty[a];
        }
        double residual = Math.sqrt(Math.max(0, 1 - fit2));
        double fit = Math.sqrt(fit2);
        if (!(fit > 0) || !(residual >= NEAR_PERFECT)) {
            // A (nearly) perfect fit: plain residuals would carry rounding errors of order
            // u ||y||, large relative to the residuals themselves; the compensated pass is needed.
            return Double.POSITIVE_INFINITY;
        }
        return kappa * (1 + kappa * residual / fit);
    }

    /** The 1-norm (largest column sum of absolute values) of a k x k upper triangle. */
    private static double upperNorm1(double[] r, int k) {
        double max = 0;
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int i = 0; i <= j; i++) {
                sum += Math.abs(r[i * k + j]);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    /**
     * Residuals {@code e = y - X b} by plain fused multiply-adds over blocks of rows, two columns
     * per sweep, and the (weighted) residual sum of squares: for a well-conditioned design the
     * Householder solution is already accurate to a few hundred ulps, and neither compensated
     * arithmetic nor refinement would change it materially.
     */
    private static double plainResiduals(double[][] columns, double[] y, double[] w, double[] beta,
            double[] residuals) {
        int n = y.length;
        int k = columns.length;
        double ssr = 0;
        for (int start = 0; start < n; start += RESIDUAL_BLOCK) {
            int end = Math.min(n, start + RESIDUAL_BLOCK);
            System.arraycopy(y, start, residuals, start, end - start);
            int pair = 0;
            for (; pair + 1 < k; pair += 2) {
                double b0 = -beta[pair];
                double b1 = -beta[pair + 1];
                double[] col0 = columns[pair];
                double[] col1 = columns[pair + 1];
                for (int i = start; i < end; i++) {
                    residuals[i] = Math.fma(b1, col1[i], Math.fma(b0, col0[i], residuals[i]));
                }
            }
            for (int a = pair; a < k; a++) {
                double b = -beta[a];
                double[] col = columns[a];
                for (int i = start; i < end; i++) {
                    residuals[i] = Math.fma(b, col[i], residuals[i]);
                }
            }
            for (int i = start; i < end; i++) {
                double e = residuals[i];
                ssr += w == null ? e * e : w[i] * e * e;
            }
        }
        return ssr;
    }

    /**
     * Residuals {@code e = y - X b} in compensated precision and the scaled gradient
     * {@code g_a = sum_i w_i e_i x_ia / s_a}, also compensated; returns the norm of g. Both are
     * computed in one pass over blocks of rows that stay in cache.
     */
    private static double residualsAndGradient(double[][] columns, double[] inv, double[] y, double[] w,
            double[] beta, double[] residuals, double[] compensation, double[] gradient) {
        int n = y.length;
        int k = columns.length;
        double[] sums = new double[k];
        double[] errors = new double[k];
        for (int start = 0; start < n; start += RESIDUAL_BLOCK) {
            int end = Math.min(n, start + RESIDUAL_BLOCK);
            System.arraycopy(y, start, residuals, start, end - start);
            Arrays.fill(compensation, 0, end - start, 0.0);
            int pair = 0;
            for (; pair + 1 < k; pair += 2) {
                // two columns per sweep: the same operations in the same order per row as one
                // column at a time, with half the loads and stores of the residual block
                double b0 = -beta[pair];
                double b1 = -beta[pair + 1];
                double[] col0 = columns[pair];
                double[] col1 = columns[pair + 1];
                for (int i = start; i < end; i++) {
                    double s = residuals[i];
                    double prod = b0 * col0[i];
                    double prodErr = Math.fma(b0, col0[i], -prod);
                    double t = s + prod;
                    double z = t - s;
                    double c = compensation[i - start] + (((s - (t - z)) + (prod - z)) + prodErr);
                    double prod1 = b1 * col1[i];
                    double prodErr1 = Math.fma(b1, col1[i], -prod1);
                    double t1 = t + prod1;
                    double z1 = t1 - t;
                    compensation[i - start] = c + (((t - (t1 - z1)) + (prod1 - z1)) + prodErr1);
                    residuals[i] = t1;
                }
            }
            for (int a = pair; a < k; a++) {
                double b = -beta[a];
                double[] col = columns[a];
                for (int i = start; i < end; i++) {
                    // TwoProduct by fma and TwoSum (Ogita, Rump and Oishi 2005, algorithm Dot2)
                    double s = residuals[i];
                    double prod = b * col[i];
                    double prodErr = Math.fma(b, col[i], -prod);
                    double t = s + prod;
                    double z = t - s;
                    compensation[i - start] += ((s - (t - z)) + (prod - z)) + prodErr;
                    residuals[i] = t;
                }
            }
            for (int i = start; i < end; i++) {
                residuals[i] += compensation[i - start];
            }
            for (int a = 0; a < k; a++) {
                // compensated too: with large residuals the rounding of a plain sum would swamp
                // the gradient that the refinement step corrects; two interleaved Dot2 chains
                // halve the wait on addition latency
                double[] col = columns[a];
                double sum0 = sums[a];
                double err0 = errors[a];
                double sum1 = 0;
                double err1 = 0;
                int i = start;
                for (; i + 1 < end; i += 2) {
                    double x0 = w == null ? col[i] : w[i] * col[i];
                    double x1 = w == null ? col[i + 1] : w[i + 1] * col[i + 1];
                    double p0 = x0 * residuals[i];
                    double p1 = x1 * residuals[i + 1];
                    double q0 = Math.fma(x0, residuals[i], -p0);
                    double q1 = Math.fma(x1, residuals[i + 1], -p1);
                    double t0 = sum0 + p0;
                    double t1 = sum1 + p1;
                    double z0 = t0 - sum0;
                    double z1 = t1 - sum1;
                    err0 += ((sum0 - (t0 - z0)) + (p0 - z0)) + q0;
                    err1 += ((sum1 - (t1 - z1)) + (p1 - z1)) + q1;
                    sum0 = t0;
                    sum1 = t1;
                }
                for (; i < end; i++) {
                    double x0 = w == null ? col[i] : w[i] * col[i];
                    double p0 = x0 * residuals[i];
                    double q0 = Math.fma(x0, residuals[i], -p0);
                    double t0 = sum0 + p0;
                    double z0 = t0 - sum0;
                    err0 += ((sum0 - (t0 - z0)) + (p0 - z0)) + q0;
                    sum0 = t0;
                }
                // TwoSum of the two chains keeps the compensated result
                double t = sum0 + sum1;
                double z = t - sum0;
                sums[a] = t;
                errors[a] = err0 + err1 + ((sum0 - (t - z)) + (sum1 - z));
            }
        }
        double norm2 = 0;
        for (int a = 0; a < k; a++) {
            double g = (sums[a] + errors[a]) * inv[a];
            gradient[a] = g;
            norm2 += g * g;
        }
        return Math.sqrt(norm2);
    }

    private static double weightedNorm(double[] v, double[] sqrtW) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            double a = sqrtW == null ? v[i] : v[i] * sqrtW[i];
            sum += a * a;
        }
        if (sum > 1e-290 && sum < 1e290) {
            return Math.sqrt(sum);
        }
        // overflow or underflow of the plain sum: rescale by the largest entry
        double scale = 0;
        for (int i = 0; i < v.length; i++) {
            scale = Math.max(scale, Math.abs(sqrtW == null ? v[i] : v[i] * sqrtW[i]));
        }
        if (scale == 0) {
            return 0;
        }
        double inv = 1 / scale;
        double scaled = 0;
        for (int i = 0; i < v.length; i++) {
            double a = (sqrtW == null ? v[i] : v[i] * sqrtW[i]) * inv;
            scaled += a * a;
        }
        return scale * Math.sqrt(scaled);
    }
}
