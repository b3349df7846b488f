package io.github.basisspread.ml.learners;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BoostedTrees} and {@link BoostedTreesFit} keep the estimator contract of basis-models:
 * one listed parameter (the base score), the leaves counted as parameters, refusal of bad data
 * by name, {@code EstimationException} when single precision overflows.
 */
class BoostedTreesContractTest extends EstimatorContractTest<Dataset, BoostedTreesFit> {

    @Override
    protected Estimator<Dataset, BoostedTreesFit> estimator() {
        return BoostedTrees.of().withRounds(10).withMaxDepth(3).withSubsample(0.8).withSeed(11);
    }

    @Override
    protected Dataset data() {
        return ElasticNetContractTest.sample();
    }

    @Override
    protected int expectedNumberOfParameters(BoostedTreesFit fit) {
        // Every leaf of every tree is a fitted weight, counted from the model dump; plus the base score.
        return fit.leaves() + 1;
    }

    @Override
    protected Dataset badData() {
        return Dataset.ofRows(List.of("x1"), new double[][] {{1}}, new double[] {2});
    }

    @Override
    protected String badArgumentName() {
        return "data";
    }

    @Override
    protected Impossible<Dataset, BoostedTreesFit> impossibleFit() {
        // Response at the top of float's range and a base score at its bottom: the gradients
        // (prediction - y, in float) overflow to infinity and so do the leaf weights.
        double big = 3e38;
        Dataset d = Dataset.ofRows(List.of("x"), new double[][] {{1}, {2}, {3}, {4}}, new double[] {big, big, big, big});
        return new Impossible<>(BoostedTrees.of().withRounds(1).withBaseScore(-big), d);
    }

    @Test
    void valuesBeyondSinglePrecisionAreRefusedByName() {
        Dataset d = Dataset.ofRows(List.of("x"), new double[][] {{1}, {1e39}}, new double[] {1, 2});
        assertThatThrownBy(() -> BoostedTrees.of().fit(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Argument 'data' must hold values within single precision")
                .hasMessageEndingWith("but has value x 1.0E39 at row 1");
    }
}
