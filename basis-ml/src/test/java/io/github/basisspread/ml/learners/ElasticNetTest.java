package io.github.basisspread.ml.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.InformationCriteria;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimator contract of the elastic net, and its bad input. */
class ElasticNetTest {

    private final Dataset mtcars = GlmnetReference.dataset("mtcars");

    @Test
    void fitAtALambdaIsThePathPointAndFollowsTheContract() {
        ElasticNetPath path = ElasticNet.of(0.5).withTolerance(1e-24).path(mtcars);
        int k = 30;
        ElasticNetFit fit = ElasticNet.of(0.5).withTolerance(1e-24).withLambda(path.lambdas()[k]).fit(mtcars);
        assertThat(fit.lambda()).isEqualTo(path.lambdas()[k]);
        assertThat(fit.intercept()).isCloseTo(path.intercepts()[k], within(1e-9));
        double[] b = path.slopes(k);
        for (int j = 0; j < b.length; j++) {
            assertThat(fit.slopes()[j]).isCloseTo(b[j], within(1e-9));
        }
        assertThat(fit.parameterNames()).hasSize(11).first().isEqualTo("intercept");
        assertThat(fit.parameterNames().subList(1, 11)).isEqualTo(mtcars.names());
        assertThat(fit.estimates()[0]).isEqualTo(fit.intercept());
        assertThat(fit.standardErrors()).hasSize(11).containsOnly(Double.NaN);
        assertThat(fit.hasStandardErrors()).isFalse();
        assertThat(fit.nobs()).isEqualTo(32);
        assertThat(fit.numberOfParameters()).isEqualTo(fit.df() + 1).isEqualTo(path.df(k) + 1);
        // Gaussian log-likelihood at RSS/n, recomputed from the residuals.
        double rss = 0;
        double[] y = mtcars.response();
        for (int i = 0; i < 32; i++) {
            double e = y[i] - fit.predict(mtcars.row(i));
            rss += e * e;
        }
        assertThat(fit.logLikelihood()).isCloseTo(-16 * (Math.log(2 * Math.PI * rss / 32) + 1), within(1e-9));
        InformationCriteria ic = fit.informationCriteria();
        assertThat(ic.aic()).isCloseTo(-2 * fit.logLikelihood() + 2 * fit.numberOfParameters(), within(1e-9));
        assertThat(fit.convergence().converged()).isTrue();
        String summary = fit.summary().toString();
        assertThat(summary).contains("Elastic net (alpha = 0.5").contains("intercept").contains("wt").contains("dev.ratio");
        assertThat(fit.toString()).startsWith("Elastic net").doesNotContain("\n");
        assertThat(path.toString()).contains("%dev").contains("alpha=0.5");
        assertThat(ElasticNet.lasso().withLambda(1).fit(mtcars).summary().toString()).startsWith("Lasso");
        assertThat(ElasticNet.ridge().withLambda(1).fit(mtcars).summary().toString()).startsWith("Ridge");
    }

    @Test
    void smallLambdaReachesLeastSquares() {
        // y = 1 + 2 a - b exactly: at lambda 0 the coefficients are exact.
        double[][] x = {{1, 0}, {0, 1}, {2, 1}, {3, 5}, {-1, 2}};
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) {
            y[i] = 1 + 2 * x[i][0] - x[i][1];
        }
        ElasticNetFit fit = ElasticNet.lasso().withTolerance(1e-30).withLambda(0).fit(Dataset.ofRows(List.of("a", "b"), x, y));
        assertThat(fit.intercept()).isCloseTo(1, within(1e-10));
        assertThat(fit.slopes()).containsExactly(new double[] {2, -1}, within(1e-10));
    }

    @Test
    void constantColumnIsLeftOutAsGlmnetDoes() {
        double[][] x = {{1, 7}, {2, 7}, {3, 7}, {5, 7}};
        ElasticNetPath path = ElasticNet.lasso().path(Dataset.ofRows(List.of("a", "c"), x, new double[] {1, 3, 2, 6}));
        for (int k = 0; k < path.size(); k++) {
            assertThat(path.slopes(k)[1]).isZero();
        }
    }

    @Test
    void badInputAndFailuresAreNamed() {
        assertThatThrownBy(() -> ElasticNet.of(1.5)).hasMessage("Argument 'alpha' must lie in [0, 1] but has value 1.5");
        assertThatThrownBy(() -> ElasticNet.of(Double.NaN)).hasMessage("Argument 'alpha' must lie in [0, 1] but has value NaN");
        assertThatThrownBy(() -> ElasticNet.lasso().withLambdas(2, 3)).hasMessage("Argument 'lambdas' must be strictly decreasing but has value [2.0, 3.0]");
        assertThatThrownBy(() -> ElasticNet.lasso().withLambda(-1)).hasMessage("Argument 'lambda' must be zero or positive and finite but has value -1.0");
        assertThatThrownBy(() -> ElasticNet.lasso().fit(mtcars)).isInstanceOf(IllegalStateException.class).hasMessageContaining("withLambda");
        assertThatThrownBy(() -> ElasticNet.lasso().path(Dataset.ofRows(List.of("a"), new double[][] {{1}, {2}}, new double[] {3, 3})))
                .hasMessageStartingWith("Argument 'data' must have a response that varies");
        assertThatThrownBy(() -> ElasticNet.of(0.5).withTolerance(1e-30).withMaxPasses(3).path(mtcars))
                .isInstanceOf(EstimationException.class).hasMessageContaining("did not converge within 3 passes");
        assertThatThrownBy(() -> ElasticNet.lasso().withLambda(1).fit(mtcars).predict(1, 2))
                .hasMessage("Argument 'row' must hold 10 values, one per feature but has value 2 values");
    }
}
