package io.github.basisspread.models.risk;

import java.util.Locale;

/**
 * The RiskMetrics exponentially weighted moving-average volatility (J.P. Morgan/Reuters,
 * RiskMetrics Technical Document, 4th ed. 1996, eq. 5.3), zero mean:
 * {@code sigma2[t+1] = lambda * sigma2[t] + (1 - lambda) * x[t]^2}, started at
 * {@code sigma2[0] = mean(x^2)} over the whole series (so the start uses the whole sample; its
 * weight decays as {@code lambda^t}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lambda the decay factor, in (0, 1); RiskMetrics uses 0.94 for daily data
 */
public record EwmaVolatility(double lambda) implements VolatilityScaler {

    /**
     * Validates the decay.
     *
     * @param lambda the decay factor
     * @throws IllegalArgumentException if lambda is not in (0, 1)
     */
    public EwmaVolatility {
        RiskArgs.level(lambda, "lambda");
    }

    /**
     * The scaler with decay {@code lambda}.
     *
     * @param lambda the decay factor, in (0, 1)
     * @return the scaler
     * @throws IllegalArgumentException if lambda is not in (0, 1)
     */
    public static EwmaVolatility of(double lambda) {
        return new EwmaVolatility(lambda);
    }

    /**
     * The RiskMetrics daily decay, 0.94.
     *
     * @return the scaler
     */
    public static EwmaVolatility riskMetrics() {
        return new EwmaVolatility(0.94);
    }

    @Override
    public double[] conditionalVolatilities(double[] series) {
        RiskArgs.finiteSample(series, "series", 2);
        int n = series.length;
        double start = 0;
        for (double x : series) {
            start += x * x;
        }
        start /= n;
        if (!(start > 0)) {
            throw RiskArgs.fail("series", "all zeros", "not be constant at zero (no volatility to scale)");
        }
        double[] sigma = new double[n + 1];
        double variance = start;
        for (int t = 0; t <= n; t++) {
            sigma[t] = Math.sqrt(variance);
            if (t < n) {
                variance = lambda * variance + (1 - lambda) * series[t] * series[t];
            }
        }
        return sigma;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "EWMA lambda %.4f", lambda);
    }
}
