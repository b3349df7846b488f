package io.github.basisspread.models.statespace;

import io.github.basisspread.models.linalg.KalmanKernels;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The Kalman filter for live use: {@link #update(double)} takes one observation in constant
 * time with no allocation, and the filtered state, its covariance and the running
 * log-likelihood can be read at any moment. Same recursion as {@link KalmanFilter} (univariate
 * treatment, exact diffuse start). A time-varying model is followed period by period (its
 * matrices for the next period are looked up, not copied) until the periods it covers run out;
 * the steady-state shortcut is used for time-invariant models only. The observation covariance
 * must be diagonal (a correlated H would need its rotation per period, left to the batch filter).
 *
 * <p><b>Not thread-safe</b>: one instance belongs to one thread (or is guarded by the caller).
 * Reading methods that return arrays allocate; {@link #filteredState(int)} and
 * {@link #filteredCovariance(int, int)} do not.
 */
public final class StreamingKalmanFilter {

    private final StateSpaceModel model;
    private final boolean timeInvariant;
    private final int m;
    private final int p;
    private double[] z;
    private double[] d;
    private double[] h;
    private double[] tt;
    private double[] c;
    private double[] w;
    // predicted state and covariances (for the next observation)
    private final double[] a;
    private final double[] ps;
    private final double[] pi;
    // filtered state and covariance (after the last observation)
    private final double[] af;
    private final double[] pf;
    private final double[] ms;
    private final double[] mi;
    private final double[] tmp;
    private boolean diffuse;
    private int diffuseRank;
    private long count;
    private double sumLogF;
    private double sumV2F;
    private long nEff;
    private boolean steady;
    private boolean allObserved;
    private final double[] prevPs;
    private final double[] ssK;
    private final double[] ssF;
    private final double[] ssLogF;
    private double lastInnovation = Double.NaN;
    private double lastInnovationVariance = Double.NaN;

    private StreamingKalmanFilter(StateSpaceModel model) {
        this.model = model;
        this.m = model.stateDimension();
        this.p = model.observationDimension();
        this.timeInvariant = model.isTimeInvariant();
        this.z = model.zAt(0);
        this.d = model.dAt(0);
        this.h = model.hAt(0);
        this.tt = model.tAt(0);
        this.c = model.cAt(0);
        this.w = model.rqrAt(0);
        StateSpaceModel.InitialMoments init = model.initialMoments();
        this.a = init.mean();
        this.ps = init.knownCovariance();
        this.pi = init.diffuseCovariance();
        this.af = a.clone();
        this.pf = ps.clone();
        this.ms = new double[m];
        this.mi = new double[m];
        this.tmp = new double[m * m];
        this.prevPs = new double[m * m];
        this.ssK = new double[p * m];
        this.ssF = new double[p];
        this.ssLogF = new double[p];
        for (double x : pi) {
            diffuse |= x != 0;
        }
        diffuseRank = diffuse ? KalmanEngine.rank(pi, m) : 0;
    }

    /**
     * A streaming filter at the start of the model's initialisation.
     *
     * @param model the model (time-invariant, or time-varying over the periods it covers)
     * @return the filter
     * @throws IllegalArgumentException if the model is null or has a non-diagonal H
     */
    public static StreamingKalmanFilter of(StateSpaceModel model) {
        ArgChecker.notNull(model, "model");
        if (!model.hasDiagonalObservationCovariance()) {
            throw new IllegalArgumentException("Argument 'model' must have a diagonal observation covariance for"
                    + " streaming but has H = " + java.util.Arrays.deepToString(model.observationCovariance(0)));
        }
        return new StreamingKalmanFilter(model);
    }

    /** @return the model */
    public StateSpaceModel model() {
        return model;
    }

    /**
     * Takes the next observation of a single-series model (NaN = missing). No allocation.
     *
     * @param y the observation
     * @throws IllegalArgumentException if the model has more than one series or y is infinite
     */
    public void update(double y) {
        if (p != 1) {
            throw new IllegalArgumentException("Argument 'y' must be a vector of " + p + " values for this model");
        }
        if (Double.isInfinite(y)) {
            throw new IllegalArgumentException("Argument 'y' must be finite or NaN but has value " + y);
        }
        loadPeriod();
        if (steady && y == y) {
            steadyElement(0, y);
            steadyPeriod();
            return;
        }
        startPeriod();
        element(0, y);
        finishPeriod();
    }

    /**
     * Takes the next observation vector (NaN elements = missing). No allocation.
     *
     * @param y the observations, length p (not modified)
     * @throws IllegalArgumentException if the length is not p or a value is infinite
     */
    public void update(double[] y) {
        if (y == null || y.length != p) {
            throw new IllegalArgumentException("Argument 'y' must have length " + p + " but has "
                    + (y == null ? "null" : y.length));
        }
        for (int i = 0; i < p; i++) {
            if (Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("Argument 'y' must be finite or NaN but element " + i + " is " + y[i]);
            }
        }
        loadPeriod();
        boolean full = true;
        for (int i = 0; i < p; i++) {
            full &= !Double.isNaN(y[i]);
        }
        if (steady && full) {
            for (int i = 0; i < p; i++) {
                steadyElement(i, y[i]);
            }
            steadyPeriod();
            return;
        }
        startPeriod();
        for (int i = 0; i < p; i++) {
            element(i, y[i]);
        }
        finishPeriod();
    }

    /** Points the system matrices at the coming period's (time-varying models only; no copy). */
    private void loadPeriod() {
        if (timeInvariant) {
            return;
        }
        if (count >= model.timeVaryingLength()) {
            throw new IllegalArgumentException("Argument 'y' is beyond the " + model.timeVaryingLength()
                    + " periods the time-varying model covers");
        }
        int k = (int) count;
        z = model.zAt(k);
        d = model.dAt(k);
        h = model.hAt(k);
        tt = model.tAt(k);
        c = model.cAt(k);
        w = model.rqrAt(k);
    }

    private void startPeriod() {
        steady = false;
        allObserved = true;
        System.arraycopy(ps, 0, prevPs, 0, m * m);
    }

    /** Steady state: K_i and F_i are fixed, only the mean moves (as in the batch filter). */
    private void steadyElement(int i, double yi) {
        int zo = i * m;
        double vi = yi - d[i];
        for (int j = 0; j < m; j++) {
            vi -= z[zo + j] * a[j];
        }
        double f = ssF[i];
        lastInnovation = vi;
        lastInnovationVariance = f;
        if (f > 0) {
            for (int j = 0; j < m; j++) {
                a[j] += ssK[zo + j] * vi;
            }
            sumLogF += ssLogF[i];
            sumV2F += vi * vi / f;
            nEff++;
        }
    }

    private void steadyPeriod() {
        count++;
        System.arraycopy(a, 0, af, 0, m);
        for (int j = 0; j < m; j++) {
            double s = c[j];
            for (int k = 0; k < m; k++) {
                s += tt[j * m + k] * af[k];
            }
            a[j] = s;
        }
    }

    private void element(int i, double yi) {
        if (Double.isNaN(yi)) {
            lastInnovation = Double.NaN;
            lastInnovationVariance = Double.NaN;
            allObserved = false;
            ssF[i] = 0;
            return;
        }
        int zo = i * m;
        double f = h[i];
        double vi = yi - d[i];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int k = 0; k < m; k++) {
                s += ps[j * m + k] * z[zo + k];
            }
            ms[j] = s;
            f += z[zo + j] * s;
            vi -= z[zo + j] * a[j];
        }
        lastInnovation = vi;
        lastInnovationVariance = f;
        ssF[i] = f;
        ssLogF[i] = f > 0 ? Math.log(f) : 0;
        for (int j = 0; j < m; j++) {
            ssK[zo + j] = f > 0 ? ms[j] / f : 0;
        }
        double finf = 0;
        double zz = 0;
        double maxPi = 0;
        if (diffuse) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += pi[j * m + k] * z[zo + k];
                    maxPi = Math.max(maxPi, Math.abs(pi[j * m + k]));
                }
                mi[j] = s;
                finf += z[zo + j] * s;
                zz += z[zo + j] * z[zo + j];
            }
        }
        if (diffuse && finf > KalmanKernels.DIFFUSE_TOL * Math.max(1.0, zz * maxPi)) {
            // Exact diffuse update (Durbin and Koopman 2012, sec. 5.2), as in KalmanFilter.
            KalmanKernels.diffuseUpdate(a, ps, pi, ms, mi, vi, f, finf, m);
            diffuseRank--;
        } else if (f > 0) {
            KalmanKernels.standardUpdate(a, ps, ms, vi, f, m);
            sumLogF += Math.log(f);
            sumV2F += vi * vi * (1.0 / f);
            nEff++;
        }
    }

    private void finishPeriod() {
        boolean diffuseAtStart = diffuse;
        count++;
        System.arraycopy(a, 0, af, 0, m);
        System.arraycopy(ps, 0, pf, 0, m * m);
        if (diffuse) {
            double max = 0;
            for (double x : pi) {
                max = Math.max(max, Math.abs(x));
            }
            if (diffuseRank <= 0 || max <= KalmanKernels.DIFFUSE_TOL) {
                diffuse = false;
                java.util.Arrays.fill(pi, 0);
            }
        }
        for (int j = 0; j < m; j++) {
            double s = c[j];
            for (int k = 0; k < m; k++) {
                s += tt[j * m + k] * af[k];
            }
            a[j] = s;
        }
        predict(ps, w);
        if (diffuse) {
            predict(pi, null);
        } else if (timeInvariant && allObserved && !diffuseAtStart) {
            steady = KalmanKernels.steady(prevPs, ps, m * m);
        }
    }

    private void predict(double[] pm, double[] add) {
        KalmanKernels.predictCovariance(pm, tt, add, tmp, m);
    }

    /** @return the number of periods taken */
    public long count() {
        return count;
    }

    /** @return true while some state is still diffuse */
    public boolean isDiffuse() {
        return diffuse;
    }

    /**
     * One element of the filtered state after the last update. No allocation.
     *
     * @param i the state index
     * @return the value
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public double filteredState(int i) {
        return af[i];
    }

    /**
     * One element of the filtered covariance after the last update (its finite part while diffuse).
     * No allocation.
     *
     * @param i the row
     * @param j the column
     * @return the value
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double filteredCovariance(int i, int j) {
        if (i < 0 || j < 0 || i >= m || j >= m) {
            throw new IndexOutOfBoundsException("state index (" + i + "," + j + ") outside " + m + " x " + m);
        }
        return pf[i * m + j];
    }

    /** @return a new array, the predicted state for the next period */
    public double[] predictedState() {
        return a.clone();
    }

    /** @return the innovation of the last observed element (NaN if it was missing) */
    public double lastInnovation() {
        return lastInnovation;
    }

    /** @return the innovation variance of the last observed element (NaN if it was missing) */
    public double lastInnovationVariance() {
        return lastInnovationVariance;
    }

    /** @return the exact log-likelihood so far, diffuse observations excluded (as {@link FilterResult#logLikelihood()}) */
    public double logLikelihood() {
        return -0.5 * (nEff * KalmanKernels.LOG_2PI + sumLogF + sumV2F);
    }
}
