package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link RollingOls} and {@link RollingOlsResult} keep the estimator contract. */
class RollingOlsContractTest extends EstimatorContractTest<RegressionData, RollingOlsResult> {

    private static final int N = 150;
    private static final int WINDOW = 40;

    @Override
    protected Estimator<RegressionData, RollingOlsResult> estimator() {
        return RollingOls.of(WINDOW);
    }

    @Override
    protected RegressionData data() {
        SplittableRandom rng = new SplittableRandom(8);
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = rng.nextDouble() * 4;
            y[i] = 0.5 + (1 + i / 100.0) * x[i] + (rng.nextDouble() - 0.5);
        }
        return RegressionData.builder().response("y", y).regressor("x", x).build();
    }

    @Override
    protected int expectedNumberOfParameters(RollingOlsResult fit) {
        // The coefficients (intercept, x), as OlsFit counts them.
        return 2;
    }

    @Override
    protected RegressionData badData() {
        double[] y = new double[N];
        double[] x = new double[N];
        Arrays.fill(y, 1);
        x[4] = Double.NaN;
        return RegressionData.of(y, x);
    }

    @Override
    protected String badArgumentName() {
        return "x1";
    }

    @Override
    protected Impossible<RegressionData, RollingOlsResult> impossibleFit() {
        // A constant regressor beside the intercept: every window's design is singular.
        double[] flat = new double[N];
        Arrays.fill(flat, 2.0);
        return new Impossible<>(estimator(), RegressionData.of(data().responseView(), flat));
    }

    @Test
    void theFittedModelIsTheLatestWindowsOls() {
        RegressionData data = data();
        RollingOlsResult rolling = estimator().fit(data);
        double[] y = data.responseView();
        double[] x = data.regressorsView()[0];
        OlsFit last = OlsSpec.of().fit(RegressionData.builder()
                .response("y", Arrays.copyOfRange(y, N - WINDOW, N))
                .regressor("x", Arrays.copyOfRange(x, N - WINDOW, N)).build());
        assertThat(rolling.nobs()).isEqualTo(WINDOW);
        assertThat(rolling.estimates()).containsExactly(last.estimates(), within(1e-10));
        assertThat(rolling.standardErrors()).containsExactly(last.standardErrors(), within(1e-10));
        assertThat(rolling.logLikelihood()).isCloseTo(last.logLikelihood(), within(1e-9));
        assertThat(rolling.informationCriteria().aic()).isCloseTo(last.informationCriteria().aic(), within(1e-8));
    }
}
