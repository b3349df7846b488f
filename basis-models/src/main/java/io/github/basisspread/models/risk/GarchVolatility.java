package io.github.basisspread.models.risk;

import io.github.basisspread.models.volatility.GarchFit;
import io.github.basisspread.models.volatility.GarchSpec;
import io.github.basisspread.models.volatility.MeanModel;

/**
 * A GARCH conditional-volatility scaler for filtered historical simulation (Barone-Adesi,
 * Giannopoulos and Vosper 1999): each series is fitted by a {@link GarchSpec} (exact maximum
 * likelihood as R's {@code fGarch::garchFit}), the volatilities are the fit's
 * {@link GarchFit#conditionalVolatility()} and the forecast is the square root of its one-step
 * {@link GarchFit#varianceForecast(int) variance forecast}.
 *
 * <p>{@link ValueAtRisk#filteredHistorical} divides each P&amp;L, not its deviation from a mean,
 * by its volatility; use a zero-mean spec ({@link #garch11()}, fGarch's
 * {@code include.mean = FALSE}) so the volatility is that of the P&amp;L itself. Unlike
 * {@link EwmaVolatility} the decay is estimated from the data, at the cost of a fit (at least
 * {@value GarchSpec#MIN_OBSERVATIONS} observations; an
 * {@link io.github.basisspread.models.api.EstimationException} when it fails).
 *
 * <p>Immutable and thread-safe.
 *
 * @param spec the GARCH specification fitted to each series, not null
 */
public record GarchVolatility(GarchSpec spec) implements VolatilityScaler {

    /**
     * Validates the spec.
     *
     * @param spec the specification
     * @throws IllegalArgumentException if it is null
     */
    public GarchVolatility {
        RiskArgs.notNull(spec, "spec");
    }

    /**
     * The scaler fitting a given specification.
     *
     * @param spec the specification, not null
     * @return the scaler
     * @throws IllegalArgumentException if it is null
     */
    public static GarchVolatility of(GarchSpec spec) {
        return new GarchVolatility(spec);
    }

    /**
     * A zero-mean GARCH(1,1) with normal innovations.
     *
     * @return the scaler
     */
    public static GarchVolatility garch11() {
        return new GarchVolatility(GarchSpec.of(1, 1).withMean(MeanModel.ZERO));
    }

    /**
     * Fits the spec to the series and returns its conditional volatilities and the one-step forecast.
     *
     * @param series the observations, oldest first, finite, at least
     *     {@value GarchSpec#MIN_OBSERVATIONS}; not modified
     * @return {@code n + 1} positive volatilities
     * @throws IllegalArgumentException if the series is null, too short or not finite
     * @throws io.github.basisspread.models.api.EstimationException if the fit fails
     */
    @Override
    public double[] conditionalVolatilities(double[] series) {
        RiskArgs.finiteSample(series, "series", GarchSpec.MIN_OBSERVATIONS);
        GarchFit fit = spec.fit(series.clone());
        double[] sigma = fit.conditionalVolatility();
        double[] out = new double[series.length + 1];
        System.arraycopy(sigma, 0, out, 0, series.length);
        out[series.length] = Math.sqrt(fit.varianceForecast(1)[0]);
        return out;
    }

    @Override
    public String describe() {
        return "GARCH " + spec;
    }
}
