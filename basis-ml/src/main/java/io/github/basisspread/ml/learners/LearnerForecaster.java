package io.github.basisspread.ml.learners;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.features.FeatureFrame;
import io.github.basisspread.ml.features.FeatureInputs;
import io.github.basisspread.ml.features.FeaturePipeline;
import io.github.basisspread.ml.features.StandardScaler;
import io.github.basisspread.ml.features.Target;
import io.github.basisspread.ml.internal.Args;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.ForecastingModel;
import java.util.function.Function;

/**
 * A learner as a {@link Forecaster} of the basis, to run in {@code models.evaluation.WalkForward}
 * beside the statistical models and the naive benchmarks.
 *
 * <p>Direct multi-step forecasting: on each training window the features are computed, and for
 * every step h = 1..maxHorizon one model is fitted to the target h rows ahead (the level or the
 * change of the basis); only rows whose target lies inside the training window are used, so no
 * training row sees past the window's end. Optionally a {@link StandardScaler} is fitted on the
 * training rows and applied to every later row. A forecast from a history computes the features
 * of its last row from its last {@code lookback + 1} rows and predicts each step; a change is
 * added to the last basis value.
 *
 * <p>The inputs of the features come from the history by a function (by default the basis
 * alone, {@link FeatureInputs#of(TimeSeries)}); a function that adds spot or funding must cut
 * them at the history's last time. Immutable and thread-safe.
 */
public final class LearnerForecaster implements Forecaster {

    private final Estimator<Dataset, ? extends PredictiveFit> learner;
    private final FeaturePipeline pipeline;
    private final Target.Kind kind;
    private final int maxHorizon;
    private final boolean scale;
    private final Function<TimeSeries, FeatureInputs> inputs;

    private LearnerForecaster(Estimator<Dataset, ? extends PredictiveFit> learner, FeaturePipeline pipeline,
            Target.Kind kind, int maxHorizon, boolean scale, Function<TimeSeries, FeatureInputs> inputs) {
        this.learner = learner;
        this.pipeline = pipeline;
        this.kind = kind;
        this.maxHorizon = maxHorizon;
        this.scale = scale;
        this.inputs = inputs;
    }

    /**
     * A forecaster of the basis by a learner on features of the basis alone.
     *
     * @param learner the learner, for example {@code ElasticNetCv.of(ElasticNet.of(0.5), Folds.forwardChaining(5))}
     * @param pipeline the features
     * @param kind the target: {@code LEVEL} or {@code CHANGE}
     * @param maxHorizon the most steps forecast, at least 1 (one model per step)
     * @return the forecaster, without scaling
     * @throws IllegalArgumentException if an argument is null, the kind is {@code SIGN} or the
     *     horizon below 1
     */
    public static LearnerForecaster of(Estimator<Dataset, ? extends PredictiveFit> learner, FeaturePipeline pipeline,
            Target.Kind kind, int maxHorizon) {
        Args.notNull(learner, "learner");
        Args.notNull(pipeline, "pipeline");
        Args.notNull(kind, "kind");
        Args.check(kind != Target.Kind.SIGN, "kind", kind, "be LEVEL or CHANGE (a sign does not forecast the basis)");
        return new LearnerForecaster(learner, pipeline, kind, Args.positive(maxHorizon, "maxHorizon"), false, FeatureInputs::of);
    }

    /**
     * Standardises the features with a scaler fitted on each training window.
     *
     * @return a new forecaster
     */
    public LearnerForecaster withScaling() {
        return new LearnerForecaster(learner, pipeline, kind, maxHorizon, true, inputs);
    }

    /**
     * Sets how the inputs of the features are built from a history of the basis.
     *
     * @param function from the history (up to the forecast origin) to the inputs on its timestamps
     * @return a new forecaster
     * @throws IllegalArgumentException if the function is null
     */
    public LearnerForecaster withInputs(Function<TimeSeries, FeatureInputs> function) {
        return new LearnerForecaster(learner, pipeline, kind, maxHorizon, scale, Args.notNull(function, "inputs"));
    }

    @Override
    public ForecastingModel fit(TimeSeries training) {
        Args.notNull(training, "training");
        FeatureFrame frame = pipeline.transform(inputs.apply(training));
        PredictiveFit[] fits = new PredictiveFit[maxHorizon];
        StandardScaler[] scalers = new StandardScaler[maxHorizon];
        for (int h = 1; h <= maxHorizon; h++) {
            Dataset data = frame.dataset(new Target(kind, h), 0, frame.rows());
            if (scale) {
                scalers[h - 1] = StandardScaler.fit(data);
                data = scalers[h - 1].transform(data);
            }
            fits[h - 1] = learner.fit(data);
        }
        return (history, horizon) -> {
            Args.notNull(history, "history");
            Args.check(horizon >= 1 && horizon <= maxHorizon, "horizon", horizon, "lie in [1, " + maxHorizon + "]");
            double[] row = pipeline.lastRow(inputs.apply(history));
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("Argument 'history' (" + history.size() + " observations ending "
                            + history.lastTime() + ") must give every feature at its last row but "
                            + pipeline.names().get(j) + " is " + row[j] + " there");
                }
            }
            double last = history.value(history.size() - 1);
            double[] f = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                double[] x = scale ? scalers[h - 1].transform(row) : row;
                f[h - 1] = new Target(kind, h).toLevel(fits[h - 1].predict(x), last);
            }
            return f;
        };
    }

    @Override
    public String toString() {
        return "LearnerForecaster[" + learner + ", " + pipeline + ", " + kind + ", steps 1.." + maxHorizon
                + (scale ? ", scaled" : "") + "]";
    }
}
