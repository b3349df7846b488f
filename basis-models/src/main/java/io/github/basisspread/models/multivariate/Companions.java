package io.github.basisspread.models.multivariate;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.evaluation.ForecastingModel;
import java.util.List;

/**
 * The companion series of a system forecaster ({@link VarForecaster}, {@link VecmForecaster}):
 * the evaluated series is the first of the system, the companions follow, each read at the
 * evaluated series' timestamps. Immutable.
 */
final class Companions {

    /** One way a fitted system forecasts from K series (appended to its sample, or as the history). */
    @FunctionalInterface
    interface SystemForecast {
        /**
         * The joint forecast.
         *
         * @param series K series
         * @param horizon h
         * @return the joint forecast
         */
        MultivariateForecast forecast(double[][] series, int horizon);
    }

    private final List<TimeSeries> series;

    private Companions(List<TimeSeries> series) {
        this.series = series;
    }

    static Companions of(List<TimeSeries> companions) {
        if (companions == null || companions.isEmpty()) {
            throw new IllegalArgumentException("Argument 'companions' must hold at least one series but has value "
                    + companions);
        }
        for (int i = 0; i < companions.size(); i++) {
            if (companions.get(i) == null) {
                throw new IllegalArgumentException("Argument 'companion' must not be null but has value null (companion "
                        + i + ")");
            }
        }
        return new Companions(List.copyOf(companions));
    }

    /** The number of series of the system, 1 + the companions. */
    int systemSize() {
        return 1 + series.size();
    }

    /** The evaluated series and the companions' values at its timestamps. */
    double[][] system(TimeSeries evaluated, String argument) {
        if (evaluated == null) {
            throw new IllegalArgumentException("Argument '" + argument + "' must not be null but has value null");
        }
        int n = evaluated.size();
        double[][] out = new double[systemSize()][];
        out[0] = evaluated.valuesArray();
        for (int c = 0; c < series.size(); c++) {
            TimeSeries companion = series.get(c);
            double[] other = new double[n];
            int j = 0;
            int m = companion.size();
            for (int i = 0; i < n; i++) {
                long t = evaluated.epochNanos(i);
                while (j < m && companion.epochNanos(j) < t) {
                    j++;
                }
                if (j >= m || companion.epochNanos(j) != t) {
                    throw new IllegalArgumentException("Argument 'companion' must have an observation at every timestamp"
                            + " of the evaluated series but " + (series.size() == 1 ? "has" : "companion " + c + " has")
                            + " none at " + evaluated.time(i));
                }
                other[i] = companion.value(j);
            }
            out[c + 1] = other;
        }
        return out;
    }

    /**
     * The forecasting model of a fit on a training window: a history that holds the window's last
     * timestamp is the window continued, and its later observations are appended to the fit (so a
     * trend continues and a sliding window needs nothing re-estimated); any other history is
     * conditioned on directly. The forecasts are those of the evaluated series.
     *
     * @param training the training window the system was fitted on
     * @param afterAppending the fit's forecast after appending observations that follow its sample
     * @param fromHistory the fit's forecast conditioned on another history
     */
    ForecastingModel model(TimeSeries training, SystemForecast afterAppending, SystemForecast fromHistory) {
        long end = training.epochNanos(training.size() - 1);
        return (history, horizon) -> {
            if (history == null) {
                throw new IllegalArgumentException("Argument 'history' must not be null but has value null");
            }
            int j = history.indexAtOrBeforeNanos(end);
            MultivariateForecast f = j >= 0 && history.epochNanos(j) == end
                    ? afterAppending.forecast(system(history.subSeries(j + 1, history.size()), "history"), horizon)
                    : fromHistory.forecast(system(history, "history"), horizon);
            return f.variable(0).mean();
        };
    }
}
