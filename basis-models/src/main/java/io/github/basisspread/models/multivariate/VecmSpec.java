package io.github.basisspread.models.multivariate;

import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.linalg.GeneralizedEigen;
import java.util.ArrayList;
import java.util.List;

/**
 * The vector error correction model of K series with cointegrating rank r, estimated by
 * Johansen's maximum likelihood (reduced-rank regression; Johansen 1995, ch. 6; Luetkepohl 2005,
 * sec. 7.2.3):
 *
 * <pre>
 *   dy_t = alpha (beta' y_{t-1} + rho_0 + rho_1 t) + Gamma_1 dy_{t-1} + ... + Gamma_k dy_{t-k} + mu_0 + mu_1 (t + 1) + u_t
 * </pre>
 *
 * <p>with the deterministic terms chosen by {@link DeterministicTerms} (statsmodels' {@code n},
 * {@code co}, {@code ci}, {@code lo}, {@code li} and their combinations). The data are the K
 * series in levels, {@code data[j][t]}; k is the number of lagged differences (statsmodels'
 * {@code k_ar_diff}, the CLI's {@code --lags}), so the VAR in levels has order k + 1 and
 * {@code T = n - k - 1} observations enter the likelihood.
 *
 * <p>The computation follows statsmodels' {@code VECM.fit()} (0.13) to its conventions: beta is
 * normalised so that its first r rows are the identity; alpha = {@code S01 beta (beta' S11
 * beta)^-1}; Sigma divides by T (the maximum-likelihood estimate); the log-likelihood is
 * Luetkepohl's (2005) eq. 7.2.20 with all constants. Numerically it differs: the moment matrices
 * come from one streaming Householder QR of the stacked regressors and responses (no T x T
 * projection matrix), so a VECM on 2 x 100,000 observations takes milliseconds.
 *
 * <p>An immutable specification, thread-safe.
 */
public final class VecmSpec implements Estimator<double[][], VecmFit> {

    private final int lagDifferences;
    private final int rank;
    private final DeterministicTerms deterministic;
    private final List<String> names;

    private VecmSpec(int lagDifferences, int rank, DeterministicTerms deterministic, List<String> names) {
        this.lagDifferences = lagDifferences;
        this.rank = rank;
        this.deterministic = deterministic;
        this.names = names;
    }

    /**
     * A VECM with k lagged differences and cointegrating rank r, without deterministic terms
     * ({@code "n"}, statsmodels' default); choose them with {@link #withDeterministic}.
     *
     * @param lagDifferences k, the number of lagged differences, zero or more
     * @param rank r, the cointegrating rank, at least 1 (and below the number of series, checked at fit)
     * @return the specification
     * @throws IllegalArgumentException if k is negative or r is below 1
     */
    public static VecmSpec of(int lagDifferences, int rank) {
        if (lagDifferences < 0) {
            throw new IllegalArgumentException("Argument 'lagDifferences' must be zero or greater but has value "
                    + lagDifferences);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("Argument 'rank' must be at least 1 (rank 0 is a VAR in differences)"
                    + " but has value " + rank);
        }
        return new VecmSpec(lagDifferences, rank, DeterministicTerms.NONE, null);
    }

    /**
     * Returns this specification with the given deterministic terms.
     *
     * @param terms the terms
     * @return a new specification
     * @throws IllegalArgumentException if terms is null
     */
    public VecmSpec withDeterministic(DeterministicTerms terms) {
        if (terms == null) {
            throw new IllegalArgumentException("Argument 'deterministic' must not be null but has value null");
        }
        return new VecmSpec(lagDifferences, rank, terms, names);
    }

    /**
     * Returns this specification with the deterministic terms of a statsmodels code.
     *
     * @param code {@code "n"}, {@code "co"}, {@code "ci"}, {@code "lo"}, {@code "li"} or a combination
     * @return a new specification
     * @throws IllegalArgumentException if the code is not valid
     */
    public VecmSpec withDeterministic(String code) {
        return withDeterministic(DeterministicTerms.parse(code));
    }

    /**
     * Returns this specification with names for the series (y1..yK otherwise).
     *
     * @param seriesNames one name per series, distinct
     * @return a new specification
     * @throws IllegalArgumentException if a name is null, blank or repeated
     */
    public VecmSpec withNames(List<String> seriesNames) {
        return new VecmSpec(lagDifferences, rank, deterministic, Dense.checkNames(seriesNames));
    }

    /**
     * Returns the number of lagged differences.
     *
     * @return k
     */
    public int lagDifferences() {
        return lagDifferences;
    }

    /**
     * Returns the cointegrating rank.
     *
     * @return r
     */
    public int rank() {
        return rank;
    }

    /**
     * Returns the deterministic terms.
     *
     * @return the terms
     */
    public DeterministicTerms deterministic() {
        return deterministic;
    }

    /**
     * Fits the VECM.
     *
     * @param data the K series in levels, {@code data[j]} of length n (not modified)
     * @return the fit
     * @throws IllegalArgumentException if data is null, holds fewer than 2 series, series of
     *     different lengths, a non-finite or constant series, too few observations for the lags
     *     and terms, if the rank is not below K, or the names do not match K
     * @throws EstimationException if the regressors are collinear (e.g. two series equal up to a
     *     constant)
     */
    @Override
    public VecmFit fit(double[][] data) {
        int n = Dense.checkSeries(data);
        int kk = data.length;
        List<String> seriesNames = Dense.names(names, kk);
        if (rank >= kk) {
            throw new IllegalArgumentException("Argument 'rank' must be below the number of series (" + kk
                    + "; rank " + kk + " is a stationary VAR in levels) but has value " + rank);
        }
        int k = lagDifferences;
        int p = k + 1;
        int dIn = deterministic.insideCount();
        int dOut = deterministic.outsideCount();
        int q = k * kk + dOut;
        int m = q + 2 * kk + dIn;
        int needed = p + m + 1;
        if (n < needed) {
            throw new IllegalArgumentException("Argument 'data' must have at least " + needed + " observations for "
                    + kk + " series with " + k + " lagged differences and deterministic \"" + deterministic.code()
                    + "\" but has length " + n);
        }
        int t = n - p;
        double[][] columns = new double[m][t];
        List<String> labels = new ArrayList<>(m);
        for (int lag = 1; lag <= k; lag++) {
            for (int j = 0; j < kk; j++) {
                double[] col = columns[(lag - 1) * kk + j];
                double[] y = data[j];
                for (int s = 0; s < t; s++) {
                    int time = s + p;
                    col[s] = y[time - lag] - y[time - lag - 1];
                }
                labels.add("L" + lag + ".d." + seriesNames.get(j));
            }
        }
        int c = k * kk;
        if (deterministic.constantOutside()) {
            java.util.Arrays.fill(columns[c++], 1.0);
            labels.add("const");
        }
        if (deterministic.trendOutside()) {
            double[] col = columns[c++];
            for (int s = 0; s < t; s++) {
                col[s] = s + p + 1;
            }
            labels.add("trend");
        }
        for (int j = 0; j < kk; j++) {
            double[] col = columns[c++];
            double[] y = data[j];
            for (int s = 0; s < t; s++) {
                col[s] = y[s + p] - y[s + p - 1];
            }
            labels.add("d." + seriesNames.get(j));
        }
        for (int j = 0; j < kk; j++) {
            double[] col = columns[c++];
            double[] y = data[j];
            System.arraycopy(y, p - 1, col, 0, t);
            labels.add("L1." + seriesNames.get(j));
        }
        if (deterministic.constantInside()) {
            java.util.Arrays.fill(columns[c++], 1.0);
            labels.add("const (in relation)");
        }
        if (deterministic.trendInside()) {
            double[] col = columns[c++];
            for (int s = 0; s < t; s++) {
                col[s] = s + p;
            }
            labels.add("trend (in relation)");
        }
        double[][] r = Dense.triangularFactor(columns, labels, "VECM");
        return estimate(r, q, kk, t, data, seriesNames);
    }

    /** The reduced-rank regression on the triangular factor of [dx | dy | y_{t-1}]. */
    private VecmFit estimate(double[][] r, int q, int kk, int t, double[][] data, List<String> seriesNames) {
        int m = r.length;
        int l = m - q - kk; // rows of beta: K + inside terms
        double[][] rzz = Dense.block(r, q, m, q, m);
        double[][] mzz = Dense.multiply(Dense.transpose(rzz), rzz);
        double[][] s00 = Dense.scale(Dense.block(mzz, 0, kk, 0, kk), 1.0 / t);
        double[][] s01 = Dense.scale(Dense.block(mzz, 0, kk, kk, kk + l), 1.0 / t);
        double[][] s11 = Dense.scale(Dense.block(mzz, kk, kk + l, kk, kk + l), 1.0 / t);
        double[][] s10 = Dense.transpose(s01);
        double[][] s00Inv = Dense.inverseSpd(s00, "moment matrix S00 of the differences");
        double[][] a = Dense.multiply(Dense.multiply(s10, s00Inv), s01);
        GeneralizedEigen.Result eig = GeneralizedEigen.symmetricDefinite(a, s11);
        if (eig == null) {
            throw new EstimationException("VECM: the moment matrix S11 of the lagged levels is not positive definite",
                    List.of("S11 = " + java.util.Arrays.deepToString(s11)));
        }
        double[][] raw = new double[l][rank];
        for (int i = 0; i < l; i++) {
            for (int cc = 0; cc < rank; cc++) {
                raw[i][cc] = eig.vectors()[cc][i];
            }
        }
        double[][] beta = Dense.multiply(raw, Dense.inverse(Dense.block(raw, 0, rank, 0, rank),
                "leading r x r block of the cointegrating vectors"));
        for (int i = 0; i < rank; i++) {
            for (int cc = 0; cc < rank; cc++) {
                beta[i][cc] = i == cc ? 1 : 0; // exact identity, as normalised
            }
        }
        double[][] bs11b = Dense.multiply(Dense.multiply(Dense.transpose(beta), s11), beta);
        double[][] alpha = Dense.multiply(Dense.multiply(s01, beta), Dense.inverseSpd(bs11b, "beta' S11 beta"));
        double[][] pi = Dense.multiply(alpha, Dense.transpose(beta)); // K x l
        double[][] gammaFull = new double[kk][q];
        if (q > 0) {
            double[][] rxx = Dense.block(r, 0, q, 0, q);
            double[][] bz = Dense.solveUpper(rxx, Dense.block(r, 0, q, q, m)); // q x (K + l)
            double[][] bdy = Dense.block(bz, 0, q, 0, kk);
            double[][] bylag = Dense.block(bz, 0, q, kk, kk + l);
            gammaFull = Dense.add(Dense.transpose(bdy), Dense.multiply(pi, Dense.transpose(bylag)), -1);
        }
        // Sigma = (R0 - Pi R1)(R0 - Pi R1)' / T from the moments
        double[][] pis10 = Dense.multiply(pi, s10);
        double[][] sigma = Dense.add(Dense.add(s00, pis10, -1), Dense.transpose(pis10), -1);
        sigma = Dense.symmetrise(Dense.add(sigma, Dense.multiply(Dense.multiply(pi, s11), Dense.transpose(pi)), 1));
        double logDetS00 = Dense.logDet(s00, "moment matrix S00 of the differences");
        double sumLog = 0;
        for (int i = 0; i < rank; i++) {
            sumLog += Math.log1p(-eig.values()[i]);
        }
        // Luetkepohl (2005) eq. 7.2.20, as statsmodels' VECMResults.llf
        double llf = -kk * t / 2.0 * (Math.log(2 * Math.PI) + 1) - t / 2.0 * (logDetS00 + sumLog);
        // Standard errors (Luetkepohl 2005, eq. 7.2.21 and p. 297): Omega = raw moments of [beta' y_{t-1}; dx]
        double[][] g = Dense.multiply(Dense.transpose(r), r);
        double[][] gll = Dense.block(g, q + kk, m, q + kk, m);
        double[][] glx = Dense.block(g, q + kk, m, 0, q);
        double[][] omega = new double[rank + q][rank + q];
        double[][] o11 = Dense.multiply(Dense.multiply(Dense.transpose(beta), gll), beta);
        double[][] o12 = Dense.multiply(Dense.transpose(beta), glx);
        for (int i = 0; i < rank; i++) {
            for (int j = 0; j < rank; j++) {
                omega[i][j] = o11[i][j];
            }
            for (int j = 0; j < q; j++) {
                omega[i][rank + j] = o12[i][j];
                omega[rank + j][i] = o12[i][j];
            }
        }
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                omega[rank + i][rank + j] = g[i][j];
            }
        }
        double[][] omegaInv = Dense.inverseSpd(omega, "moment matrix of [beta' y_{t-1}, lagged differences]");
        double[][] seAlpha = new double[kk][rank];
        double[][] seGamma = new double[kk][q];
        for (int i = 0; i < kk; i++) {
            for (int cc = 0; cc < rank; cc++) {
                seAlpha[i][cc] = Math.sqrt(omegaInv[cc][cc] * sigma[i][i]);
            }
            for (int cc = 0; cc < q; cc++) {
                seGamma[i][cc] = Math.sqrt(omegaInv[rank + cc][rank + cc] * sigma[i][i]);
            }
        }
        // beta's free rows: Cov(vec(beta_(2)')) = (R12 R12')^-1 (x) (alpha' Sigma^-1 alpha)^-1 (Luetkepohl 2005, p. 297)
        double[][] seBeta = new double[l][rank];
        if (l > rank) {
            double[][] r12 = Dense.scale(Dense.block(s11, rank, l, rank, l), t);
            double[][] mat1 = Dense.inverseSpd(r12, "moment matrix of the free rows of the cointegrating relation");
            double[][] ata = Dense.multiply(Dense.multiply(Dense.transpose(alpha),
                    Dense.inverseSpd(sigma, "innovation covariance")), alpha);
            double[][] mat2 = Dense.inverseSpd(ata, "alpha' Sigma^-1 alpha");
            for (int i = rank; i < l; i++) {
                for (int cc = 0; cc < rank; cc++) {
                    seBeta[i][cc] = Math.sqrt(mat1[i - rank][i - rank] * mat2[cc][cc]);
                }
            }
        }
        double[][] last = new double[lagDifferences + 1][kk];
        int n = data[0].length;
        for (int i = 0; i <= lagDifferences; i++) {
            for (int j = 0; j < kk; j++) {
                last[i][j] = data[j][n - lagDifferences - 1 + i];
            }
        }
        return new VecmFit(this, seriesNames, eig.values(), alpha, beta, gammaFull, sigma, llf, t, n, seAlpha, seBeta,
                seGamma, last);
    }

    /**
     * Returns a description such as {@code VECM(k_ar_diff=2, rank=1, deterministic=co)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "VECM(k_ar_diff=" + lagDifferences + ", rank=" + rank + ", deterministic=" + deterministic.code() + ")";
    }
}
