package io.github.basisspread.ml.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.ml.features.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cross-validation against R's cv.glmnet with {@code foldid = (i - 1) %% 5 + 1} (the interleaved
 * 5-fold of {@link Folds#kFold(int)}), thresh = 1e-26: cvm and cvsd at every lambda within 1e-6
 * relative, lambda.min and lambda.1se the same (reference/generate_glmnet_reference.R).
 */
class ElasticNetCvTest {

    @ParameterizedTest(name = "{0} alpha = {1}")
    @CsvSource({"mtcars, 1", "mtcars, 0.5", "mtcars, 0", "synthetic, 1", "synthetic, 0.5", "synthetic, 0"})
    void matchesCvGlmnet(String dataset, String alpha) {
        Dataset data = GlmnetReference.dataset(dataset);
        GlmnetReference.Block ref = GlmnetReference.block("glmnet_cv.txt", "cv", dataset, alpha);
        ElasticNet spec = ElasticNet.of(Double.parseDouble(alpha)).withTolerance(1e-28).withMaxPasses(10_000_000);
        CrossValidation cv = ElasticNetCv.of(spec, Folds.kFold(5)).crossValidate(data);
        List<double[]> rows = ref.rows();
        assertThat(cv.lambdas()).hasSize(rows.size());
        for (int l = 0; l < rows.size(); l++) {
            String at = dataset + " alpha " + alpha + " lambda " + (l + 1);
            double[] r = rows.get(l);
            assertThat(Math.abs(cv.lambdas()[l] - r[0])).as(at).isLessThanOrEqualTo(1e-12 * r[0]);
            assertThat(Math.abs(cv.cvm()[l] - r[1])).as(at + " cvm").isLessThanOrEqualTo(1e-6 * r[1]);
            assertThat(Math.abs(cv.cvsd()[l] - r[2])).as(at + " cvsd").isLessThanOrEqualTo(1e-6 * r[2]);
        }
        assertThat(cv.lambdaMin()).isCloseTo(Double.parseDouble(ref.header()[3]), org.assertj.core.data.Percentage.withPercentage(1e-10));
        assertThat(cv.lambda1se()).isCloseTo(Double.parseDouble(ref.header()[4]), org.assertj.core.data.Percentage.withPercentage(1e-10));
        assertThat(cv.fitMin().lambda()).isEqualTo(cv.lambdaMin());
        assertThat(cv.fit1se().lambda()).isEqualTo(cv.lambda1se());
        assertThat(cv.toString()).contains("lambda.min = " + cv.lambdaMin()).contains(" min");
    }

    @Test
    void forwardChainingTrainsOnlyOnThePast() {
        List<int[][]> splits = Folds.forwardChaining(4).splits(23);
        assertThat(splits).hasSize(4);
        int expectedStart = 0;
        for (int[][] s : splits) {
            int[] train = s[0];
            int[] test = s[1];
            // Training rows are exactly 0..(first test row - 1): contiguous past, no future.
            assertThat(train[0]).isZero();
            assertThat(train[train.length - 1]).isEqualTo(test[0] - 1);
            assertThat(test[0]).isGreaterThan(expectedStart);
            expectedStart = test[test.length - 1];
        }
        // 23 rows in 5 blocks at floor(b * 23 / 5): 0, 4, 9, 13, 18, 23.
        assertThat(splits.get(0)[1]).containsExactly(4, 5, 6, 7, 8);
        assertThat(splits.get(3)[1]).containsExactly(18, 19, 20, 21, 22);
        assertThat(Folds.forwardChaining(4).isForwardChaining()).isTrue();
    }

    @Test
    void kFoldInterleaves() {
        List<int[][]> splits = Folds.kFold(3).splits(7);
        assertThat(splits.get(0)[1]).containsExactly(0, 3, 6);
        assertThat(splits.get(0)[0]).containsExactly(1, 2, 4, 5);
        assertThat(splits.get(2)[1]).containsExactly(2, 5);
    }

    @Test
    void forwardChainingCvChoosesALambdaAndFits() {
        Dataset data = GlmnetReference.dataset("synthetic");
        ElasticNetCv cv = ElasticNetCv.of(ElasticNet.lasso(), Folds.forwardChaining(3));
        ElasticNetFit min = cv.fit(data);
        ElasticNetFit se = cv.withRule(ElasticNetCv.Rule.LAMBDA_1SE).fit(data);
        assertThat(se.lambda()).isGreaterThanOrEqualTo(min.lambda());
        assertThat(se.df()).isLessThanOrEqualTo(min.df());
    }

    @Test
    void badFoldsAreRefusedByName() {
        assertThatThrownBy(() -> Folds.kFold(2)).hasMessage("Argument 'k' must be at least 3 but has value 2");
        assertThatThrownBy(() -> Folds.forwardChaining(1)).hasMessage("Argument 'k' must be at least 2 but has value 1");
        assertThatThrownBy(() -> Folds.kFold(5).splits(9))
                .hasMessage("Argument 'n' must be at least 2k = 10 rows for 5 folds but has value 9");
        assertThatThrownBy(() -> Folds.forwardChaining(3).splits(7))
                .hasMessage("Argument 'n' must be at least 2 (k + 1) = 8 rows for 3 forward-chaining splits but has value 7");
    }
}
