package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;
import java.util.List;

/**
 * The h-step forecasts of one forecaster over the origins of a walk-forward, with the realised
 * values and the accuracy measures.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class ForecastEvaluation {

    private final String name;
    private final int horizon;
    private final List<Instant> originTimes;
    private final double[] originValues;
    private final double[] forecasts;
    private final double[] actuals;
    private final int refits;
    private final AccuracyMetrics metrics;

    ForecastEvaluation(String name, int horizon, List<Instant> originTimes, double[] originValues,
            double[] forecasts, double[] actuals, int refits, double naiveScale) {
        this.name = ArgChecker.notBlank(name, "name");
        this.horizon = horizon;
        this.originTimes = List.copyOf(originTimes);
        this.originValues = originValues.clone();
        this.forecasts = forecasts.clone();
        this.actuals = actuals.clone();
        this.refits = refits;
        this.metrics = AccuracyMetrics.of(actuals, forecasts, originValues, naiveScale);
    }

    /**
     * Returns the forecaster's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns h, the horizon of the forecasts evaluated.
     *
     * @return the horizon
     */
    public int horizon() {
        return horizon;
    }

    /**
     * Returns the times of the forecast origins (the last observation each forecast saw).
     *
     * @return an immutable list
     */
    public List<Instant> originTimes() {
        return originTimes;
    }

    /**
     * Returns the h-step forecasts, one per origin.
     *
     * @return a copy
     */
    public double[] forecasts() {
        return forecasts.clone();
    }

    /**
     * Returns the realised values h steps after each origin.
     *
     * @return a copy
     */
    public double[] actuals() {
        return actuals.clone();
    }

    /**
     * Returns the errors, actual minus forecast.
     *
     * @return a new array
     */
    public double[] errors() {
        double[] e = new double[actuals.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = actuals[i] - forecasts[i];
        }
        return e;
    }

    /**
     * Returns the values observed at the origins.
     *
     * @return a copy
     */
    public double[] originValues() {
        return originValues.clone();
    }

    /**
     * Returns how many times the parameters were estimated.
     *
     * @return the number of fits
     */
    public int refits() {
        return refits;
    }

    /**
     * Returns the accuracy measures.
     *
     * @return the measures
     */
    public AccuracyMetrics metrics() {
        return metrics;
    }

    /**
     * One line: the name, the horizon, the number of origins and fits, RMSE, MAE and MASE.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return name + ": horizon " + horizon + ", " + metrics.count() + " origins, " + refits + " fits, RMSE "
                + ReportText.num(metrics.rmse()) + ", MAE " + ReportText.num(metrics.mae()) + ", MASE "
                + ReportText.num(metrics.mase());
    }
}
