package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.Forecast;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Estimates, log-likelihoods, information criteria, residuals and forecasts against R's
 * stats::arima on the frozen reference files (generate_arima_reference.R).
 */
class ArimaReferenceTest {

    /** Coefficients, sigma2, forecasts and their standard errors: relative, as the issue asks. */
    private static final double REL = 1e-3;
    /**
     * R's var.coef comes from optim's finite differences with steps of 1e-3 (in tanh-transformed
     * coordinates, with a 1e-3 forward-difference Jacobian), good to a few parts in 1e4; ours
     * from a central-difference Hessian with steps of 1.2e-4. The lh AR(1) case below shows ours
     * agree with a fine Hessian to 1e-5.
     */
    private static final double SE_REL = 2e-3;

    static Stream<Arguments> cases() {
        return RCases.ALL.stream().map(c -> Arguments.of(c.file(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesR(String file, RCases.Case c) {
        RReference r = c.ref();
        ArimaFit fit = c.spec().fit(c.data());
        assertThat(fit.parameterNames()).containsExactly(r.strings("coef_names"));
        assertThat(fit.convergence().converged()).isTrue();
        double[] coef = fit.estimates();
        double[] rc = r.values("coef");
        double[] se = fit.standardErrors();
        double[] rse = r.values("se");
        for (int i = 0; i < coef.length; i++) {
            assertThat(coef[i]).as("coef " + fit.parameterNames().get(i)).isCloseTo(rc[i], within(REL * Math.abs(rc[i])));
            assertThat(se[i]).as("se " + fit.parameterNames().get(i)).isCloseTo(rse[i], within(SE_REL * rse[i]));
        }
        // Equal or better than R's maximum of the same (exact) likelihood.
        double reference = file.startsWith("airline_log") || file.startsWith("usacc") ? r.value("loglik_exact")
                : r.value("loglik");
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(reference - 1e-5).isLessThan(reference + 1e-3);
        assertThat(fit.nobs()).isEqualTo((int) r.value("nobs"));
        assertThat(fit.sigma2()).isCloseTo(r.value("sigma2"), within(REL * r.value("sigma2")));
        if (c.spec().method() != ArimaSpec.Method.CSS) {
            // forecast's definitions; R's values carry R's log-likelihood, ours ours (<= 3e-3 apart).
            double dll = Math.abs(fit.logLikelihood() - r.value("loglik"));
            assertThat(fit.aic()).isCloseTo(r.value("aic"), within(2 * dll + 1e-9));
            assertThat(fit.aicc()).isCloseTo(r.value("aicc"), within(2 * dll + 1e-9));
            assertThat(fit.bic()).isCloseTo(r.value("bic"), within(2 * dll + 1e-9));
        }
        double[] res = fit.residuals();
        double[] rr = r.values("residuals");
        int dd = c.spec().differencingOrder();
        double sigma = Math.sqrt(fit.sigma2());
        // The first d + D s observed values are absorbed by the diffuse start: R gives y / sqrt(kappa) there, we 0.
        int observed = 0;
        for (int t = 0; t < res.length; t++) {
            if (Double.isNaN(rr[t])) {
                assertThat(res[t]).as("missing residual " + t).isNaN();
            } else if (++observed > dd) {
                assertThat(res[t]).as("residual " + t).isCloseTo(rr[t], within(REL * sigma));
            }
        }
        int h = (int) r.value("h");
        Forecast fc = fit.forecast(h, c.futureRegressors());
        double[] mean = fc.mean();
        double[] fse = fc.standardErrors();
        double[] rm = r.values("fc_mean");
        double[] rs = r.values("fc_se");
        for (int k = 0; k < h; k++) {
            assertThat(mean[k]).as("forecast " + k).isCloseTo(rm[k], within(REL * Math.abs(rm[k])));
            assertThat(fse[k]).as("forecast se " + k).isCloseTo(rs[k], within(REL * rs[k]));
        }
    }

    @Test
    void standardErrorsMatchAFineHessianOfTheExactLikelihood() {
        RCases.Case c = RCases.BY_FILE.get("lh_ar1_ml.txt");
        double[] fine = c.ref().values("se_fine_hessian");
        double[] se = c.spec().fit(c.data()).standardErrors();
        assertThat(se[0]).isCloseTo(fine[0], within(1e-4 * fine[0]));
        assertThat(se[1]).isCloseTo(fine[1], within(1e-4 * fine[1]));
    }

    @Test
    void rsDiffusePriorKappaOverstatesTheAirlineLikelihoodWhichWeComputeExactly() {
        // R: 244.69953 with kappa = 1e6; the exact diffuse value, the likelihood of the
        // differenced series, is 244.69649 (R on diff(diff(x), 12)).
        RCases.Case c = RCases.BY_FILE.get("airline_log_ap.txt");
        RReference r = c.ref();
        ArimaFit fit = c.spec().fit(c.data());
        assertThat(fit.logLikelihood()).isCloseTo(r.value("loglik_exact"), within(1e-7));
        assertThat(r.value("loglik") - fit.logLikelihood()).isBetween(0.0, 4e-3);
        double[] exact = r.values("coef_exact");
        assertThat(fit.estimates()[0]).isCloseTo(exact[0], within(1e-5));
        assertThat(fit.estimates()[1]).isCloseTo(exact[1], within(1e-5));
    }

    @Test
    void missingValuesWithDifferencingMatchRsLimitOfALargeKappa() {
        // The same model at R's default kappa = 1e6: 3e-3 above the exact value.
        RReference r = RCases.BY_FILE.get("airline_na_ml.txt").ref();
        ArimaFit fit = RCases.BY_FILE.get("airline_na_ml.txt").spec()
                .fit(RCases.BY_FILE.get("airline_na_ml.txt").data());
        assertThat(r.value("loglik_kappa_1e6") - fit.logLikelihood()).isBetween(0.0, 4e-3);
        assertThat(List.of(fit.estimates()[0], fit.estimates()[1])).allSatisfy(v -> assertThat(v).isNegative());
    }
}
