package io.github.basisspread.models.multivariate;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.ForecastingModel;
import java.util.List;

/**
 * A VAR as a walk-forward {@link Forecaster} of one series, beside ARIMA and the naive
 * benchmarks: the series evaluated (for example the basis, or a price) is the first of the
 * system, the companion series given once (for example the funding rate, the spot returns) follow
 * in their order. Each training window is read with the companions' values at the same
 * timestamps; between refits the fit {@linkplain VarFit#append(double[][]) takes the newer
 * observations} of all series without re-estimating, and each forecast conditions on the
 * companions up to the forecast origin. The companions must have an observation at every
 * timestamp of the evaluated series (align them first, e.g. with {@code core.series} as-of
 * alignment).
 *
 * <p>Immutable and thread-safe.
 */
public final class VarForecaster implements Forecaster {

    private final VarSpec spec;
    private final Companions companions;

    private VarForecaster(VarSpec spec, Companions companions) {
        this.spec = spec;
        this.companions = companions;
    }

    /**
     * Creates the forecaster.
     *
     * @param spec the VAR (its order given or selected on each training window)
     * @param companions the companion series, at least one, each covering every timestamp the
     *     evaluation uses
     * @return the forecaster
     * @throws IllegalArgumentException if an argument is null or there is no companion
     */
    public static VarForecaster of(VarSpec spec, List<TimeSeries> companions) {
        if (spec == null) {
            throw new IllegalArgumentException("Argument 'spec' must not be null but has value null");
        }
        return new VarForecaster(spec, Companions.of(companions));
    }

    /**
     * Creates the forecaster with one or more companions.
     *
     * @param spec the VAR
     * @param companions the companion series
     * @return the forecaster
     * @throws IllegalArgumentException if an argument is null or there is no companion
     */
    public static VarForecaster of(VarSpec spec, TimeSeries... companions) {
        return of(spec, companions == null ? null : java.util.Arrays.asList(companions));
    }

    @Override
    public ForecastingModel fit(TimeSeries training) {
        VarFit fit = spec.fit(companions.system(training, "training"));
        return companions.model(training, (next, h) -> fit.append(next).forecast(h), fit::forecastFrom);
    }

    @Override
    public String toString() {
        return "VarForecaster[" + spec + ", " + companions.systemSize() + " series]";
    }
}
