package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.Forecast;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formulas checked against arithmetic done by hand (written in the comments). */
class ArimaHandTest {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    @Test
    void seasonalPolynomialsMultiplyOut() {
        // (1 - 0.5B)(1 - 0.3B^4) = 1 - 0.5B - 0.3B^4 + 0.15B^5: phi = (0.5, 0, 0, 0.3, -0.15)
        assertThat(Polynomials.expandAr(new double[] {0.5}, new double[] {0.3}, 4))
                .containsExactly(new double[] {0.5, 0, 0, 0.3, -0.15}, within(1e-15));
        // (1 + 0.4B)(1 + 0.2B^2) = 1 + 0.4B + 0.2B^2 + 0.08B^3
        assertThat(Polynomials.expandMa(new double[] {0.4}, new double[] {0.2}, 2))
                .containsExactly(new double[] {0.4, 0.2, 0.08}, within(1e-15));
        // (1 - B)(1 - B^4) = 1 - B - B^4 + B^5: delta = (1, 0, 0, 1, -1)
        assertThat(Polynomials.differencing(1, 1, 4)).containsExactly(new double[] {1, 0, 0, 1, -1}, within(1e-15));
        // (1 - B)^2 = 1 - 2B + B^2: delta = (2, -1); differences of 1, 4, 9, 16 are 2, 2
        assertThat(Polynomials.difference(new double[] {1, 4, 9, 16}, Polynomials.differencing(2, 0, 1)))
                .containsExactly(new double[] {2, 2}, within(1e-15));
    }

    @Test
    void nonInvertibleMaIsReflected() {
        // 1 + 2z has its root -0.5 inside the unit circle; reflected to -2: 1 + 0.5z.
        assertThat(Polynomials.invertMa(new double[] {2.0})).containsExactly(new double[] {0.5}, within(1e-12));
        double[] ok = {0.5};
        assertThat(Polynomials.invertMa(ok)).isSameAs(ok);
        // 1 + 2.5z + z^2 = (1 + 2z)(1 + 0.5z) -> (1 + 0.5z)^2 = 1 + z + 0.25z^2
        assertThat(Polynomials.invertMa(new double[] {2.5, 1})).containsExactly(new double[] {1, 0.25}, within(1e-12));
    }

    @Test
    void ar1ExactLikelihoodAndForecastByHand() {
        // y = (1, 2), phi = 0.5, no mean. P_1 = 1 / (1 - 0.25) = 4/3: v_1 = 1, F_1 = 4/3;
        // a_2 = 0.5 * 1, v_2 = 1.5, F_2 = 1. sum v^2/F = 0.75 + 2.25 = 3, sum log F = log(4/3),
        // sigma2 = 3 / 2 = 1.5, loglik = -0.5 (2 log 1.5 + log(4/3) + 2 (1 + log 2 pi)).
        ArimaFit fit = ArimaSpec.of(1, 0, 0).withoutConstant().withFixed(Map.of("ar1", 0.5)).withMethod(ArimaSpec.Method.ML)
                .fit(new double[] {1, 2});
        assertThat(fit.sigma2()).isCloseTo(1.5, within(1e-14));
        double ll = -0.5 * (2 * Math.log(1.5) + Math.log(4.0 / 3) + 2 * (1 + LOG_2PI));
        assertThat(fit.logLikelihood()).isCloseTo(ll, within(1e-13));
        // Standardised residuals v / sqrt(F): 1 / sqrt(4/3) and 1.5.
        assertThat(fit.residuals()).containsExactly(new double[] {Math.sqrt(0.75), 1.5}, within(1e-14));
        // y_3 = 0.5 * 2 = 1 with variance 1.5; y_4 = 0.25 * 2 = 0.5 with variance 1.5 (1 + 0.25).
        Forecast fc = fit.forecast(2);
        assertThat(fc.mean()).containsExactly(new double[] {1.0, 0.5}, within(1e-14));
        assertThat(fc.standardErrors()).containsExactly(new double[] {Math.sqrt(1.5), Math.sqrt(1.875)}, within(1e-14));
        // A fixed coefficient: standard error zero, not counted (k = sigma2 only).
        assertThat(fit.standardErrors()).containsExactly(0.0);
        assertThat(fit.numberOfParameters()).isEqualTo(1);
        ConfidenceBand band = fc.interval(0.95);
        assertThat(band.upper()[0]).isCloseTo(1.0 + 1.959963984540054 * Math.sqrt(1.5), within(1e-9));
        assertThat(band.lower()[0]).isCloseTo(1.0 - 1.959963984540054 * Math.sqrt(1.5), within(1e-9));
    }

    @Test
    void randomWalkByHand() {
        // ARIMA(0,1,0) of (1, 3, 2, 5): differences 2, -1, 3, n.used = 3, sigma2 = 14/3,
        // loglik = -0.5 (3 log(14/3) + 3 (1 + log 2 pi)); forecasts 5 with variance h 14/3.
        ArimaFit fit = ArimaSpec.of(0, 1, 0).fit(new double[] {1, 3, 2, 5});
        assertThat(fit.parameterNames()).isEmpty();
        assertThat(fit.nobs()).isEqualTo(3);
        assertThat(fit.sigma2()).isCloseTo(14.0 / 3, within(1e-13));
        assertThat(fit.logLikelihood()).isCloseTo(-0.5 * (3 * Math.log(14.0 / 3) + 3 * (1 + LOG_2PI)), within(1e-12));
        Forecast fc = fit.forecast(3);
        assertThat(fc.mean()).containsExactly(new double[] {5, 5, 5}, within(1e-12));
        assertThat(fc.standardErrors()).containsExactly(new double[] {Math.sqrt(14.0 / 3), Math.sqrt(28.0 / 3),
            Math.sqrt(14.0)}, within(1e-12));
        // Residuals: zero for the observation absorbed by the differencing, then 2, -1, 3.
        assertThat(fit.residuals()).containsExactly(new double[] {0, 2, -1, 3}, within(1e-12));
        // k = 1 (sigma2), n = 3: AIC = -2 l + 2, AICc = AIC + 2 * 1 * 2 / (3 - 1 - 1) = AIC + 4,
        // BIC = -2 l + log 3.
        double l = fit.logLikelihood();
        assertThat(fit.aic()).isCloseTo(-2 * l + 2, within(1e-12));
        assertThat(fit.aicc()).isCloseTo(-2 * l + 2 + 4, within(1e-12));
        assertThat(fit.bic()).isCloseTo(-2 * l + Math.log(3), within(1e-12));
    }

    @Test
    void conditionalSumOfSquaresByHand() {
        // CSS AR(1), phi fixed at 0.5, y = (1, 2, 4): conditioned on y_1, e_2 = 2 - 0.5 = 1.5,
        // e_3 = 4 - 1 = 3, ssq = 11.25 over 2, sigma2 = 5.625, n.used = 3:
        // loglik = -0.5 * 3 (log 5.625 + 1 + log 2 pi).
        ArimaFit fit = ArimaSpec.of(1, 0, 0).withoutConstant().withFixed(Map.of("ar1", 0.5)).withMethod(ArimaSpec.Method.CSS)
                .fit(new double[] {1, 2, 4});
        assertThat(fit.sigma2()).isCloseTo(5.625, within(1e-13));
        assertThat(fit.logLikelihood()).isCloseTo(-1.5 * (Math.log(5.625) + 1 + LOG_2PI), within(1e-12));
        assertThat(fit.residuals()).containsExactly(new double[] {0, 1.5, 3}, within(1e-13));
    }

    @Test
    void ljungBoxByHand() {
        // e = (1, -1, 1, -1): mean 0, c0 = 4, c1 = -3, r1 = -0.75,
        // Q = 4 * 6 * 0.5625 / 3 = 4.5; P(chi2_1 > 4.5) = 2 (1 - Phi(sqrt 4.5)) = 0.033894853524689.
        LjungBox lb = LjungBox.test(new double[] {1, -1, Double.NaN, 1, -1}, 1, 0);
        assertThat(lb.statistic()).isCloseTo(4.5, within(1e-12));
        assertThat(lb.degreesOfFreedom()).isEqualTo(1);
        assertThat(lb.pValue()).isCloseTo(0.033894853524689, within(1e-9));
    }

    @Test
    void rootsOfTheLagPolynomials() {
        // 1 - 0.5z: root 2. 1 + 0.25 z^2 (phi = (0, -0.25)): roots +-2i.
        ArimaFit ar1 = ArimaSpec.of(1, 0, 0).withoutConstant().withFixed(Map.of("ar1", 0.5)).withMethod(ArimaSpec.Method.ML)
                .fit(new double[] {1, 2, 0, 1});
        assertThat(ar1.arRoots()).hasSize(1);
        assertThat(ar1.arRoots().get(0).real()).isCloseTo(2, within(1e-12));
        assertThat(ar1.maRoots()).isEmpty();
        ArimaFit ar2 = ArimaSpec.of(2, 0, 1).withoutConstant().withFixed(Map.of("ar1", 0.0, "ar2", -0.25, "ma1", -0.5))
                .withMethod(ArimaSpec.Method.ML).fit(new double[] {1, 2, 0, 1, 3});
        List<PolynomialRoot> roots = ar2.arRoots();
        assertThat(roots).hasSize(2).allSatisfy(r -> {
            assertThat(r.modulus()).isCloseTo(2, within(1e-12));
            assertThat(r.inverseModulus()).isCloseTo(0.5, within(1e-12));
            assertThat(Math.abs(r.imaginary())).isCloseTo(2, within(1e-12));
        });
        // 1 - 0.5z: MA root 2.
        assertThat(ar2.maRoots().get(0).real()).isCloseTo(2, within(1e-12));
    }

    @Test
    void namesDesignAndDescription() {
        ArimaSpec spec = ArimaSpec.of(2, 1, 1).withSeasonal(1, 1, 1, 12).withRegressors("x");
        assertThat(spec.coefficientNames()).containsExactly("ar1", "ar2", "ma1", "sar1", "sma1", "x");
        assertThat(spec.toString()).isEqualTo("ARIMA(2,1,1)(1,1,1)[12] with regressors [x]");
        ArimaSpec drift = ArimaSpec.of(0, 1, 1).withConstant();
        assertThat(drift.coefficientNames()).containsExactly("ma1", "drift");
        assertThat(drift.toString()).isEqualTo("ARIMA(0,1,1) with drift");
        assertThat(ArimaSpec.of(1, 0, 0).withConstant().withDrift().coefficientNames())
                .containsExactly("ar1", "intercept", "drift");
        // The drift column counts 1..n from the first observation.
        double[][] x = ArimaEstimation.design(drift, new double[3][0], 3, 1);
        assertThat(x).isDeepEqualTo(new double[][] {{1}, {2}, {3}});
        assertThat(drift).isEqualTo(ArimaSpec.of(0, 1, 1).withConstant()).hasSameHashCodeAs(
                ArimaSpec.of(0, 1, 1).withConstant());
        assertThat(drift).isNotEqualTo(spec);
    }

    @Test
    void meanIsEstimatedByDefaultWhenNothingIsDifferenced() {
        // R's arima(include.mean = TRUE) is the default: an intercept exactly when d + D = 0.
        ArimaSpec arma = ArimaSpec.of(1, 0, 1);
        assertThat(arma.hasIntercept()).isTrue();
        assertThat(arma.coefficientNames()).containsExactly("ar1", "ma1", "intercept");
        assertThat(arma.toString()).isEqualTo("ARIMA(1,0,1) with non-zero mean");
        assertThat(arma).isEqualTo(ArimaSpec.of(1, 0, 1).withConstant())
                .hasSameHashCodeAs(ArimaSpec.of(1, 0, 1).withConstant());
        ArimaSpec zeroMean = ArimaSpec.of(1, 0, 1).withoutConstant();
        assertThat(zeroMean.coefficientNames()).containsExactly("ar1", "ma1");
        assertThat(zeroMean).isNotEqualTo(arma);
        // Differenced: no mean and no drift unless asked for, as R's arima.
        assertThat(ArimaSpec.of(1, 1, 1).coefficientNames()).containsExactly("ar1", "ma1");
        assertThat(ArimaSpec.of(1, 0, 1).withSeasonal(0, 1, 1, 4).coefficientNames())
                .containsExactly("ar1", "ma1", "sma1");
        assertThat(ArimaSpec.of(0, 1, 1).withoutConstant().withDrift().coefficientNames())
                .containsExactly("ma1", "drift");
        // Twice differenced: the default is accepted (no constant), an explicit constant is not.
        assertThat(ArimaSpec.of(0, 2, 1).coefficientNames()).containsExactly("ma1");
        // The default fit is the fit with the constant asked for explicitly.
        double[] y = {1.2, 0.8, 1.9, 2.4, 1.1, 0.7, 1.6, 2.2, 1.8, 0.9, 1.4, 2.0, 1.3, 0.6, 1.7, 2.5};
        ArimaFit byDefault = ArimaSpec.of(1, 0, 0).withMethod(ArimaSpec.Method.ML).fit(y);
        ArimaFit explicit = ArimaSpec.of(1, 0, 0).withConstant().withMethod(ArimaSpec.Method.ML).fit(y);
        assertThat(byDefault.parameterNames()).containsExactly("ar1", "intercept");
        assertThat(byDefault.estimates()).containsExactly(explicit.estimates());
        assertThat(byDefault.logLikelihood()).isEqualTo(explicit.logLikelihood());
    }
}
