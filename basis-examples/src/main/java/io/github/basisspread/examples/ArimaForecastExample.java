package io.github.basisspread.examples;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.arima.ArimaData;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.AutoArima;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * ARIMA forecast: the basis of a perpetual over the next day, from a model chosen automatically,
 * with 95% intervals.
 *
 * <p>The hourly relative basis {@code F/S - 1} of a perpetual is simulated (seeded) as a
 * stationary AR(1) around 5 bp: {@code b_t - 5bp = 0.8 (b_{t-1} - 5bp) + e_t}, {@code e_t ~
 * N(0, (2bp)^2)}, 500 hours from {@link #START}. The automatic search (Hyndman and Khandakar 2008, as R's
 * {@code forecast::auto.arima}) chooses the differencing by KPSS tests and the orders by AICc;
 * the fit is exact maximum likelihood. The forecast starts from the last hour and decays towards
 * the estimated mean; its standard error grows towards the stationary one,
 * {@code 2bp / sqrt(1 - 0.8^2) = 3.33 bp}. The intervals leave out the uncertainty of the
 * estimated coefficients, as R's do. The series carries its hours, so the forecast gives the
 * time of each step.
 *
 * <p>Run it with {@code ./basis example arima-forecast}.
 */
public final class ArimaForecastExample {

    /** The mean of the simulated basis, 5 bp. */
    public static final double MEAN = 0.0005;

    /** The AR(1) coefficient of the simulated basis. */
    public static final double PHI = 0.8;

    /** The innovation standard deviation of the simulated basis, 2 bp. */
    public static final double SIGMA = 0.0002;

    /** The number of hours simulated. */
    public static final int HOURS = 500;

    /** The first hour of the simulated series. */
    public static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    /** The forecast horizon in hours. */
    public static final int HORIZON = 24;

    private ArimaForecastExample() {
    }

    /**
     * What the example computes.
     *
     * @param lastObserved the basis at the last hour
     * @param fit the chosen model, fitted
     * @param forecast the forecast of the next {@link #HORIZON} hours
     * @param interval95 its 95% interval
     */
    public record Result(double lastObserved, ArimaFit fit, Forecast forecast, ConfidenceBand interval95) {
    }

    /**
     * Runs the example.
     *
     * @return the chosen model and its forecast
     */
    public static Result run() {
        double[] basis = simulate(new Random(8L));
        TimeSeries hourly = TimeSeries.regular(START, Duration.ofHours(1), basis);
        ArimaFit fit = AutoArima.of().fit(ArimaData.of(hourly));
        Forecast forecast = fit.forecast(HORIZON);
        return new Result(basis[HOURS - 1], fit, forecast, forecast.interval(0.95));
    }

    /** The AR(1) basis, started from its stationary law so that there is no burn-in. */
    static double[] simulate(Random random) {
        double[] b = new double[HOURS];
        double deviation = SIGMA / Math.sqrt(1 - PHI * PHI) * random.nextGaussian();
        for (int t = 0; t < HOURS; t++) {
            if (t > 0) {
                deviation = PHI * deviation + SIGMA * random.nextGaussian();
            }
            b[t] = MEAN + deviation;
        }
        return b;
    }

    /**
     * Prints the model and the forecast.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        ArimaFit fit = r.fit();
        out.printf(Locale.ROOT, "auto-ARIMA on %d hours of simulated perpetual basis (true AR(1), mean 5 bp, "
                + "phi 0.8): %s%n", HOURS, fit.spec());
        for (String name : fit.parameterNames()) {
            out.printf(Locale.ROOT, "  %-10s %10.5f (s.e. %.5f)%n", name, fit.coefficient(name),
                    fit.standardError(name));
        }
        out.printf(Locale.ROOT, "  sigma2 %.3e, log-likelihood %.2f, AICc %.2f%n", fit.sigma2(), fit.logLikelihood(),
                fit.aicc());
        out.printf(Locale.ROOT, "Last hour %.2f bp; forecast (bp) with 95%% interval:%n", 1e4 * r.lastObserved());
        double[] mean = r.forecast().mean();
        double[] lower = r.interval95().lower();
        double[] upper = r.interval95().upper();
        List<Instant> times = r.forecast().times().orElseThrow();
        for (int h : new int[] {1, 2, 3, 6, 12, 24}) {
            out.printf(Locale.ROOT, "  +%2dh %s %6.2f  [%6.2f, %6.2f]%n", h, times.get(h - 1), 1e4 * mean[h - 1],
                    1e4 * lower[h - 1], 1e4 * upper[h - 1]);
        }
    }

    /**
     * Runs the example and prints the forecast.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
