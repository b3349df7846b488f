package io.github.basisspread.ml.learners;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.ml.features.Dataset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The elastic-net path against R's glmnet 4.1-6 (thresh = 1e-26: at 1e-14 glmnet itself stops short by up to 2e-5 relative on small coefficients) on mtcars (n = 32 &gt; p = 10,
 * lambda.min.ratio 1e-4) and a seeded synthetic matrix (n = 40 &lt; p = 60, ratio 0.01), for the
 * lasso, alpha = 0.5 and ridge: the same lambda sequence and the same early stop, every
 * coefficient within 1e-5 relative (reference/generate_glmnet_reference.R).
 */
class ElasticNetGlmnetTest {

    /** Relative tolerance of the issue; plus an absolute floor for values glmnet leaves at ~1e-36. */
    private static final double REL = 1e-5;

    @ParameterizedTest(name = "{0} alpha = {1}")
    @CsvSource({"mtcars, 1", "mtcars, 0.5", "mtcars, 0", "synthetic, 1", "synthetic, 0.5", "synthetic, 0"})
    void pathMatchesGlmnet(String dataset, String alpha) {
        Dataset data = GlmnetReference.dataset(dataset);
        GlmnetReference.Block ref = GlmnetReference.block("glmnet_paths.txt", "path", dataset, alpha);
        ElasticNetPath path = ElasticNet.of(Double.parseDouble(alpha)).withTolerance(1e-28).withMaxPasses(10_000_000).path(data);
        List<double[]> rows = ref.rows();
        assertThat(path.size()).as("points on the path (glmnet's early stop)").isEqualTo(Integer.parseInt(ref.header()[3]));
        double[] lambdas = path.lambdas();
        double[] a0 = path.intercepts();
        double[] dev = path.devRatios();
        for (int k = 0; k < rows.size(); k++) {
            double[] r = rows.get(k);
            String at = dataset + " alpha " + alpha + " step " + (k + 1);
            assertThat(lambdas[k]).as(at + " lambda").isCloseTo(r[0], org.assertj.core.data.Percentage.withPercentage(1e-10));
            assertThat(path.df(k)).as(at + " df").isEqualTo((int) r[1]);
            assertThat(dev[k]).as(at + " dev.ratio").isCloseTo(r[2], org.assertj.core.api.Assertions.within(1e-9));
            double scale = 0;
            for (int j = 3; j < r.length; j++) {
                scale = Math.max(scale, Math.abs(r[j]));
            }
            assertClose(a0[k], r[3], scale, at + " intercept");
            double[] b = path.slopes(k);
            for (int j = 0; j < b.length; j++) {
                assertClose(b[j], r[4 + j], scale, at + " " + data.names().get(j));
            }
        }
    }

    /** Within 1e-5 relative; a coefficient glmnet leaves at 1e-30 of the largest counts as zero. */
    private static void assertClose(double actual, double expected, double scale, String what) {
        double tol = REL * Math.abs(expected) + 1e-30 * scale;
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs glmnet " + expected).isLessThanOrEqualTo(tol);
    }
}
