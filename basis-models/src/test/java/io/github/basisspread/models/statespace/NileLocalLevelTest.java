package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.ConfidenceBand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Nile local level fitted by exact-diffuse maximum likelihood, against Durbin and Koopman
 * (2012, sec. 2.10.2: sigma2_eps = 15099, sigma2_eta = 1469.1) and R 4.2.2 (StructTS and
 * arima(0,1,1) log-likelihood), frozen by generate_nile.R.
 */
class NileLocalLevelTest {

    private static final double[] NILE = ReferenceCsv.nile();
    private static final Map<String, String> R = ReferenceCsv.rReference();

    @Test
    void maximumLikelihoodMatchesDurbinKoopmanAndR() {
        StateSpaceFit fit = LocalLevel.of().withStrict(true).fit(NILE);
        double eps = fit.estimates()[0];
        double eta = fit.estimates()[1];
        double rEps = Double.parseDouble(R.get("structts_epsilon"));
        double rEta = Double.parseDouble(R.get("structts_level"));
        // Within 0.1% of both published sets.
        assertThat(eps).isCloseTo(15099, within(15.099));
        assertThat(eta).isCloseTo(1469.1, within(1.4691));
        assertThat(eps).isCloseTo(rEps, within(1e-3 * rEps));
        assertThat(eta).isCloseTo(rEta, within(1e-3 * rEta));
        // The local level's exact-diffuse likelihood is the exact MA(1) likelihood of the differences,
        // whose maximum R finds at -632.54562510304731 (arima on diff(Nile)): we must reach it.
        double exact = Double.parseDouble(R.get("arima_diff_ma1_loglik"));
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(exact - 1e-9);
        // R's arima(Nile, c(0,1,1)) reports -632.5456243831909: its kappa = 1e6 prior on the
        // integrated state adds ~7.2e-7; equal to ours at the 1e-6 level.
        assertThat(fit.logLikelihood()).isCloseTo(Double.parseDouble(R.get("arima011_loglik")), within(1e-6));
        assertThat(fit.convergence().converged()).isTrue();
        assertThat(fit.nobs()).isEqualTo(99);
        assertThat(fit.hasStandardErrors()).isTrue();
        assertThat(fit.parameterNames()).containsExactly("sigma2_epsilon", "sigma2_eta");
    }

    @Test
    void logLikelihoodAtRsEstimatesEqualsArimaAndStatsmodelsConventions() {
        double rEps = Double.parseDouble(R.get("structts_epsilon"));
        double rEta = Double.parseDouble(R.get("structts_level"));
        FilterResult f = KalmanFilter.filter(LocalLevel.model(rEps, rEta), NILE);
        // R's arima drops the diffuse first observation entirely (the kappa = 1e6 prior adds ~7e-7).
        assertThat(f.logLikelihood()).isCloseTo(Double.parseDouble(R.get("arima011_loglik")), within(1e-6));
        // statsmodels (and Durbin and Koopman eq. 7.4) add -(log 2 pi + log F_inf)/2 = -0.918938533 for it (F_inf = 1).
        assertThat(f.diffuseLogLikelihood() - f.logLikelihood()).isCloseTo(-0.5 * Math.log(2 * Math.PI),
                within(1e-12));
        assertThat(f.diffuseObservationCount()).isEqualTo(1);
        // The fast path (likelihood only) gives the same number as the stored filter.
        assertThat(KalmanFilter.logLikelihood(LocalLevel.model(rEps, rEta), NILE))
                .isCloseTo(f.logLikelihood(), within(1e-9));
    }

    @Test
    void smoothedLevelBandsCoverTheSmoothedLevel() {
        StateSpaceFit fit = LocalLevel.of().fit(NILE);
        ConfidenceBand band = fit.smoothedState(0, 0.90);
        ConfidenceBand filtered = fit.filteredState(0, 0.90);
        double[] lo = band.lower();
        double[] est = band.estimate();
        double[] hi = band.upper();
        for (int t = 0; t < NILE.length; t++) {
            assertThat(lo[t]).isLessThan(est[t]);
            assertThat(hi[t]).isGreaterThan(est[t]);
            // Smoothing uses more data than filtering: never a wider band.
            assertThat(hi[t] - lo[t]).isLessThanOrEqualTo(filtered.upper()[t] - filtered.lower()[t] + 1e-9);
        }
        // Half-width at the end equals z_{0.95} * sqrt(P_{n|n}): filtered and smoothed coincide at t = n - 1.
        double se = Math.sqrt(fit.smootherResult().smoothedStateCovariance(NILE.length - 1)[0][0]);
        assertThat(hi[NILE.length - 1] - est[NILE.length - 1]).isCloseTo(1.6448536269514722 * se, within(1e-6));
    }
}
