package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.models.api.ModelSummary;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The summaries of the least-squares results name their terms, statistics and covariance. */
class RegressionSummaryTest {

    private static RegressionData data(int n) {
        SplittableRandom rng = new SplittableRandom(5);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            y[i] = 1 + 2 * x[i] + 0.1 * (rng.nextDouble() - 0.5);
        }
        return RegressionData.builder().response("basis", y).regressor("funding", x).build();
    }

    @Test
    void olsSummaryHasTStatisticsAndTheHacLagUsed() {
        // n = 200: the automatic Newey-West lag is floor(4 (200 / 100)^(2/9)) = floor(4.666) = 4.
        OlsFit fit = OlsSpec.of().withCovariance(CovarianceEstimator.neweyWest()).fit(data(200));
        String s = fit.summary().toString();
        assertThat(fit.covarianceName()).isEqualTo("HAC(4 = auto, bartlett)");
        assertThat(s).startsWith("OLS: basis ~ intercept + funding\ncovariance: HAC(4 = auto, bartlett)\n")
                .contains("P>|t|", "R-squared " + ModelSummary.number(fit.rSquared()), "df 198", "nobs 200");
        double[] t = fit.tValues();
        assertThat(s).contains(String.format(Locale.ROOT, "%.3f", t[1]));
        assertThat(fit.toString()).contains("funding " + ModelSummary.number(fit.coefficient("funding")) + " ("
                + ModelSummary.number(fit.standardError("funding")) + ")");
        // A fixed lag prints as given.
        assertThat(OlsSpec.of().withCovariance(CovarianceEstimator.neweyWest(2, true)).fit(data(50))
                .summary().toString()).contains("covariance: HAC(2, bartlett, corrected)");
    }

    @Test
    void rollingAndHedgeSummaries() {
        RollingOlsResult r = RollingOls.of(50).fit(data(120));
        assertThat(r.summary().toString()).startsWith("Rolling OLS, latest of 71 windows\n")
                .contains("latest window: observations 70 to 119", "nobs 50");
        double[] spot = new double[60];
        double[] future = new double[60];
        SplittableRandom rng = new SplittableRandom(9);
        spot[0] = 100;
        future[0] = 101;
        for (int i = 1; i < 60; i++) {
            double common = rng.nextDouble() - 0.5;
            future[i] = future[i - 1] + common;
            spot[i] = spot[i - 1] + 0.9 * common + 0.05 * (rng.nextDouble() - 0.5);
        }
        HedgeEstimate h = MinimumVarianceHedge.of(HedgeReturns.PRICE_CHANGES).fit(spot, future);
        assertThat(h.summary().toString()).startsWith("Minimum-variance hedge\n")
                .contains("hedgeRatio", ModelSummary.number(h.hedgeRatio()), "effectiveness "
                        + ModelSummary.number(h.effectiveness()), "nobs 59");
    }
}
