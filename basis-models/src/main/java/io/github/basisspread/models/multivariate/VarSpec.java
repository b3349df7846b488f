package io.github.basisspread.models.multivariate;

import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import java.util.ArrayList;
import java.util.List;

/**
 * The vector autoregression {@code y_t = c + d t + A_1 y_{t-1} + ... + A_p y_{t-p} + u_t} of K
 * series, by least squares equation by equation (which is maximum likelihood for a Gaussian VAR;
 * Luetkepohl 2005, sec. 3.2-3.4), with the lag order given or selected by AIC, BIC, HQ or FPE
 * ({@link #selectOrder}, statsmodels' {@code select_order} conventions).
 *
 * <p>As statsmodels' {@code VAR(data).fit(p, trend)} (0.13): the coefficients are
 * {@code (Z'Z)^-1 Z'Y}; Sigma divides by {@code T - Kp - d} (its {@code sigma_u}; the
 * maximum-likelihood {@code sigma_u_mle} divides by T); the log-likelihood uses the
 * maximum-likelihood Sigma; standard errors are {@code sqrt(diag((Z'Z)^-1 (x) Sigma))};
 * forecast intervals and orthogonalised impulse responses use {@code sigma_u}. The moments come
 * from one streaming Householder QR of {@code [Z | Y]}.
 *
 * <p>An immutable specification, thread-safe.
 */
public final class VarSpec implements Estimator<double[][], VarFit> {

    private final int lags;
    private final LagCriterion criterion;
    private final VarTrend trend;
    private final List<String> names;

    private VarSpec(int lags, LagCriterion criterion, VarTrend trend, List<String> names) {
        this.lags = lags;
        this.criterion = criterion;
        this.trend = trend;
        this.names = names;
    }

    /**
     * A VAR(p) with a constant (statsmodels' default trend {@code "c"}).
     *
     * @param lags p, at least 1
     * @return the specification
     * @throws IllegalArgumentException if p is below 1
     */
    public static VarSpec of(int lags) {
        if (lags < 1) {
            throw new IllegalArgumentException("Argument 'lags' must be at least 1 but has value " + lags);
        }
        return new VarSpec(lags, null, VarTrend.CONSTANT, null);
    }

    /**
     * A VAR whose order is chosen at fit time by a criterion among the orders up to maxLags, then
     * fitted on the whole sample (statsmodels' {@code VAR.fit(maxlags, ic=...)}).
     *
     * @param criterion the criterion
     * @param maxLags the largest order considered, at least 1
     * @return the specification
     * @throws IllegalArgumentException if criterion is null or maxLags below 1
     */
    public static VarSpec selectedBy(LagCriterion criterion, int maxLags) {
        if (criterion == null) {
            throw new IllegalArgumentException("Argument 'criterion' must not be null but has value null");
        }
        if (maxLags < 1) {
            throw new IllegalArgumentException("Argument 'maxLags' must be at least 1 but has value " + maxLags);
        }
        return new VarSpec(maxLags, criterion, VarTrend.CONSTANT, null);
    }

    /**
     * Returns this specification with other deterministic terms.
     *
     * @param terms the terms
     * @return a new specification
     * @throws IllegalArgumentException if terms is null
     */
    public VarSpec withTrend(VarTrend terms) {
        if (terms == null) {
            throw new IllegalArgumentException("Argument 'trend' must not be null but has value null");
        }
        return new VarSpec(lags, criterion, terms, names);
    }

    /**
     * Returns this specification with names for the series (y1..yK otherwise).
     *
     * @param seriesNames one name per series, distinct
     * @return a new specification
     * @throws IllegalArgumentException if a name is null, blank or repeated
     */
    public VarSpec withNames(List<String> seriesNames) {
        return new VarSpec(lags, criterion, trend, Dense.checkNames(seriesNames));
    }

    /**
     * Returns the deterministic terms.
     *
     * @return the trend
     */
    public VarTrend trend() {
        return trend;
    }

    /**
     * Fits the VAR (after selecting its order when the specification asks for it).
     *
     * @param data the K series, {@code data[j]} of length n (not modified)
     * @return the fit
     * @throws IllegalArgumentException if data is null, holds fewer than 2 series, series of
     *     different lengths, a non-finite or constant series, or too few observations
     * @throws EstimationException if the regressors are collinear
     */
    @Override
    public VarFit fit(double[][] data) {
        int p = lags;
        LagOrderSelection selection = null;
        if (criterion != null) {
            selection = selectOrder(data, lags, trend);
            p = selection.selected(criterion);
        }
        return estimate(data, p, 0, trend, names, selection);
    }

    /**
     * Computes the four criteria for every order up to maxLags on a common sample (statsmodels'
     * {@code VAR(data).select_order(maxlags, trend)}): orders from 0 (1 without deterministic
     * terms), each fitted to observations maxLags+1..n.
     *
     * @param data the K series (not modified)
     * @param maxLags the largest order, at least 1, at most {@code (n - K - d) / (K + 1)}
     * @param trend the deterministic terms
     * @return the criteria and the orders they select
     * @throws IllegalArgumentException if the data are bad or maxLags is out of range
     */
    public static LagOrderSelection selectOrder(double[][] data, int maxLags, VarTrend trend) {
        int n = Dense.checkSeries(data);
        if (trend == null) {
            throw new IllegalArgumentException("Argument 'trend' must not be null but has value null");
        }
        int kk = data.length;
        int maxEstimable = (n - kk - trend.terms()) / (1 + kk);
        if (maxLags < 1 || maxLags > maxEstimable) {
            throw new IllegalArgumentException("Argument 'maxLags' must be in 1.." + maxEstimable + " for " + kk
                    + " series of length " + n + " but has value " + maxLags);
        }
        int minLag = trend == VarTrend.NONE ? 1 : 0;
        double[][] values = new double[LagCriterion.values().length][maxLags - minLag + 1];
        for (int p = minLag; p <= maxLags; p++) {
            VarFit fit = estimate(data, p, maxLags - p, trend, null, null);
            double[] ic = fit.lutkepohlCriteria();
            for (int c = 0; c < ic.length; c++) {
                values[c][p - minLag] = ic[c];
            }
        }
        return new LagOrderSelection(minLag, values);
    }

    private static VarFit estimate(double[][] data, int p, int offset, VarTrend trend, List<String> givenNames,
            LagOrderSelection selection) {
        int n = Dense.checkSeries(data) - offset;
        int kk = data.length;
        List<String> seriesNames = Dense.names(givenNames, kk);
        int d = trend.terms();
        int mz = d + kk * p;
        int needed = p + mz + 1;
        if (n < needed) {
            throw new IllegalArgumentException("Argument 'data' must have at least " + (needed + offset)
                    + " observations for " + kk + " series with " + p + " lags and trend \"" + trend.code()
                    + "\" but has length " + (n + offset));
        }
        int t = n - p;
        double[][] columns = new double[mz + kk][t];
        List<String> labels = new ArrayList<>();
        int c = 0;
        if (d >= 1) {
            java.util.Arrays.fill(columns[c++], 1.0);
            labels.add("const");
        }
        if (d >= 2) {
            double[] col = columns[c++];
            for (int s = 0; s < t; s++) {
                col[s] = s + 1 + p;
            }
            labels.add("trend");
        }
        for (int lag = 1; lag <= p; lag++) {
            for (int j = 0; j < kk; j++) {
                System.arraycopy(data[j], offset + p - lag, columns[c++], 0, t);
                labels.add("L" + lag + "." + seriesNames.get(j));
            }
        }
        for (int j = 0; j < kk; j++) {
            System.arraycopy(data[j], offset + p, columns[c++], 0, t);
            labels.add(seriesNames.get(j));
        }
        double[][] r = Dense.triangularFactor(columns, labels, "VAR");
        double[][] rzz = Dense.block(r, 0, mz, 0, mz);
        double[][] coefficients = Dense.solveUpper(rzz, Dense.block(r, 0, mz, mz, mz + kk)); // mz x K
        double[][] ryy = Dense.block(r, mz, mz + kk, mz, mz + kk);
        double[][] sse = Dense.symmetrise(Dense.multiply(Dense.transpose(ryy), ryy));
        double[][] zzInv = Dense.inverseGram(rzz);
        double[][] last = new double[p][kk];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < kk; j++) {
                last[i][j] = data[j][offset + n - p + i];
            }
        }
        return new VarFit(seriesNames, p, trend, coefficients, sse, zzInv, t, n, last, labels.subList(0, mz),
                selection);
    }

    /**
     * Returns a description such as {@code VAR(2, trend=c)} or {@code VAR(aic <= 8, trend=c)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "VAR(" + (criterion == null ? String.valueOf(lags) : criterion.name().toLowerCase(java.util.Locale.ROOT)
                + " <= " + lags) + ", trend=" + trend.code() + ")";
    }
}
