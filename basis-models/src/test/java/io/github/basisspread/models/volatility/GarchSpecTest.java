package io.github.basisspread.models.volatility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.EstimationException;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Bad input, stationarity reporting, EGARCH, forecasts against simulation, and the summary. */
class GarchSpecTest {

    @Test
    void tooShortNonFiniteAndNullAreRefusedNamingTheArgument() {
        double[] x = GarchContractTest.garchPath(29, 1);
        assertThatThrownBy(() -> GarchSpec.of(1, 1).fit(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'returns' must hold at least 30 observations but has 29");
        double[] y = GarchContractTest.garchPath(100, 1);
        y[7] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> GarchSpec.of(1, 1).fit(y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'returns' must be finite but has value Infinity at index 7");
        assertThatThrownBy(() -> GarchSpec.of(0, 1)).hasMessage("Argument 'p' must be in 1..10 but has value 0");
        assertThatThrownBy(() -> GarchSpec.of(1, -1)).hasMessage("Argument 'q' must be in 0..10 but has value -1");
        assertThatThrownBy(() -> VarianceModel.parse("figarch")).hasMessageContaining("'model'")
                .hasMessageContaining("figarch");
        assertThatThrownBy(() -> Innovation.parse("ged")).hasMessageContaining("'dist'");
        assertThatThrownBy(() -> MeanModel.parse("ar2")).hasMessageContaining("'mean'");
    }

    @Test
    void nonStationaryStartValuesAreRefused() {
        double[] x = FGarchReference.dem2gbp();
        assertThatThrownBy(() -> GarchSpec.of(1, 1).withStartValues(Map.of("alpha1", 0.4, "beta1", 0.7)).fit(x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'startValues' must give a stationary variance")
                .hasMessageContaining("persistence 1.1");
        assertThatThrownBy(() -> GarchSpec.of(1, 1).withStartValues(Map.of("delta", 2.0)))
                .hasMessageContaining("'startValues'").hasMessageContaining("'delta'");
        assertThatThrownBy(() -> GarchSpec.of(1, 1).withStartValues(Map.of("alpha1", -0.1)).fit(x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha1 = -0.1");
        assertThatThrownBy(() -> GarchSpec.of(1, 1).withFixed(Map.of("mu", 0.0, "omega", 0.1, "alpha1", 0.1,
                "beta1", 0.8))).hasMessageContaining("'fixed' must leave at least one parameter free");
    }

    @Test
    void constantSeriesRaisesEstimationExceptionWithDiagnostics() {
        double[] x = new double[100];
        Arrays.fill(x, -0.3);
        assertThatThrownBy(() -> GarchSpec.of(1, 1).fit(x)).isInstanceOf(EstimationException.class)
                .satisfies(e -> assertThat(((EstimationException) e).diagnostics()).contains("n = 100"));
    }

    @Test
    void nonStationaryVarianceIsReportedNotRefused() {
        // alpha + beta = 1.05 held fixed: the fit proceeds and says the variance is not stationary.
        GarchFit fit = GarchSpec.of(1, 1).withFixed(Map.of("alpha1", 0.3, "beta1", 0.75)).fit(FGarchReference.dem2gbp());
        assertThat(fit.persistence()).isCloseTo(1.05, within(1e-12));
        assertThat(fit.isStationary()).isFalse();
        assertThat(fit.unconditionalVariance()).isNaN();
        assertThat(fit.halfLife()).isInfinite();
        assertThat(fit.stationarity()).contains("not stationary");
        assertThat(fit.numberOfParameters()).isEqualTo(2);
        assertThat(fit.standardErrors()[2]).isZero();
        assertThat(fit.summary().toString()).contains("(fixed)").contains("not stationary");
    }

    @Test
    void halfLifeAndUnconditionalVarianceOfKnownParameters() {
        GarchFit fit = GarchSpec.of(1, 1).withFixed(Map.of("omega", 0.02, "alpha1", 0.1, "beta1", 0.8))
                .fit(FGarchReference.dem2gbp());
        assertThat(fit.persistence()).isCloseTo(0.9, within(1e-15));
        // log(1/2) / log(0.9) = 6.578813478960584; 0.02 / (1 - 0.9) = 0.2.
        assertThat(fit.halfLife()).isCloseTo(6.578813478960584, within(1e-12));
        assertThat(fit.unconditionalVariance()).isCloseTo(0.2, within(1e-14));
        assertThat(fit.isStationary()).isTrue();
        // Far ahead the variance forecast reaches the unconditional variance.
        assertThat(fit.varianceForecast(400)[399]).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void egarchLikelihoodIsTheHandWrittenOneAtItsMaximum() {
        // No R package on this machine fits EGARCH (rugarch is absent; fGarch's APARCH is not EGARCH).
        // The check: the log-likelihood of the fit equals Nelson's (1991) eq. 2.1 written out below,
        // independently of the library's filter, and no parameter step improves it.
        double[] x = FGarchReference.dem2gbp();
        GarchSpec spec = GarchSpec.of(1, 1).withModel(VarianceModel.EGARCH).withInnovation(Innovation.STUDENT_T);
        GarchFit fit = spec.fit(x);
        assertThat(fit.parameterNames()).containsExactly("mu", "omega", "alpha1", "gamma1", "beta1", "shape");
        double[] th = fit.estimates();
        assertThat(fit.logLikelihood()).isCloseTo(egarchT(x, th), within(1e-8));
        for (int i = 0; i < th.length; i++) {
            for (double step : new double[] {-1e-4, 1e-4}) {
                double[] moved = th.clone();
                moved[i] += step * Math.max(1, Math.abs(th[i]));
                assertThat(egarchT(x, moved)).as("step in " + fit.parameterNames().get(i))
                        .isLessThanOrEqualTo(fit.logLikelihood() + 1e-9);
            }
        }
        assertThat(fit.hasStandardErrors()).isTrue();
        assertThat(fit.persistence()).isEqualTo(th[4]);
        assertThat(fit.isStationary()).isTrue();
    }

    /** EGARCH(1,1)-t log-likelihood, Nelson (1991) eq. 2.1, log h_1 = log mean(e^2). */
    private static double egarchT(double[] x, double[] th) {
        double mu = th[0];
        double omega = th[1];
        double alpha = th[2];
        double gamma = th[3];
        double beta = th[4];
        double nu = th[5];
        int n = x.length;
        double m2 = 0;
        for (double v : x) {
            m2 += (v - mu) * (v - mu) / n;
        }
        double eAbs = 2 * Math.sqrt(nu - 2) * Math.exp(lgamma((nu + 1) / 2) - lgamma(nu / 2))
                / (Math.sqrt(Math.PI) * (nu - 1));
        double c = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(Math.PI * (nu - 2));
        double logH = Math.log(m2);
        double ll = 0;
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                double zPrev = (x[t - 1] - mu) / Math.exp(0.5 * logH);
                logH = omega + alpha * (Math.abs(zPrev) - eAbs) + gamma * zPrev + beta * logH;
            }
            double z = (x[t] - mu) / Math.exp(0.5 * logH);
            ll += c - 0.5 * logH - (nu + 1) / 2 * Math.log(1 + z * z / (nu - 2));
        }
        return ll;
    }

    private static double lgamma(double v) {
        return org.apache.commons.math3.special.Gamma.logGamma(v);
    }

    @Test
    void fixedEgarchInterceptStaysAtItsValueInDataUnits() {
        // The search runs on the series divided by its standard deviation s, where the EGARCH intercept
        // is omega - 2 log(s) (1 - beta): a fixed omega must come back as given, with beta free or fixed.
        double[] x = FGarchReference.dem2gbp();
        GarchSpec egarch = GarchSpec.of(1, 1).withModel(VarianceModel.EGARCH);
        GarchFit freeBeta = egarch.withFixed(Map.of("omega", -0.1)).fit(x);
        assertThat(freeBeta.coefficient("omega")).isCloseTo(-0.1, within(1e-12));
        assertThat(freeBeta.coefficient("beta1")).isNotEqualTo(0.9);
        GarchFit both = egarch.withFixed(Map.of("beta1", 0.95, "omega", -0.1)).fit(x);
        assertThat(both.coefficient("omega")).isCloseTo(-0.1, within(1e-12));
        assertThat(both.coefficient("beta1")).isEqualTo(0.95);
        assertThat(both.logLikelihood()).isCloseTo(egarch.logLikelihood(x, both.estimates()), within(1e-8));
    }

    @Test
    void appendFiltersNewReturnsWithoutReEstimating() {
        double[] x = FGarchReference.dem2gbp();
        double[] head = Arrays.copyOf(x, 1900);
        double[] tail = Arrays.copyOfRange(x, 1900, x.length);
        for (VarianceModel model : VarianceModel.values()) {
            GarchFit fit = GarchSpec.of(1, 1).withModel(model).withMean(MeanModel.AR1).fit(head);
            double oneStep = fit.varianceForecast(1)[0];
            double meanStep = fit.forecast(1).mean(1);
            GarchFit moved = fit.append(tail);
            assertThat(moved.estimates()).containsExactly(fit.estimates());
            assertThat(moved.logLikelihood()).isEqualTo(fit.logLikelihood());
            assertThat(moved.nobs()).isEqualTo(1900);
            assertThat(moved.observations()).containsExactly(x);
            assertThat(moved.conditionalVariances()).hasSize(1974).startsWith(fit.conditionalVariances());
            // The one-step variance forecast of the fit is the filtered variance of the first appended return,
            // and its mean forecast the first appended return less its residual.
            assertThat(moved.conditionalVariances()[1900]).as(model.label()).isCloseTo(oneStep, within(1e-15 * oneStep));
            assertThat(x[1900] - moved.residuals()[1900]).isCloseTo(meanStep, within(1e-15));
            // Appending one return at a time gives the same filter.
            GarchFit stepwise = fit;
            for (double r : tail) {
                stepwise = stepwise.append(r);
            }
            assertThat(stepwise.conditionalVariances()).containsExactly(moved.conditionalVariances());
            assertThat(stepwise.forecast(3)).isEqualTo(moved.forecast(3));
        }
        GarchFit fit = GarchSpec.of(1, 1).fit(head);
        assertThatThrownBy(() -> fit.append(0.1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newReturns' must be finite but has value NaN at index 1");
    }

    @Test
    void varianceForecastsAreTheMeanSquaredErrorsOfSimulatedPaths() {
        double[] x = FGarchReference.dem2gbp();
        for (VarianceModel model : new VarianceModel[] {VarianceModel.GARCH, VarianceModel.GJR}) {
            GarchFit fit = GarchSpec.of(1, 1).withModel(model).withMean(MeanModel.AR1).fit(x);
            int paths = 20_000;
            int h = 5;
            double[] mean = fit.forecast(h).mean();
            double[] se = fit.forecast(h).standardErrors();
            double[][] sq = new double[h][paths];
            SplittableRandom rng = new SplittableRandom(2024);
            for (int i = 0; i < paths; i++) {
                double[] path = fit.simulate(h, rng);
                for (int k = 0; k < h; k++) {
                    sq[k][i] = (path[k] - mean[k]) * (path[k] - mean[k]);
                }
            }
            for (int k = 0; k < h; k++) {
                double m = Arrays.stream(sq[k]).average().orElseThrow();
                double sd = Math.sqrt(Arrays.stream(sq[k]).map(v -> (v - m) * (v - m)).sum() / (paths - 1) / paths);
                // The simulated mean squared forecast error is the squared forecast standard error, within 4 MC errors.
                assertThat(m).as(model + " step " + (k + 1)).isCloseTo(se[k] * se[k], within(4 * sd));
            }
        }
    }

    @Test
    void seededSimulationIsReproducibleAndStudentTHasUnitVariance() {
        GarchFit fit = GarchSpec.of(1, 1).withInnovation(Innovation.STUDENT_T).fit(FGarchReference.dem2gbp());
        assertThat(fit.simulate(50, new SplittableRandom(9))).containsExactly(fit.simulate(50, new SplittableRandom(9)));
        SplittableRandom rng = new SplittableRandom(5);
        double s2 = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            double z = GarchPaths.draw(Innovation.STUDENT_T, 6.0, rng);
            s2 += z * z;
        }
        // Var of the unit-variance t(6) draws is 1; the sampling sd of the mean of z^2 is sqrt(Var z^2 / n) ~ 0.0035.
        assertThat(s2 / n).isCloseTo(1.0, within(0.02));
        assertThatThrownBy(() -> fit.simulate(0, rng)).hasMessageContaining("'horizon'");
        assertThatThrownBy(() -> fit.forecast(0)).hasMessageContaining("'horizon'");
    }

    @Test
    void simulatedGarchRecoversItsParameters() {
        double[] truth = {0.0, 0.05, 0.08, 0.9, 6.0};
        GarchSpec spec = GarchSpec.of(1, 1).withInnovation(Innovation.STUDENT_T);
        double[] x = spec.simulate(truth, 5000, new SplittableRandom(77));
        GarchFit fit = spec.fit(x);
        double[] est = fit.estimates();
        double[] se = fit.robustStandardErrors();
        for (int i = 0; i < truth.length; i++) {
            assertThat(est[i]).as(fit.parameterNames().get(i)).isCloseTo(truth[i], within(4 * se[i]));
        }
        assertThatThrownBy(() -> spec.simulate(new double[] {0.0, 0.05, 0.2, 0.85, 6.0}, 10, new SplittableRandom(1)))
                .hasMessageContaining("'parameters' must give a stationary variance");
    }

    @Test
    void summaryAndToStringNameEverything() {
        GarchFit fit = GarchSpec.of(1, 1).withModel(VarianceModel.GJR).fit(FGarchReference.dem2gbp());
        String s = fit.summary().toString();
        assertThat(s).startsWith("GJR-GARCH(1,1), normal innovations, constant mean")
                .contains("mu", "omega", "alpha1", "gamma1", "beta1", "omega (robust)", "log-likelihood -1106.1 ", "AIC",
                        "BIC", "nobs 1974", "converged after", "halves in");
        assertThat(fit.toString()).contains("gamma1 0.0284").contains("log-likelihood -1106.1").doesNotContain("\n");
        assertThat(fit.standardizedResiduals()).hasSize(1974);
        assertThat(fit.conditionalVolatility()[5]).isCloseTo(Math.sqrt(fit.conditionalVariances()[5]), within(1e-15));
    }
}
