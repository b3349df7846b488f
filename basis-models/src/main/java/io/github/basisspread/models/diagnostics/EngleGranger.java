package io.github.basisspread.models.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The Engle-Granger (1987) two-step test of cointegration.
 *
 * <p>Step 1 regresses y on the other series and the deterministic terms by least squares. Step 2
 * runs an augmented Dickey-Fuller regression without deterministic terms on the residuals; its
 * tau statistic is judged against MacKinnon's response surfaces for N series: p-values from
 * MacKinnon (1994, N &lt;= 6) and critical values from MacKinnon (2010) at T = n - 1. This is
 * statsmodels' {@code coint(y0, y1, trend, method="aeg", maxlag, autolag)}; by default the lag is
 * chosen by AIC up to Schwert's maximum.
 *
 * <p>For a basis: y is the future, x the spot; cointegration with coefficient near 1 means the
 * basis mean-reverts. An immutable specification, thread-safe: {@link #of()} or
 * {@link #of(Deterministic)}, then {@code with...} copies.
 */
public final class EngleGranger implements HypothesisTest<double[][], EngleGrangerResult> {

    private final Deterministic deterministic;
    private final LagSelection lagSelection;
    private final OptionalInt maxLag;

    private EngleGranger(Deterministic deterministic, LagSelection lagSelection, OptionalInt maxLag) {
        this.deterministic = deterministic;
        this.lagSelection = lagSelection;
        this.maxLag = maxLag;
    }

    /**
     * The test with a constant in the cointegrating regression and AIC lag selection.
     *
     * @return the default test
     */
    public static EngleGranger of() {
        return new EngleGranger(Deterministic.CONSTANT, LagSelection.AIC, OptionalInt.empty());
    }

    /**
     * The test with the given deterministic terms and AIC lag selection.
     *
     * @param deterministic the terms of the cointegrating regression
     * @return the test
     * @throws IllegalArgumentException if the argument is null
     */
    public static EngleGranger of(Deterministic deterministic) {
        return new EngleGranger(Checks.notNull(deterministic, "deterministic"), LagSelection.AIC,
                OptionalInt.empty());
    }

    /**
     * Returns a copy with other deterministic terms in the cointegrating regression.
     *
     * @param deterministic the terms
     * @return the modified test
     * @throws IllegalArgumentException if the argument is null
     */
    public EngleGranger withDeterministic(Deterministic deterministic) {
        return new EngleGranger(Checks.notNull(deterministic, "deterministic"), lagSelection, maxLag);
    }

    /**
     * Returns a copy with another lag-selection rule for the residual ADF regression.
     *
     * @param lagSelection the rule
     * @return the modified test
     * @throws IllegalArgumentException if the argument is null
     */
    public EngleGranger withLagSelection(LagSelection lagSelection) {
        return new EngleGranger(deterministic, Checks.notNull(lagSelection, "lagSelection"), maxLag);
    }

    /**
     * Returns a copy with an explicit maximum lag.
     *
     * @param maxLag the maximum lag, zero or more
     * @return the modified test
     * @throws IllegalArgumentException if maxLag is negative
     */
    public EngleGranger withMaxLag(int maxLag) {
        return new EngleGranger(deterministic, lagSelection, OptionalInt.of(Checks.nonNegative(maxLag, "maxLag")));
    }

    /**
     * Returns the deterministic terms of the cointegrating regression.
     *
     * @return the terms
     */
    public Deterministic deterministic() {
        return deterministic;
    }

    /**
     * Returns the lag-selection rule of the residual ADF regression.
     *
     * @return the rule
     */
    public LagSelection lagSelection() {
        return lagSelection;
    }

    /**
     * Returns the explicit maximum lag, empty for Schwert's rule.
     *
     * @return the maximum lag
     */
    public OptionalInt maxLag() {
        return maxLag;
    }

    /**
     * Runs the test of the first series against the others (statsmodels' {@code coint(y0, y1)}
     * with {@code y0 = series[0]}); the same test as {@link #test(double[], double[]...)}.
     *
     * @param series the dependent series, then 1 to 5 others, all of one length (not modified)
     * @return the result
     * @throws IllegalArgumentException if fewer than 2 series are given, or as
     *     {@link #test(double[], double[]...)}
     */
    @Override
    public EngleGrangerResult test(double[][] series) {
        Checks.notNull(series, "series");
        if (series.length < 2) {
            throw new IllegalArgumentException("Argument 'series' must hold the dependent series and at least"
                    + " one other but has " + series.length);
        }
        return test(series[0], java.util.Arrays.copyOfRange(series, 1, series.length));
    }

    /**
     * Runs the test of y against one or more other series.
     *
     * @param y the dependent series (not modified)
     * @param x the other series, each as long as y, 1 to 5 of them (not modified)
     * @return the result
     * @throws IllegalArgumentException on null, missing or infinite values, constant series,
     *     mismatched lengths, more than 6 series in all, too short a sample, or perfectly
     *     collinear series
     */
    public EngleGrangerResult test(double[] y, double[]... x) {
        Checks.series(y, "y");
        Checks.notConstant(y, "y");
        Checks.notNull(x, "x");
        if (x.length < 1 || x.length + 1 > MacKinnon.MAX_SERIES_PVALUE) {
            throw new IllegalArgumentException("Argument 'x' must hold between 1 and "
                    + (MacKinnon.MAX_SERIES_PVALUE - 1) + " series (MacKinnon 1994 covers at most "
                    + MacKinnon.MAX_SERIES_PVALUE + " in all) but has " + x.length);
        }
        int n = y.length;
        for (int j = 0; j < x.length; j++) {
            String name = "x[" + j + "]";
            Checks.series(x[j], name);
            Checks.sameLength(x[j], name, n, "y");
            Checks.notConstant(x[j], name);
        }
        int k = x.length + 1;
        if (n < 2 * k + deterministic.termCount() + 4) {
            throw new IllegalArgumentException("Argument 'y' must have at least " + (2 * k + deterministic.termCount() + 4)
                    + " observations for an Engle-Granger test of " + k + " series with " + deterministic
                    + " but has length " + n);
        }
        LeastSquares.Fit first = LeastSquares.fit(y, deterministic.appendTo(x, n));
        double[] e = first.residuals();
        // statsmodels refuses (returns -inf) when R^2 >= 1 - 100 sqrt(eps): y is an exact combination.
        double tss = 0;
        double mean = 0;
        if (deterministic != Deterministic.NONE) {
            for (double v : y) {
                mean += v;
            }
            mean /= n;
        }
        for (double v : y) {
            tss += (v - mean) * (v - mean);
        }
        double rSquared = 1 - first.ssr() / tss;
        if (!(rSquared < 1 - 100 * Math.sqrt(Math.ulp(1.0)))) {
            throw new IllegalArgumentException("Argument 'y' must not be an exact linear combination of 'x' "
                    + "(perfectly collinear, the test is undefined) but has R^2 = " + rSquared);
        }
        AugmentedDickeyFuller.Raw adf = AugmentedDickeyFuller.run(e, "y", Deterministic.NONE, lagSelection, maxLag);
        double p = MacKinnon.pValue(adf.statistic(), deterministic, k);
        CriticalValues crit = MacKinnon.hasCriticalValues(k, deterministic)
                ? Levels.mackinnon(MacKinnon.criticalValues(k, deterministic, n - 1))
                : CriticalValues.none();
        List<Double> beta = new ArrayList<>();
        for (double b : first.coefficients()) {
            beta.add(b);
        }
        return new EngleGrangerResult(adf.statistic(), p, crit, adf.lag(), adf.nobs(), k, deterministic, beta);
    }
}
