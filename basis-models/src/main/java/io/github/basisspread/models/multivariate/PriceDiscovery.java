package io.github.basisspread.models.multivariate;

import java.util.ArrayList;
import java.util.List;

/**
 * Which market's prices lead: the shares of price discovery of K cointegrated prices with one
 * common trend (cointegrating rank K - 1), from a fitted {@link VecmFit}.
 *
 * <ul>
 *   <li>Gonzalo-Granger component shares: the weights of each price in the common permanent
 *       component {@code f_t = alpha_perp' y_t} (Gonzalo and Granger 1995, "Estimation of common
 *       long-memory components in cointegrated systems", JBES 13(1), eq. 7), normalised to sum to
 *       one, {@code alpha_perp} the orthogonal complement of alpha. A market that does not adjust
 *       to the deviation (its alpha near 0) has a share near 1.
 *   <li>Hasbrouck information shares: the share of the variance of the innovation in the common
 *       efficient price attributable to each market, {@code ([psi F]_j)^2 / (psi Sigma psi')}
 *       (Hasbrouck 1995, "One security, many markets: inter-market price discovery", JF 50(4),
 *       eq. 8), with psi the common row of the long-run impact matrix, proportional to
 *       {@code alpha_perp'} (Baillie, Booth, Tse and Zabotina 2002, J. Financial Markets 5, eq. 10)
 *       and F the Cholesky factor of Sigma. Because F depends on the order of the markets, the
 *       share is reported as its lower and upper bounds over all K! orderings.
 * </ul>
 *
 * <p>Immutable and thread-safe; arrays returned are copies.
 */
public final class PriceDiscovery {

    /** The largest K accepted: the information-share bounds enumerate K! orderings. */
    static final int MAX_SERIES = 8;

    private final List<String> names;
    private final double[] componentShares;
    private final double[] lower;
    private final double[] upper;

    private PriceDiscovery(List<String> names, double[] componentShares, double[] lower, double[] upper) {
        this.names = names;
        this.componentShares = componentShares;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Computes the shares from the loadings and the innovation covariance.
     *
     * @param names the series' names
     * @param alpha the loadings, K x (K - 1)
     * @param sigma the innovation covariance, K x K, positive definite
     * @return the shares
     * @throws IllegalStateException if alpha is not K x (K - 1), K is above 8, or alpha has no
     *     orthogonal complement of rank one
     */
    static PriceDiscovery of(List<String> names, double[][] alpha, double[][] sigma) {
        int kk = names.size();
        int r = alpha[0].length;
        if (r != kk - 1) {
            throw new IllegalStateException("Price-discovery shares need one common trend (rank K - 1 = " + (kk - 1)
                    + ") but the rank is " + r);
        }
        if (kk > MAX_SERIES) {
            throw new IllegalStateException("Price-discovery shares enumerate K! orderings; K must be at most "
                    + MAX_SERIES + " but is " + kk);
        }
        double[] perp = orthogonalComplement(alpha);
        double sum = 0;
        for (double v : perp) {
            sum += v;
        }
        double[] gg = new double[kk];
        for (int i = 0; i < kk; i++) {
            gg[i] = perp[i] / sum;
        }
        double[] lo = new double[kk];
        double[] hi = new double[kk];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        double total = 0;
        for (int i = 0; i < kk; i++) {
            for (int j = 0; j < kk; j++) {
                total += perp[i] * sigma[i][j] * perp[j];
            }
        }
        for (int[] order : permutations(kk)) {
            double[][] ps = new double[kk][kk];
            for (int i = 0; i < kk; i++) {
                for (int j = 0; j < kk; j++) {
                    ps[i][j] = sigma[order[i]][order[j]];
                }
            }
            double[][] f = Dense.choleskyLower(ps, "innovation covariance");
            for (int j = 0; j < kk; j++) {
                double s = 0;
                for (int i = 0; i < kk; i++) {
                    s += perp[order[i]] * f[i][j];
                }
                double share = s * s / total;
                int market = order[j];
                lo[market] = Math.min(lo[market], share);
                hi[market] = Math.max(hi[market], share);
            }
        }
        return new PriceDiscovery(names, gg, lo, hi);
    }

    /** The unit vector orthogonal to the K - 1 columns of alpha: a column of I - alpha (alpha'alpha)^-1 alpha'. */
    private static double[] orthogonalComplement(double[][] alpha) {
        int kk = alpha.length;
        double[][] ata = Dense.multiply(Dense.transpose(alpha), alpha);
        double[][] inv = Dense.inverse(ata, "alpha' alpha");
        double[][] proj = Dense.add(Dense.identity(kk), Dense.multiply(Dense.multiply(alpha, inv),
                Dense.transpose(alpha)), -1);
        int best = 0;
        double bestNorm = -1;
        for (int j = 0; j < kk; j++) {
            double s = 0;
            for (int i = 0; i < kk; i++) {
                s += proj[i][j] * proj[i][j];
            }
            if (s > bestNorm) {
                bestNorm = s;
                best = j;
            }
        }
        double[] v = new double[kk];
        double norm = Math.sqrt(bestNorm);
        for (int i = 0; i < kk; i++) {
            v[i] = proj[i][best] / norm;
        }
        return v;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] cur, boolean[] used, int pos, List<int[]> out) {
        if (pos == cur.length) {
            out.add(cur.clone());
            return;
        }
        for (int i = 0; i < cur.length; i++) {
            if (!used[i]) {
                used[i] = true;
                cur[pos] = i;
                permute(cur, used, pos + 1, out);
                used[i] = false;
            }
        }
    }

    /**
     * Returns the series' names.
     *
     * @return the names, an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the Gonzalo-Granger component shares, summing to one.
     *
     * @return one share per series (a copy)
     */
    public double[] componentShares() {
        return componentShares.clone();
    }

    /**
     * Returns the lower bounds of the Hasbrouck information shares over the orderings.
     *
     * @return one bound per series (a copy)
     */
    public double[] informationShareLower() {
        return lower.clone();
    }

    /**
     * Returns the upper bounds of the Hasbrouck information shares over the orderings.
     *
     * @return one bound per series (a copy)
     */
    public double[] informationShareUpper() {
        return upper.clone();
    }

    /**
     * Returns the midpoints of the information-share bounds, the usual single summary
     * (Baillie et al. 2002).
     *
     * @return one midpoint per series
     */
    public double[] informationShareMidpoint() {
        double[] out = new double[lower.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 0.5 * (lower[i] + upper[i]);
        }
        return out;
    }

    /**
     * Returns a table of the shares.
     *
     * @return the shares as text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Price discovery (one common trend)\n");
        sb.append(String.format("%-14s %16s %12s %12s%n", "series", "GG comp. share", "IS lower", "IS upper"));
        for (int i = 0; i < names.size(); i++) {
            sb.append(String.format("%-14s %16.4f %12.4f %12.4f%n", names.get(i), componentShares[i], lower[i],
                    upper[i]));
        }
        return sb.toString();
    }
}
