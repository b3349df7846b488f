package io.github.basisspread.ml.features;

import io.github.basisspread.ml.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of features computed together over aligned inputs.
 *
 * <p>Each feature at row t reads rows 0..t only, so the frame computed from all the inputs and
 * the frame computed from the inputs cut at t agree on rows 0..t (a property test changes the
 * future arbitrarily and checks it). Immutable and thread-safe.
 */
public final class FeaturePipeline {

    private final List<Feature> features;

    private FeaturePipeline(List<Feature> features) {
        this.features = features;
    }

    /**
     * A pipeline of the given features, in order.
     *
     * @param features at least one, with distinct names
     * @return the pipeline
     * @throws IllegalArgumentException if none is given, one is null, or two share a name
     */
    public static FeaturePipeline of(Feature... features) {
        Args.notNull(features, "features");
        return of(List.of(features));
    }

    /**
     * A pipeline of the given features, in order.
     *
     * @param features at least one, with distinct names
     * @return the pipeline
     * @throws IllegalArgumentException if none is given, one is null, or two share a name
     */
    public static FeaturePipeline of(List<Feature> features) {
        Args.notNull(features, "features");
        Args.check(!features.isEmpty(), "features", "[]", "hold at least one feature");
        Set<String> names = new HashSet<>();
        for (Feature f : features) {
            Args.notNull(f, "feature");
            Args.check(names.add(f.name()), "features", features, "have distinct names, '" + f.name() + "' repeats");
        }
        return new FeaturePipeline(List.copyOf(features));
    }

    /**
     * A pipeline of the basis alone: lags 0..lags-1 of the basis and, for each window, its
     * rolling mean, standard deviation, z-score, minimum and maximum.
     *
     * @param lags the number of lags, at least 1
     * @param windows the rolling windows, each at least 2
     * @return the pipeline
     * @throws IllegalArgumentException if lags is below 1 or a window below 2
     */
    public static FeaturePipeline basisOnly(int lags, int... windows) {
        Args.positive(lags, "lags");
        List<Feature> list = new ArrayList<>();
        for (int k = 0; k < lags; k++) {
            list.add(Features.basisLag(k));
        }
        for (int w : windows) {
            list.add(Features.rollingMean(w));
            list.add(Features.rollingStd(w));
            list.add(Features.rollingZScore(w));
            list.add(Features.rollingMin(w));
            list.add(Features.rollingMax(w));
        }
        return of(list);
    }

    /**
     * Returns the pipeline with one more feature at the end.
     *
     * @param feature the feature, its name not yet used
     * @return a new pipeline
     * @throws IllegalArgumentException if the feature is null or its name is taken
     */
    public FeaturePipeline with(Feature feature) {
        List<Feature> list = new ArrayList<>(features);
        list.add(Args.notNull(feature, "feature"));
        return of(list);
    }

    /**
     * Returns the features.
     *
     * @return an immutable list
     */
    public List<Feature> features() {
        return features;
    }

    /**
     * Returns the feature names, in order.
     *
     * @return a new immutable list
     */
    public List<String> names() {
        return features.stream().map(Feature::name).toList();
    }

    /**
     * Returns the largest look-back of the features: the last row of a frame depends on the last
     * {@code lookback() + 1} rows of the inputs only.
     *
     * @return the look-back
     */
    public int lookback() {
        return features.stream().mapToInt(Feature::lookback).max().orElse(0);
    }

    /**
     * Computes the features of the last row of the inputs, from their last {@code lookback() + 1}
     * rows only (the same values as the last row of {@link #transform(FeatureInputs)}).
     *
     * @param inputs the inputs
     * @return a new array, one value per feature (NaN where the history is too short)
     */
    public double[] lastRow(FeatureInputs inputs) {
        Args.notNull(inputs, "inputs");
        int keep = Math.min(inputs.size(), lookback() + 1);
        FeatureFrame frame = transform(inputs.tail(keep));
        return frame.row(frame.rows() - 1);
    }

    /**
     * Computes every feature.
     *
     * @param inputs the inputs
     * @return the frame
     * @throws IllegalStateException if the inputs lack a series a feature reads
     */
    public FeatureFrame transform(FeatureInputs inputs) {
        Args.notNull(inputs, "inputs");
        double[][] columns = new double[features.size()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = features.get(j).compute(inputs);
        }
        return new FeatureFrame(names(), columns, inputs.basis());
    }

    @Override
    public String toString() {
        return "FeaturePipeline" + names();
    }
}
