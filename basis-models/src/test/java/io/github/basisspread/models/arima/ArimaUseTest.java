package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.Forecast;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Appending data, simulation and diagnostics of fitted models. */
class ArimaUseTest {

    @Test
    void appendingFiltersOnWithoutReestimating() {
        RCases.Case c = RCases.BY_FILE.get("airline_log_ap.txt");
        double[] y = c.ref().values("y");
        double[] head = Arrays.copyOf(y, 120);
        ArimaFit early = c.spec().fit(head);
        double[] tail = Arrays.copyOfRange(y, 120, y.length);
        tail[3] = Double.NaN;
        ArimaFit appended = early.append(tail);
        assertThat(appended.estimates()).isEqualTo(early.estimates());
        assertThat(appended.logLikelihood()).isEqualTo(early.logLikelihood());
        assertThat(appended.residuals()).hasSize(y.length);
        assertThat(appended.residuals()[123]).isNaN();
        // The same coefficients held fixed on the whole series give the same filter state.
        double[] full = y.clone();
        full[123] = Double.NaN;
        Map<String, Double> fixed = new HashMap<>();
        for (int i = 0; i < early.parameterNames().size(); i++) {
            fixed.put(early.parameterNames().get(i), early.estimates()[i]);
        }
        ArimaFit refit = c.spec().withFixed(fixed).fit(full);
        Forecast a = appended.forecast(6);
        Forecast b = refit.forecast(6);
        assertThat(a.mean()).containsExactly(b.mean(), within(1e-9));
        double ratio = Math.sqrt(early.sigma2() / refit.sigma2());
        for (int h = 0; h < 6; h++) {
            assertThat(a.standardErrors()[h]).isCloseTo(b.standardErrors()[h] * ratio, within(1e-9));
        }
        assertThat(appended.residuals()[130]).isCloseTo(refit.residuals()[130], within(1e-9));
    }

    @Test
    void appendWithRegressorsContinuesTheTrend() {
        RCases.Case c = RCases.BY_FILE.get("lakehuron_trend_ar2_ml.txt");
        ArimaFit fit = c.spec().fit(c.data());
        double[][] x = c.futureRegressors();
        Forecast before = fit.forecast(2, new double[][] {x[0], x[1]});
        ArimaFit next = fit.append(new double[] {before.mean()[0]}, new double[][] {x[0]});
        // Observing exactly the forecast leaves the next forecast where it was.
        assertThat(next.forecast(1, new double[][] {x[1]}).mean()[0]).isCloseTo(before.mean()[1], within(1e-9));
        assertThat(next.observations()).hasSize(99);
    }

    @Test
    void seededSimulationIsReproducibleAndMatchesTheForecastDistribution() {
        RCases.Case c = RCases.BY_FILE.get("wwwusage_drift_ml.txt");
        ArimaFit fit = c.spec().fit(c.data());
        assertThat(fit.simulate(5, new SplittableRandom(7))).isEqualTo(fit.simulate(5, new SplittableRandom(7)));
        Forecast fc = fit.forecast(3);
        int paths = 4000;
        SplittableRandom random = new SplittableRandom(42);
        double[] sum = new double[3];
        double[] sum2 = new double[3];
        for (int i = 0; i < paths; i++) {
            double[] s = fit.simulate(3, random);
            for (int h = 0; h < 3; h++) {
                sum[h] += s[h];
                sum2[h] += s[h] * s[h];
            }
        }
        for (int h = 0; h < 3; h++) {
            double mean = sum[h] / paths;
            double sd = Math.sqrt(sum2[h] / paths - mean * mean);
            double se = fc.standardErrors()[h];
            // Mean within 4 standard errors of the Monte Carlo mean; sd within 10 %.
            assertThat(mean).isCloseTo(fc.mean()[h], within(4 * se / Math.sqrt(paths)));
            assertThat(sd).isCloseTo(se, within(0.1 * se));
        }
    }

    @Test
    void ljungBoxOfAGoodFitDoesNotReject() {
        RCases.Case c = RCases.BY_FILE.get("airline_log_ap.txt");
        ArimaFit fit = c.spec().fit(c.data());
        LjungBox lb = fit.ljungBox(24);
        assertThat(lb.degreesOfFreedom()).isEqualTo(22);
        assertThat(lb.pValue()).isGreaterThan(0.05);
        assertThat(fit.maRoots()).allSatisfy(r -> assertThat(r.modulus()).isGreaterThan(1));
        assertThat(fit.method()).isEqualTo(ArimaSpec.Method.CSS_ML);
        assertThat(fit.covariance()[0][1]).isEqualTo(fit.covariance()[1][0]);
        assertThat(fit.standardError("sma1")).isEqualTo(fit.standardErrors()[1]);
        assertThat(fit.toString()).startsWith("ARIMA(0,1,1)(0,1,1)[12]: ma1 "
                + io.github.basisspread.models.api.ModelSummary.number(fit.coefficient("ma1")) + " (");
    }

    @Test
    void nonInvertibleMaEstimateIsReflected() {
        // An MA(1) with theta = 2 and sigma = 1 has the same autocovariances as theta = 0.5,
        // sigma = 2: the fit reports the invertible one whatever the start.
        SplittableRandom random = new SplittableRandom(3);
        double[] e = new double[401];
        for (int t = 0; t < e.length; t++) {
            e[t] = random.nextGaussian();
        }
        double[] y = new double[400];
        for (int t = 0; t < y.length; t++) {
            y[t] = e[t + 1] + 2 * e[t];
        }
        ArimaFit fit = ArimaSpec.of(0, 0, 1).withoutConstant().withStartValues(Map.of("ma1", 1.8)).withMethod(ArimaSpec.Method.ML)
                .fit(y);
        assertThat(fit.coefficient("ma1")).isBetween(0.35, 0.65);
        assertThat(fit.sigma2()).isBetween(3.2, 4.8);
    }
}
