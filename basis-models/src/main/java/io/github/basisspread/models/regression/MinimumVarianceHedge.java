package io.github.basisspread.models.regression;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;

/**
 * The minimum-variance hedge of a spot position with a derivative (a dated future or a
 * perpetual), static over a sample or rolling over a window.
 *
 * <p>For a one-period hedge of one unit of spot with {@code h} units of the hedge instrument sold,
 * the hedged P&amp;L is {@code dS - h dF}; its variance is minimal at
 * {@code h* = Cov(dS, dF) / Var(dF)} (Johnson 1960; Ederington 1979, J. Finance 34), the slope
 * of the regression of {@code dS} on {@code dF} with an intercept. Its R-squared is the hedge
 * effectiveness, the fraction of the spot variance removed; what remains,
 * {@code sd(dS - h* dF) = sqrt(SSR / (n - 1))}, is the basis risk of the hedged position.
 *
 * <p><b>Changes, not levels.</b> Regress price changes or returns, never price levels. Prices are
 * integrated (close to random walks): a regression of one level on another gives a high R-squared
 * and "significant" t statistics even between independent series, a spurious regression (Granger
 * and Newbold 1974, J. Econometrics 2; Phillips 1986), and its slope is not the variance-minimising
 * ratio of a one-period hedge. Levels belong only in a cointegration test (Engle and Granger 1987),
 * whose residual is the basis; the hedge ratio is estimated on changes ({@link HedgeReturns}).
 * Use price changes when the position is a fixed quantity, returns when it is a fixed notional.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinimumVarianceHedge implements Estimator<HedgePrices, HedgeEstimate> {

    private final HedgeReturns returns;

    private MinimumVarianceHedge(HedgeReturns returns) {
        this.returns = returns;
    }

    /**
     * Returns a hedge estimated on the given per-period quantity.
     *
     * @param returns price changes, log returns or simple returns
     * @return the hedge specification
     * @throws IllegalArgumentException if returns is null
     */
    public static MinimumVarianceHedge of(HedgeReturns returns) {
        ArgChecker.notNull(returns, "returns");
        return new MinimumVarianceHedge(returns);
    }

    /**
     * Returns the per-period quantity used.
     *
     * @return the returns kind
     */
    public HedgeReturns returns() {
        return returns;
    }

    /**
     * Estimates the static hedge over the whole sample of prices.
     *
     * @param data the spot and hedge prices
     * @return the estimate
     * @throws IllegalArgumentException as {@link #fit(double[], double[])}, or if data is null
     * @throws io.github.basisspread.models.api.EstimationException if the hedge instrument's
     *     price never changes
     */
    @Override
    public HedgeEstimate fit(HedgePrices data) {
        ArgChecker.notNull(data, "data");
        return fit(data.spotPrices(), data.hedgePrices());
    }

    /**
     * Estimates the static hedge over the whole sample of prices.
     *
     * @param spotPrices the spot prices, positive and finite, in time order
     * @param hedgePrices the hedge instrument's prices at the same times
     * @return the estimate
     * @throws IllegalArgumentException if lengths differ, a price is not positive and finite, or
     *     there are fewer than 4 prices
     * @throws io.github.basisspread.models.api.EstimationException if the hedge instrument's
     *     price never changes
     */
    public HedgeEstimate fit(double[] spotPrices, double[] hedgePrices) {
        double[][] d = changes(spotPrices, hedgePrices, 4);
        OlsFit fit = OlsSpec.of().fit(RegressionData.builder().response("spot", d[0])
                .regressor("hedge", d[1]).build());
        int n = d[0].length;
        double tss = fit.totalSumOfSquares();
        double effectiveness = tss > 0 ? Math.min(1, Math.max(0, fit.rSquared())) : 0;
        return new HedgeEstimate(fit.coefficient("hedge"), fit.standardError("hedge"), effectiveness,
                Math.sqrt(fit.sumOfSquaredResiduals() / (n - 1)), Math.sqrt(tss / (n - 1)), n);
    }

    /**
     * Estimates the static hedge from two price series on the same timestamps.
     *
     * @param spot the spot price series
     * @param hedge the hedge instrument's price series, with the same timestamps
     * @return the estimate
     * @throws IllegalArgumentException if the timestamps differ or a price is missing or invalid
     */
    public HedgeEstimate fit(TimeSeries spot, TimeSeries hedge) {
        return fit(HedgePrices.of(spot, hedge));
    }

    /**
     * Estimates the hedge over a rolling window of periods, by {@link RollingOls} updating.
     *
     * @param spotPrices the spot prices, positive and finite, in time order
     * @param hedgePrices the hedge instrument's prices at the same times
     * @param window the number of periods (changes) per window, at least 3
     * @return the hedge ratio, effectiveness and basis risk of each window
     * @throws IllegalArgumentException if the inputs are invalid or shorter than the window
     */
    public RollingHedge rolling(double[] spotPrices, double[] hedgePrices, int window) {
        if (window < 3) {
            throw new IllegalArgumentException("Argument 'window' must be at least 3 but has value " + window);
        }
        double[][] d = changes(spotPrices, hedgePrices, window + 1);
        RollingOlsResult rolling = RollingOls.of(window).fit(RegressionData.builder().response("spot", d[0])
                .regressor("hedge", d[1]).build());
        int windows = rolling.size();
        double[] ratio = rolling.coefficientSeries("hedge");
        double[] ssr = rolling.sumOfSquaredResiduals();
        double[] effectiveness = new double[windows];
        double[] basisRisk = new double[windows];
        double[] unhedged = new double[windows];
        // sliding mean and sum of squared deviations of dS (Welford 1962, with removal)
        double mean = 0;
        double m2 = 0;
        double[] y = d[0];
        for (int i = 0; i < window; i++) {
            double delta = y[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (y[i] - mean);
        }
        for (int w = 0; w < windows; w++) {
            if (w > 0) {
                double in = y[w + window - 1];
                double out = y[w - 1];
                double oldMean = mean;
                mean += (in - out) / window;
                m2 += (in - out) * (in - mean + out - oldMean);
            }
            double tss = Math.max(m2, 0);
            effectiveness[w] = tss > 0 ? Math.min(1, Math.max(0, 1 - ssr[w] / tss)) : 0;
            basisRisk[w] = Math.sqrt(ssr[w] / (window - 1));
            unhedged[w] = Math.sqrt(tss / (window - 1));
        }
        return new RollingHedge(window, ratio, effectiveness, basisRisk, unhedged);
    }

    private double[][] changes(double[] spot, double[] hedge, int minimumPrices) {
        if (spot == null || hedge == null) {
            throw new IllegalArgumentException("Arguments 'spotPrices' and 'hedgePrices' must not be null");
        }
        if (spot.length != hedge.length) {
            throw new IllegalArgumentException("Argument 'hedgePrices' must have length " + spot.length
                    + " (the length of 'spotPrices') but has length " + hedge.length);
        }
        if (spot.length < minimumPrices) {
            throw new IllegalArgumentException("Argument 'spotPrices' must have at least " + minimumPrices
                    + " prices but has length " + spot.length);
        }
        for (int i = 0; i < spot.length; i++) {
            checkPrice(spot[i], "spotPrices", i);
            checkPrice(hedge[i], "hedgePrices", i);
        }
        int n = spot.length - 1;
        double[] ds = new double[n];
        double[] df = new double[n];
        for (int i = 0; i < n; i++) {
            ds[i] = returns.transform(spot[i], spot[i + 1]);
            df[i] = returns.transform(hedge[i], hedge[i + 1]);
        }
        return new double[][] {ds, df};
    }

    private static void checkPrice(double price, String name, int i) {
        if (!(price > 0) || price == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Argument '" + name + "' must be finite and greater than zero but has"
                    + " value " + price + " at index " + i);
        }
    }

    @Override
    public String toString() {
        return "MinimumVarianceHedge[" + returns + "]";
    }
}
