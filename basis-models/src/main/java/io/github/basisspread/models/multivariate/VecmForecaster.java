package io.github.basisspread.models.multivariate;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.ForecastingModel;
import java.util.List;

/**
 * The VECM as a walk-forward {@link Forecaster} of one series, beside ARIMA and the naive
 * benchmarks: the series evaluated (for example the log future) is the first of the system, the
 * companion series given once (for example the log spot) follow; each training window is read
 * with the companions' values at the same timestamps. Between refits the fit
 * {@linkplain VecmFit#append(double[][]) takes the newer observations} without re-estimating, and
 * each forecast conditions on the companions up to the forecast origin. The companions must
 * therefore have an observation at every timestamp of the evaluated series (align them first,
 * e.g. with {@code core.series} as-of alignment).
 *
 * <p>Immutable and thread-safe.
 */
public final class VecmForecaster implements Forecaster {

    private final VecmSpec spec;
    private final Companions companions;

    private VecmForecaster(VecmSpec spec, Companions companions) {
        this.spec = spec;
        this.companions = companions;
    }

    /**
     * Creates the forecaster of a two-series system.
     *
     * @param spec the VECM (two series: the evaluated one first, the companion second)
     * @param companion the companion series, covering every timestamp the evaluation uses
     * @return the forecaster
     * @throws IllegalArgumentException if an argument is null
     */
    public static VecmForecaster of(VecmSpec spec, TimeSeries companion) {
        if (companion == null) {
            throw new IllegalArgumentException("Argument 'companion' must not be null but has value null");
        }
        return of(spec, List.of(companion));
    }

    /**
     * Creates the forecaster of a system of the evaluated series and several companions.
     *
     * @param spec the VECM (its rank below 1 + the number of companions)
     * @param companions the companion series, at least one, each covering every timestamp the
     *     evaluation uses
     * @return the forecaster
     * @throws IllegalArgumentException if an argument is null or there is no companion
     */
    public static VecmForecaster of(VecmSpec spec, List<TimeSeries> companions) {
        if (spec == null) {
            throw new IllegalArgumentException("Argument 'spec' must not be null but has value null");
        }
        return new VecmForecaster(spec, Companions.of(companions));
    }

    @Override
    public ForecastingModel fit(TimeSeries training) {
        VecmFit fit = spec.fit(companions.system(training, "training"));
        return companions.model(training, (next, h) -> fit.append(next).forecast(h), fit::forecastFrom);
    }

    @Override
    public String toString() {
        return "VecmForecaster[" + spec + ", " + companions.systemSize() + " series]";
    }
}
