package io.github.basisspread.models.regression;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.api.ModelSummary;
import java.util.List;

/**
 * The coefficients and standard errors of every window of a {@link RollingOls}.
 *
 * <p>Window {@code w} covers observations {@code [windowStart(w), windowEnd(w))}; for a fixed
 * window that is {@code [w, w + size)}, for an expanding one {@code [0, minimumSize + w)}.
 *
 * <p>As a {@link FittedModel} it is the fit of the latest window, the one a forecast or a hedge
 * uses now: {@link #estimates()}, {@link #standardErrors()}, {@link #logLikelihood()} and
 * {@link #nobs()} are those of window {@code size() - 1}, the same numbers as an {@link OlsSpec}
 * fit (classical covariance) of that window; the parameter count is the number of coefficients,
 * as for {@link OlsFit}.
 * Immutable and thread-safe; arrays returned are copies.
 */
public final class RollingOlsResult implements FittedModel {

    private final List<String> names;
    private final int p;
    private final int[] starts;
    private final int firstLength;
    private final boolean expanding;
    private final double[] coefficients;
    private final double[] standardErrors;
    private final double[] ssr;

    RollingOlsResult(List<String> names, int p, int[] starts, int firstLength, boolean expanding,
            double[] coefficients, double[] standardErrors, double[] ssr) {
        this.names = List.copyOf(names);
        this.p = p;
        this.starts = starts;
        this.firstLength = firstLength;
        this.expanding = expanding;
        this.coefficients = coefficients;
        this.standardErrors = standardErrors;
        this.ssr = ssr;
    }

    /**
     * Returns the number of windows.
     *
     * @return the number of windows
     */
    public int size() {
        return starts.length;
    }

    /**
     * Returns the coefficient names.
     *
     * @return the names, an immutable list
     */
    public List<String> parameterNames() {
        return names;
    }

    /**
     * Returns whether the windows expand.
     *
     * @return true for expanding windows
     */
    public boolean isExpanding() {
        return expanding;
    }

    /**
     * Returns the first observation of a window.
     *
     * @param w the window index
     * @return the first observation index, inclusive
     * @throws IndexOutOfBoundsException if w is out of range
     */
    public int windowStart(int w) {
        return starts[w];
    }

    /**
     * Returns the end of a window.
     *
     * @param w the window index
     * @return the last observation index plus one
     * @throws IndexOutOfBoundsException if w is out of range
     */
    public int windowEnd(int w) {
        check(w);
        return firstLength + w;
    }

    /**
     * Returns a window's coefficients.
     *
     * @param w the window index
     * @return a copy of its coefficients
     * @throws IndexOutOfBoundsException if w is out of range
     */
    public double[] coefficients(int w) {
        check(w);
        double[] out = new double[p];
        System.arraycopy(coefficients, w * p, out, 0, p);
        return out;
    }

    /**
     * Returns a window's classical standard errors.
     *
     * @param w the window index
     * @return a copy of its standard errors
     * @throws IndexOutOfBoundsException if w is out of range
     */
    public double[] standardErrors(int w) {
        check(w);
        double[] out = new double[p];
        System.arraycopy(standardErrors, w * p, out, 0, p);
        return out;
    }

    /**
     * Returns one coefficient across all windows.
     *
     * @param name the coefficient name
     * @return its value in each window
     * @throws IllegalArgumentException if there is no such coefficient
     */
    public double[] coefficientSeries(String name) {
        int j = indexOf(name);
        double[] out = new double[size()];
        for (int w = 0; w < out.length; w++) {
            out[w] = coefficients[w * p + j];
        }
        return out;
    }

    /**
     * Returns one coefficient's standard error across all windows.
     *
     * @param name the coefficient name
     * @return its standard error in each window
     * @throws IllegalArgumentException if there is no such coefficient
     */
    public double[] standardErrorSeries(String name) {
        int j = indexOf(name);
        double[] out = new double[size()];
        for (int w = 0; w < out.length; w++) {
            out[w] = standardErrors[w * p + j];
        }
        return out;
    }

    /**
     * Returns each window's sum of squared residuals.
     *
     * @return a copy of the sums of squared residuals
     */
    public double[] sumOfSquaredResiduals() {
        return ssr.clone();
    }

    private int indexOf(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("Argument 'name' must be one of " + names + " but has value '" + name
                    + "'");
        }
        return j;
    }

    private void check(int w) {
        if (w < 0 || w >= starts.length) {
            throw new IndexOutOfBoundsException("Window " + w + " out of range [0, " + starts.length + ")");
        }
    }

    /**
     * The coefficients of the latest window.
     *
     * @return a copy of {@code coefficients(size() - 1)}
     */
    @Override
    public double[] estimates() {
        return coefficients(size() - 1);
    }

    /**
     * The classical standard errors of the latest window.
     *
     * @return a copy of {@code standardErrors(size() - 1)}
     */
    @Override
    public double[] standardErrors() {
        return standardErrors(size() - 1);
    }

    /**
     * The Gaussian log-likelihood of the latest window's regression,
     * {@code -m/2 (ln(2 pi) + ln(SSR/m) + 1)} over its {@code m} observations (statsmodels'
     * {@code llf}); positive infinity for a perfect fit.
     *
     * @return the log-likelihood of the latest window
     */
    @Override
    public double logLikelihood() {
        double m = nobs();
        double last = ssr[ssr.length - 1];
        if (last == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return -m / 2 * (Math.log(2 * Math.PI) + Math.log(last / m) + 1);
    }

    /**
     * The number of observations of the latest window.
     *
     * @return {@code windowEnd(size() - 1) - windowStart(size() - 1)}
     */
    @Override
    public int nobs() {
        return windowEnd(size() - 1) - windowStart(size() - 1);
    }

    /**
     * The number of coefficients, as {@link OlsFit} counts them for its information criteria.
     *
     * @return the number of coefficients
     */
    @Override
    public int numberOfParameters() {
        return p;
    }

    /**
     * Closed form: every window is solved exactly.
     *
     * @return {@link ConvergenceInfo#closedForm()}
     */
    @Override
    public ConvergenceInfo convergence() {
        return ConvergenceInfo.closedForm();
    }

    /**
     * The summary of the latest window (its coefficients with classical standard errors and t
     * statistics, its log-likelihood, AIC, BIC and nobs), with the number and kind of windows.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        int last = size() - 1;
        int df = nobs() - p;
        ModelSummary s = ModelSummary.of((expanding ? "Expanding" : "Rolling") + " OLS, latest of " + size()
                + " windows").withFact("latest window", "observations " + windowStart(last) + " to "
                        + (windowEnd(last) - 1));
        s = df > 0 ? s.withCoefficients(names, estimates(), standardErrors(), df)
                : s.withCoefficients(names, estimates(), standardErrors());
        return s.withFitStatistics(this);
    }

    /** @return the summary on one line */
    @Override
    public String toString() {
        return summary().oneLine();
    }
}
