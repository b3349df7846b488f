package io.github.basisspread.models.backtest;

import io.github.basisspread.models.evaluation.Forecaster;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeck;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import java.util.OptionalDouble;

/**
 * The usual basis strategies. Each returned strategy is immutable, thread-safe and deterministic.
 * Stateless.
 */
public final class Strategies {

    private Strategies() {
    }

    /**
     * Cash and carry and its reverse on the relative basis {@code b = F / S - 1}: open carry when
     * {@code b >= entry}, reverse when {@code b <= -entry}; close once the basis has converged,
     * {@code |b| <= exit}.
     *
     * @param entry the entry threshold, positive decimal
     * @param exit the convergence threshold, zero or more and below entry
     * @return the strategy
     * @throws IllegalArgumentException if the thresholds are out of range
     */
    public static BasisStrategy cashAndCarry(double entry, double exit) {
        thresholds(entry, exit);
        return (view, position) -> {
            double b = view.relativeBasis(view.size() - 1);
            return threshold(b, position, entry, exit);
        };
    }

    /**
     * Funding carry on a perpetual: when the latest settled rate is at least {@code entry}, go
     * short the perpetual against long spot to receive funding; when it is at most
     * {@code -entry}, the reverse; close when {@code |rate| <= exit}.
     *
     * @param entry the entry rate per funding interval, positive decimal
     * @param exit the exit rate, zero or more and below entry
     * @return the strategy
     * @throws IllegalArgumentException if the thresholds are out of range
     */
    public static BasisStrategy fundingCarry(double entry, double exit) {
        thresholds(entry, exit);
        return (view, position) -> {
            OptionalDouble rate = view.lastFundingRate();
            return rate.isEmpty() ? Decision.HOLD : threshold(rate.getAsDouble(), position, entry, exit);
        };
    }

    /**
     * Model-driven entry on a forecast: fits the forecaster to the last {@code window} values of
     * the relative basis and forecasts h steps; the expected change {@code f_h - b} drives the
     * trade: at most {@code -entry} (the basis should fall) opens carry, at least {@code entry}
     * opens reverse, and a position closes once {@code |f_h - b| <= exit}.
     *
     * @param forecaster the forecaster
     * @param window the number of observations fitted, at least 2
     * @param horizon h, at least 1
     * @param entry the entry threshold on the expected change, positive decimal
     * @param exit the exit threshold, zero or more and below entry
     * @return the strategy (holds until the window is available)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static BasisStrategy forecastThreshold(Forecaster forecaster, int window, int horizon, double entry, double exit) {
        ArgChecker.notNull(forecaster, "forecaster");
        ArgChecker.isTrue(window >= 2, "window", window, "be at least 2");
        ArgChecker.positive(horizon, "horizon");
        thresholds(entry, exit);
        return (view, position) -> {
            if (view.size() < window) {
                return Decision.HOLD;
            }
            TimeSeries b = view.recentRelativeBasis(window);
            double now = b.value(window - 1);
            double change = forecaster.fit(b).forecast(b, horizon)[horizon - 1] - now;
            return threshold(-change, position, entry, exit);
        };
    }

    /**
     * Model-driven entry on the Ornstein-Uhlenbeck z-score: fits the process by exact maximum
     * likelihood to the last {@code window} values of the relative basis (time in ACT/365F years)
     * and computes {@code z = (b - mu) / sd}, sd the stationary standard deviation; opens carry at
     * {@code z >= entry}, reverse at {@code z <= -entry}, closes at {@code |z| <= exit}. When the
     * window shows no mean reversion (the fitter rejects it: an AR(1) coefficient outside (0, 1))
     * there is no z-score and the strategy holds; the stop and the expiry still apply.
     *
     * @param window the number of observations fitted, at least 10
     * @param entry the entry z, positive
     * @param exit the exit z, zero or more and below entry
     * @return the strategy (holds until the window is available)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static BasisStrategy ouZScore(int window, double entry, double exit) {
        ArgChecker.isTrue(window >= 10, "window", window, "be at least 10");
        thresholds(entry, exit);
        OrnsteinUhlenbeckFitter fitter = OrnsteinUhlenbeckFitter.of().withDayCount(DayCount.ACT_365F);
        return (view, position) -> {
            if (view.size() < window) {
                return Decision.HOLD;
            }
            TimeSeries b = view.recentRelativeBasis(window);
            OrnsteinUhlenbeck ou;
            try {
                ou = fitter.fit(b).model();
            } catch (IllegalArgumentException | EstimationException notMeanReverting) {
                // The window shows no mean reversion (phi outside (0, 1)): no z-score, no new decision.
                return Decision.HOLD;
            }
            double z = (b.value(window - 1) - ou.mu()) / ou.stationaryStandardDeviation();
            return threshold(z, position, entry, exit);
        };
    }

    private static Decision threshold(double signal, Position position, double entry, double exit) {
        return switch (position) {
            case FLAT -> signal >= entry ? Decision.OPEN_CARRY : signal <= -entry ? Decision.OPEN_REVERSE : Decision.HOLD;
            case CARRY, REVERSE -> Math.abs(signal) <= exit ? Decision.CLOSE : Decision.HOLD;
        };
    }

    private static void thresholds(double entry, double exit) {
        ArgChecker.isTrue(entry > 0 && Double.isFinite(entry), "entry", entry, "be positive and finite");
        ArgChecker.isTrue(exit >= 0 && exit < entry, "exit", exit, "be in [0, entry = " + entry + ")");
    }
}
