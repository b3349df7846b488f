package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.api.FittedModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Selection among candidate models, by an information criterion of their fits or by their
 * out-of-sample accuracy in a walk-forward. Candidates are given as a map from name to model; use
 * an ordered map (a {@link java.util.LinkedHashMap}) so that ties keep a known order.
 *
 * <p>Information criteria are comparable only between models fitted to the same observations
 * by likelihoods with the same constants; the caller chooses comparable candidates. Stateless and
 * thread-safe.
 */
public final class ModelSelection {

    private ModelSelection() {
    }

    /**
     * Fits every candidate to the data and ranks the fits by a criterion.
     *
     * @param <D> the type of the data
     * @param criterion the criterion minimised
     * @param candidates the estimators by name, at least one
     * @param data the data every estimator fits
     * @return the winner and the table of fits
     * @throws IllegalArgumentException if an argument is null or there is no candidate; any
     *     estimator's exception propagates
     */
    public static <D> SelectionResult<FittedModel> byInformationCriterion(Criterion criterion,
            Map<String, ? extends Estimator<D, ? extends FittedModel>> candidates, D data) {
        ArgChecker.notNull(criterion, "criterion");
        checkCandidates(candidates);
        ArgChecker.notNull(data, "data");
        List<Candidate<FittedModel>> rows = new ArrayList<>();
        for (var e : candidates.entrySet()) {
            FittedModel fit = e.getValue().fit(data);
            rows.add(new Candidate<>(e.getKey(), criterion.of(fit.informationCriteria()), fit));
        }
        rows.sort(Comparator.comparingDouble(Candidate::score));
        return new SelectionResult<>(criterion.name(), rows);
    }

    /**
     * Evaluates every candidate in a walk-forward and ranks them by an accuracy measure.
     *
     * @param walkForward the walk-forward configuration
     * @param candidates the forecasters by name, at least one
     * @param series the series
     * @param measure the measure minimised, for example {@code AccuracyMetrics::rmse}
     * @param measureName the measure's name, for the result
     * @return the winner and the table of evaluations
     * @throws IllegalArgumentException if an argument is null or there is no candidate, or as
     *     {@link WalkForward#evaluate(String, Forecaster, TimeSeries)}
     */
    public static SelectionResult<ForecastEvaluation> byOutOfSample(WalkForward walkForward,
            Map<String, ? extends Forecaster> candidates, TimeSeries series,
            ToDoubleFunction<AccuracyMetrics> measure, String measureName) {
        ArgChecker.notNull(walkForward, "walkForward");
        checkCandidates(candidates);
        ArgChecker.notNull(measure, "measure");
        ArgChecker.notBlank(measureName, "measureName");
        List<Candidate<ForecastEvaluation>> rows = new ArrayList<>();
        for (var e : candidates.entrySet()) {
            ForecastEvaluation ev = walkForward.evaluate(e.getKey(), e.getValue(), series);
            rows.add(new Candidate<>(e.getKey(), measure.applyAsDouble(ev.metrics()), ev));
        }
        rows.sort(Comparator.comparingDouble(Candidate::score));
        return new SelectionResult<>("out-of-sample " + measureName, rows);
    }

    private static void checkCandidates(Map<String, ?> candidates) {
        ArgChecker.notNull(candidates, "candidates");
        ArgChecker.isTrue(!candidates.isEmpty(), "candidates", "an empty map", "hold at least one candidate");
    }
}
