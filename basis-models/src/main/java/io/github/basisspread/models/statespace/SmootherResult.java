package io.github.basisspread.models.statespace;

/**
 * The output of the fixed-interval smoother: smoothed states and disturbances with their
 * (co)variances, all conditional on the whole sample, plus the filter output it was built on.
 *
 * <p>Immutable and thread-safe: arrays are copied out.
 */
public final class SmootherResult {

    private final FilterResult filter;
    private final int m;
    private final int p;
    private final int r;
    private final double[] state;
    private final double[] cov;
    private final double[] eta;
    private final double[] etaCov;
    private final double[] eps;
    private final double[] epsVar;

    SmootherResult(FilterResult filter, double[] state, double[] cov, double[] eta, double[] etaCov, double[] eps,
            double[] epsVar) {
        this.filter = filter;
        this.m = filter.model().stateDimension();
        this.p = filter.model().observationDimension();
        this.r = filter.model().disturbanceDimension();
        this.state = state;
        this.cov = cov;
        this.eta = eta;
        this.etaCov = etaCov;
        this.eps = eps;
        this.epsVar = epsVar;
    }

    /** @return the filter output the smoother ran on */
    public FilterResult filter() {
        return filter;
    }

    /** @return n, the number of periods */
    public int size() {
        return filter.size();
    }

    /**
     * The smoothed state {@code E[a_t | y_0..y_{n-1}]}.
     *
     * @param t the period, 0..n-1
     * @return a new array of length m
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] smoothedState(int t) {
        check(t);
        return FilterResult.slice(state, t * m, m);
    }

    /**
     * The covariance of the smoothed state.
     *
     * @param t the period, 0..n-1
     * @return a new m x m array
     * @throws IllegalArgumentException if t is out of range
     */
    public double[][] smoothedStateCovariance(int t) {
        check(t);
        return Matrices.unflatten(cov, t * m * m, m, m);
    }

    /**
     * The smoothed state disturbance {@code E[n_t | y]} (the disturbance that carries the state
     * from t to t + 1).
     *
     * @param t the period, 0..n-1
     * @return a new array of length r
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] smoothedStateDisturbance(int t) {
        check(t);
        return FilterResult.slice(eta, t * r, r);
    }

    /**
     * The covariance of the state disturbance given the sample.
     *
     * @param t the period, 0..n-1
     * @return a new r x r array
     * @throws IllegalArgumentException if t is out of range
     */
    public double[][] smoothedStateDisturbanceCovariance(int t) {
        check(t);
        return Matrices.unflatten(etaCov, t * r * r, r, r);
    }

    /**
     * The smoothed observation disturbance {@code E[e_t | y]} (0 for a missing element).
     *
     * @param t the period, 0..n-1
     * @return a new array of length p
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] smoothedObservationDisturbance(int t) {
        check(t);
        return FilterResult.slice(eps, t * p, p);
    }

    /**
     * The variances of the observation disturbances given the sample (H for a missing element).
     *
     * @param t the period, 0..n-1
     * @return a new array of length p
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] smoothedObservationDisturbanceVariance(int t) {
        check(t);
        return FilterResult.slice(epsVar, t * p, p);
    }

    private void check(int t) {
        if (t < 0 || t >= size()) {
            throw new IllegalArgumentException("Argument 't' must be in [0, " + size() + ") but has value " + t);
        }
    }
}
