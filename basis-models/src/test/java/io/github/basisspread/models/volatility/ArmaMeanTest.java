package io.github.basisspread.models.volatility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The ARMA mean of a GARCH model (fGarch's {@code ~arma(u, v) + garch(p, q)}), beyond the fGarch
 * reference of {@link GarchReferenceTest}: the residual recursion written out, the simulated model
 * recovered, and the mean forecast after another history.
 */
class ArmaMeanTest {

    private static final double[] TRUE = {0.05, 0.6, -0.3, 0.05, 0.1, 0.85};

    private static double[] sample(int n, long seed) {
        return GarchSpec.of(1, 1).withArma(1, 1).simulate(TRUE, n, new SplittableRandom(seed));
    }

    @Test
    void theLikelihoodIsThatOfTheResidualRecursionWrittenOut() {
        double[] x = sample(300, 1);
        double[] th = {0.02, 0.4, 0.2, 0.08, 0.12, 0.8};
        // e_t = x_t - mu - ar x_{t-1} - ma e_{t-1}, e_0 = 0; h_0 = omega + (alpha + beta) mean(e^2)
        int n = x.length;
        double[] e = new double[n];
        double ss = 0;
        for (int t = 1; t < n; t++) {
            e[t] = x[t] - th[0] - th[1] * x[t - 1] - th[2] * e[t - 1];
            ss += e[t] * e[t];
        }
        double h = th[3] + (th[4] + th[5]) * ss / n;
        double ll = 0;
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                h = th[3] + th[4] * e[t - 1] * e[t - 1] + th[5] * h;
            }
            ll += -0.5 * (Math.log(2 * Math.PI) + Math.log(h) + e[t] * e[t] / h);
        }
        assertThat(GarchSpec.of(1, 1).withArma(1, 1).logLikelihood(x, th)).isCloseTo(ll, within(1e-9 * Math.abs(ll)));
    }

    @Test
    void aSimulatedModelIsRecoveredAndItsForecastsFollowTheHistory() {
        double[] x = sample(4000, 7);
        GarchFit fit = GarchSpec.of(1, 1).withArma(1, 1).fit(x);
        assertThat(fit.parameterNames()).containsExactly("mu", "ar1", "ma1", "omega", "alpha1", "beta1");
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        for (int i = 0; i < est.length; i++) {
            assertThat(est[i]).as(fit.parameterNames().get(i)).isCloseTo(TRUE[i], within(4 * se[i]));
        }
        assertThat(fit.spec().toString()).isEqualTo("GARCH(1,1), normal innovations, ARMA(1,1) mean");
        // after the fitted data, the forecast's mean; after a longer history, the appended fit's
        assertThat(fit.meanForecastAfter(x, 5)).containsExactly(fit.forecast(5).mean());
        double[] more = sample(4050, 7);
        double[] tail = Arrays.copyOfRange(more, 4000, 4050);
        double[] longer = Arrays.copyOf(x, 4050);
        System.arraycopy(tail, 0, longer, 4000, 50);
        double[] after = fit.meanForecastAfter(longer, 5);
        double[] appended = fit.append(tail).forecast(5).mean();
        for (int k = 0; k < 5; k++) {
            assertThat(after[k]).isCloseTo(appended[k], within(1e-12));
        }
        // the one-step mean written out: mu + ar x_T + ma e_T
        double[] e = fit.append(tail).residuals();
        double oneStep = est[0] + est[1] * longer[4049] + est[2] * e[4049];
        assertThat(after[0]).isCloseTo(oneStep, within(1e-12));
        assertThat(Arrays.stream(fit.simulate(20, new SplittableRandom(3))).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void ordersAndMeansAreChecked() {
        assertThat(GarchSpec.of(1, 1).withArma(1, 0)).isEqualTo(GarchSpec.of(1, 1).withMean(MeanModel.AR1));
        assertThat(GarchSpec.of(1, 1).withArma(0, 0)).isEqualTo(GarchSpec.of(1, 1).withMean(MeanModel.CONSTANT));
        assertThat(GarchSpec.of(1, 1).withArma(2, 1).parameterNames())
                .containsExactly("mu", "ar1", "ar2", "ma1", "omega", "alpha1", "beta1");
        assertThatThrownBy(() -> GarchSpec.of(1, 1).withArma(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'ar' must be in 0..10 but has value -1");
        assertThatThrownBy(() -> GarchSpec.of(1, 1).withMean(MeanModel.ARMA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withArma(ar, ma)");
        assertThatThrownBy(() -> GarchSpec.of(1, 1).withMean(MeanModel.ZERO).withRecursionStart(RecursionStart.TSERIES)
                .withArma(1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TSERIES");
        GarchFit fit = GarchSpec.of(1, 1).withArma(1, 1).fit(sample(500, 2));
        assertThatThrownBy(() -> fit.meanForecastAfter(new double[] {0.1}, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'history' must hold at least 2 returns but has 1");
    }
}
