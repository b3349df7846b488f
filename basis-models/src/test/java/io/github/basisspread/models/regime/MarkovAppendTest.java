package io.github.basisspread.models.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.Forecast;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code append} of the Markov-switching fit: new observations without re-estimating. The
 * expected filtered and smoothed probabilities and forecasts come from a two-regime Hamilton
 * filter and Kim smoother written out here (Hamilton 1994, eq. 22.4.5-22.4.8 and 22.4.14), run
 * over the longer sample with the estimated parameters.
 */
class MarkovAppendTest {

    private static final int N = 400;
    private static final int CUT = 360;

    private static double[] sample() {
        SplittableRandom rng = new SplittableRandom(23);
        double[] y = new double[N];
        int s = 0;
        for (int t = 0; t < N; t++) {
            s = rng.nextDouble() < (s == 0 ? 0.95 : 0.1) ? 0 : 1;
            y[t] = (s == 0 ? -1 : 2) + (s == 0 ? 0.5 : 1.2) * Simulated.gaussian(rng);
        }
        return y;
    }

    private static double density(double y, double mean, double variance) {
        double d = y - mean;
        return Math.exp(-0.5 * d * d / variance) / Math.sqrt(2 * Math.PI * variance);
    }

    @Test
    void theAppendedFitFiltersTheLongerSampleWithTheEstimatedParameters() {
        double[] y = sample();
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withSwitchingVariance(true).withStarts(2)
                .fit(MarkovSwitchingData.of(Arrays.copyOf(y, CUT)));
        MarkovSwitchingFit appended = fit.append(Arrays.copyOfRange(y, CUT, N));

        double[] mu = {fit.estimate("const[0]"), fit.estimate("const[1]")};
        double[] s2 = {fit.estimate("sigma2[0]"), fit.estimate("sigma2[1]")};
        double p00 = fit.estimate("p[0->0]");
        double p10 = fit.estimate("p[1->0]");
        double[][] tr = {{p00, 1 - p00}, {p10, 1 - p10}};
        double[][] pred = new double[N + 1][2];
        double[][] filt = new double[N][2];
        pred[0][0] = p10 / (1 - p00 + p10);
        pred[0][1] = 1 - pred[0][0];
        for (int t = 0; t < N; t++) {
            double a = pred[t][0] * density(y[t], mu[0], s2[0]);
            double b = pred[t][1] * density(y[t], mu[1], s2[1]);
            filt[t][0] = a / (a + b);
            filt[t][1] = b / (a + b);
            for (int j = 0; j < 2; j++) {
                pred[t + 1][j] = filt[t][0] * tr[0][j] + filt[t][1] * tr[1][j];
            }
        }
        double[][] smooth = new double[N][];
        smooth[N - 1] = filt[N - 1];
        for (int t = N - 2; t >= 0; t--) {
            smooth[t] = new double[2];
            for (int i = 0; i < 2; i++) {
                double sum = 0;
                for (int j = 0; j < 2; j++) {
                    sum += tr[i][j] * smooth[t + 1][j] / pred[t + 1][j];
                }
                smooth[t][i] = filt[t][i] * sum;
            }
        }
        double[][] filtered = appended.filteredProbabilities();
        double[][] smoothed = appended.smoothedProbabilities();
        assertThat(filtered).hasNumberOfRows(N);
        for (int t : new int[] {0, CUT - 1, CUT, N - 1}) {
            assertThat(filtered[t][1]).as("filtered %d", t).isCloseTo(filt[t][1], within(1e-10));
            assertThat(smoothed[t][1]).as("smoothed %d", t).isCloseTo(smooth[t][1], within(1e-10));
        }
        // the mixture forecast: P(S_{T+h}) = pred_T+1 P^(h-1); mean and variance of the mixture
        Forecast f = appended.forecast(3);
        double[] w = pred[N].clone();
        for (int h = 0; h < 3; h++) {
            double m = w[0] * mu[0] + w[1] * mu[1];
            double v = w[0] * (s2[0] + mu[0] * mu[0]) + w[1] * (s2[1] + mu[1] * mu[1]) - m * m;
            assertThat(f.mean()[h]).as("mean %d", h + 1).isCloseTo(m, within(1e-10));
            assertThat(f.standardErrors()[h]).as("se %d", h + 1).isCloseTo(Math.sqrt(v), within(1e-10));
            w = new double[] {w[0] * tr[0][0] + w[1] * tr[1][0], w[0] * tr[0][1] + w[1] * tr[1][1]};
        }
        // the estimation results stay those of the sample
        assertThat(appended.estimates()).containsExactly(fit.estimates());
        assertThat(appended.standardErrors()).containsExactly(fit.standardErrors());
        assertThat(appended.logLikelihood()).isEqualTo(fit.logLikelihood());
        assertThat(appended.nobs()).isEqualTo(fit.nobs()).isEqualTo(CUT);
        assertThat(fit.filteredProbabilities()).hasNumberOfRows(CUT);
    }

    @Test
    void anAppendedAutoregressionForecastsAsTheFilterOverTheWholeHistory() {
        double[] y = Simulated.ar1(500, 3);
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withAr(1).withStarts(2)
                .fit(MarkovSwitchingData.of(Arrays.copyOf(y, 450)));
        MarkovSwitchingFit appended = fit.append(Arrays.copyOfRange(y, 450, 480)).append(Arrays.copyOfRange(y, 480, 500));
        Forecast expected = fit.forecastAfter(y, 4);
        Forecast actual = appended.forecast(4);
        for (int h = 0; h < 4; h++) {
            assertThat(actual.mean()[h]).isCloseTo(expected.mean()[h], within(1e-12));
            assertThat(actual.standardErrors()[h]).isCloseTo(expected.standardErrors()[h], within(1e-12));
        }
        assertThat(fit.append().forecast(2).mean()).containsExactly(fit.forecast(2).mean());
    }

    @Test
    void badAppendsAreRefusedNamingTheArgument() {
        double[] y = sample();
        MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withStarts(1).fit(MarkovSwitchingData.of(y));
        assertThatThrownBy(() -> fit.append((double[]) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newObservations' must not be null");
        assertThatThrownBy(() -> fit.append((MarkovSwitchingData) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newData' must not be null");
        assertThatThrownBy(() -> fit.append(MarkovSwitchingData.of(new double[] {1}, new double[][] {{2}})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newData' must have the model's 0 regressors [] but has 1");
        double[][] x = new double[N][1];
        for (int t = 0; t < N; t++) {
            x[t][0] = Math.sin(t);
        }
        MarkovSwitchingFit withX = MarkovSwitchingSpec.of(2).withX("x").withStarts(1).fit(MarkovSwitchingData.of(y, x));
        assertThatThrownBy(() -> withX.append(1.0, 2.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'newObservations' cannot be appended without the regressors [x];"
                        + " use append(MarkovSwitchingData)");
        assertThat(withX.append(MarkovSwitchingData.of(new double[] {0.5}, new double[][] {{0.1}}))
                .filteredProbabilities()).hasNumberOfRows(N + 1);
    }
}
