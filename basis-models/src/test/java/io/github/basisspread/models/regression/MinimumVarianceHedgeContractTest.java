package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link MinimumVarianceHedge} and {@link HedgeEstimate} keep the estimator contract. */
class MinimumVarianceHedgeContractTest extends EstimatorContractTest<HedgePrices, HedgeEstimate> {

    @Override
    protected Estimator<HedgePrices, HedgeEstimate> estimator() {
        return MinimumVarianceHedge.of(HedgeReturns.PRICE_CHANGES);
    }

    @Override
    protected HedgePrices data() {
        // A future tracking spot with a basis that wanders: dF = dS + noise.
        SplittableRandom rng = new SplittableRandom(12);
        int n = 200;
        double[] spot = new double[n];
        double[] future = new double[n];
        spot[0] = 100;
        future[0] = 101;
        for (int i = 1; i < n; i++) {
            double d = rng.nextDouble() - 0.5;
            spot[i] = spot[i - 1] + d;
            future[i] = future[i - 1] + d + 0.3 * (rng.nextDouble() - 0.5);
        }
        return HedgePrices.of(spot, future);
    }

    @Override
    protected int expectedNumberOfParameters(HedgeEstimate fit) {
        // The intercept and the hedge ratio of the regression of dS on dF.
        return 2;
    }

    @Override
    protected HedgePrices badData() {
        return HedgePrices.of(new double[] {100, 101, -1, 102, 103}, new double[] {100, 101, 102, 103, 104});
    }

    @Override
    protected String badArgumentName() {
        return "spotPrices";
    }

    @Override
    protected Impossible<HedgePrices, HedgeEstimate> impossibleFit() {
        // The hedge instrument's price never changes: no hedge ratio exists.
        double[] flat = new double[200];
        Arrays.fill(flat, 50);
        return new Impossible<>(estimator(), HedgePrices.of(data().spotPrices(), flat));
    }

    @Test
    void theLikelihoodIsTheHedgeRegressions() {
        HedgePrices data = data();
        HedgeEstimate hedge = estimator().fit(data);
        double[] s = data.spotPrices();
        double[] f = data.hedgePrices();
        double[] ds = new double[s.length - 1];
        double[] df = new double[s.length - 1];
        for (int i = 0; i < ds.length; i++) {
            ds[i] = s[i + 1] - s[i];
            df[i] = f[i + 1] - f[i];
        }
        OlsFit ols = OlsSpec.of().fit(RegressionData.builder().response("spot", ds)
                .regressor("hedge", df).build());
        assertThat(hedge.estimates()).containsExactly(new double[] {ols.coefficient("hedge")}, within(1e-12));
        assertThat(hedge.logLikelihood()).isCloseTo(ols.logLikelihood(), within(1e-9));
        assertThat(hedge.informationCriteria().bic()).isCloseTo(ols.informationCriteria().bic(), within(1e-8));
    }
}
