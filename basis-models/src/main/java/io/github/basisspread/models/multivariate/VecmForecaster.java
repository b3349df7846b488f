package io.github.basisspread.models.multivariate;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.ForecastingModel;

/**
 * The VECM as a walk-forward {@link Forecaster} of one series, beside ARIMA and the naive
 * benchmarks: the series evaluated (for example the log future) is the first of the system, a
 * companion series given once (for example the log spot) the second; each training window is
 * paired with the companion's values at the same timestamps, and each forecast conditions on the
 * companion up to the forecast origin. The companion must therefore have an observation at every
 * timestamp of the evaluated series (align them first, e.g. with {@code core.series} as-of
 * alignment).
 *
 * <p>Immutable and thread-safe.
 */
public final class VecmForecaster implements Forecaster {

    private final VecmSpec spec;
    private final TimeSeries companion;

    private VecmForecaster(VecmSpec spec, TimeSeries companion) {
        this.spec = spec;
        this.companion = companion;
    }

    /**
     * Creates the forecaster.
     *
     * @param spec the VECM (two series: the evaluated one first, the companion second)
     * @param companion the companion series, covering every timestamp the evaluation uses
     * @return the forecaster
     * @throws IllegalArgumentException if an argument is null
     */
    public static VecmForecaster of(VecmSpec spec, TimeSeries companion) {
        if (spec == null) {
            throw new IllegalArgumentException("Argument 'spec' must not be null but has value null");
        }
        if (companion == null) {
            throw new IllegalArgumentException("Argument 'companion' must not be null but has value null");
        }
        return new VecmForecaster(spec, companion);
    }

    @Override
    public ForecastingModel fit(TimeSeries training) {
        VecmFit fit = spec.fit(pair(training));
        return (history, horizon) -> fit.forecastFrom(pair(history), horizon).variable(0).mean();
    }

    /** The series and the companion's values at its timestamps. */
    private double[][] pair(TimeSeries series) {
        if (series == null) {
            throw new IllegalArgumentException("Argument 'training' must not be null but has value null");
        }
        int n = series.size();
        double[] own = series.valuesArray();
        double[] other = new double[n];
        int j = 0;
        int m = companion.size();
        for (int i = 0; i < n; i++) {
            long t = series.epochNanos(i);
            while (j < m && companion.epochNanos(j) < t) {
                j++;
            }
            if (j >= m || companion.epochNanos(j) != t) {
                throw new IllegalArgumentException("Argument 'companion' must have an observation at every timestamp"
                        + " of the evaluated series but has none at " + series.time(i));
            }
            other[i] = companion.value(j);
        }
        return new double[][] {own, other};
    }
}
