package io.github.basisspread.models.backtest;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The performance of an equity curve {@code E_0..E_n} at times {@code t_0..t_n}, with step returns
 * {@code r_i = E_i / E_{i-1} - 1} and {@code Y = (t_n - t_0) / 365 days} years (ACT/365F).
 *
 * <ul>
 *   <li>Annualized return {@code (E_n / E_0)^(1/Y) - 1} (-1 when the equity is wiped out).
 *   <li>Annualized volatility {@code s sqrt(P)}, s the sample standard deviation of the r_i and
 *       {@code P = n / Y} the observed number of steps per year.
 *   <li>Sharpe {@code mean(r) / s * sqrt(P)} with a zero risk-free rate (financing is already a
 *       cost in the equity); Sortino {@code mean(r) / d * sqrt(P)} with the downside deviation
 *       {@code d = sqrt(mean(min(r_i, 0)^2))} (Sortino and Price 1994); each empty when its
 *       denominator is zero.
 *   <li>Maximum drawdown {@code max_i (1 - E_i / max_{j<=i} E_j)} and its duration, from the peak
 *       before the deepest trough to the first time the equity regains that peak (or the end).
 *   <li>Turnover: the notional traded over all legs divided by the initial capital.
 *   <li>Hit rate: the share of closed trades with a positive total P&amp;L, empty without trades.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param annualizedReturn the annualized (geometric) return, decimal
 * @param annualizedVolatility the annualized volatility of the step returns
 * @param sharpe the annualized Sharpe ratio, empty when the volatility is zero
 * @param sortino the annualized Sortino ratio, empty when there is no downside
 * @param maxDrawdown the maximum drawdown, a fraction in [0, 1]
 * @param maxDrawdownDuration the duration of the maximum drawdown, zero when there is none
 * @param turnover the notional traded over the initial capital
 * @param hitRate the share of winning trades, empty without trades
 */
public record PerformanceMetrics(double annualizedReturn, double annualizedVolatility, OptionalDouble sharpe,
        OptionalDouble sortino, double maxDrawdown, Duration maxDrawdownDuration, double turnover, OptionalDouble hitRate) {

    /**
     * Validates the components.
     *
     * @param annualizedReturn the annualized return
     * @param annualizedVolatility the volatility
     * @param sharpe the Sharpe ratio
     * @param sortino the Sortino ratio
     * @param maxDrawdown the maximum drawdown
     * @param maxDrawdownDuration its duration
     * @param turnover the turnover
     * @param hitRate the hit rate
     * @throws IllegalArgumentException if a value is null, not finite or out of range
     */
    public PerformanceMetrics {
        ArgChecker.finite(annualizedReturn, "annualizedReturn");
        ArgChecker.nonNegative(ArgChecker.finite(annualizedVolatility, "annualizedVolatility"), "annualizedVolatility");
        ArgChecker.notNull(sharpe, "sharpe");
        ArgChecker.notNull(sortino, "sortino");
        ArgChecker.inRangeInclusive(maxDrawdown, 0, 1, "maxDrawdown");
        ArgChecker.notNull(maxDrawdownDuration, "maxDrawdownDuration");
        ArgChecker.nonNegative(ArgChecker.finite(turnover, "turnover"), "turnover");
        ArgChecker.notNull(hitRate, "hitRate");
    }

    /**
     * Computes the measures.
     *
     * @param epochNanos the times, increasing, at least 2
     * @param equity the equity at each time, positive at the start
     * @param trades the closed trades
     * @param tradedNotional the notional traded over all legs, zero or more
     * @param initialCapital the initial capital, positive
     * @return the measures
     * @throws IllegalArgumentException if the lengths differ, fewer than 2 points, the equity
     *     starts non-positive or a value is not finite
     */
    public static PerformanceMetrics of(long[] epochNanos, double[] equity, List<Trade> trades, double tradedNotional,
            double initialCapital) {
        int n = equity.length;
        ArgChecker.isTrue(n >= 2 && epochNanos.length == n, "equity", n + " values",
                "hold at least 2 values, one per time (" + epochNanos.length + ")");
        ArgChecker.positive(equity[0], "equity[0]");
        ArgChecker.positive(initialCapital, "initialCapital");
        double years = (epochNanos[n - 1] - epochNanos[0]) / (365.0 * 86_400e9);
        ArgChecker.isTrue(years > 0, "epochNanos", "a zero time span", "span a positive time");
        double perYear = (n - 1) / years;
        double[] r = new double[n - 1];
        double mean = 0;
        for (int i = 1; i < n; i++) {
            ArgChecker.finite(equity[i], "equity[" + i + "]");
            r[i - 1] = equity[i - 1] > 0 ? equity[i] / equity[i - 1] - 1 : 0;
            mean += r[i - 1];
        }
        mean /= n - 1;
        double ss = 0;
        double down = 0;
        for (double x : r) {
            ss += (x - mean) * (x - mean);
            down += Math.min(x, 0) * Math.min(x, 0);
        }
        double sd = n > 2 ? Math.sqrt(ss / (n - 2)) : 0;
        double downside = Math.sqrt(down / (n - 1));
        double ratio = equity[n - 1] / equity[0];
        double annualized = ratio > 0 ? Math.pow(ratio, 1 / years) - 1 : -1;
        // Drawdown: the peak before the deepest trough, then the first recovery of that peak.
        double peak = equity[0];
        int peakIndex = 0;
        double maxDd = 0;
        int ddPeak = 0;
        int ddTrough = 0;
        for (int i = 1; i < n; i++) {
            if (equity[i] > peak) {
                peak = equity[i];
                peakIndex = i;
            }
            double dd = 1 - equity[i] / peak;
            if (dd > maxDd) {
                maxDd = dd;
                ddPeak = peakIndex;
                ddTrough = i;
            }
        }
        Duration duration = Duration.ZERO;
        if (maxDd > 0) {
            int end = n - 1;
            for (int i = ddTrough + 1; i < n; i++) {
                if (equity[i] >= equity[ddPeak]) {
                    end = i;
                    break;
                }
            }
            duration = Duration.ofNanos(epochNanos[end] - epochNanos[ddPeak]);
        }
        long wins = trades.stream().filter(t -> t.pnl().total() > 0).count();
        return new PerformanceMetrics(annualized, sd * Math.sqrt(perYear),
                sd > 0 ? OptionalDouble.of(mean / sd * Math.sqrt(perYear)) : OptionalDouble.empty(),
                downside > 0 ? OptionalDouble.of(mean / downside * Math.sqrt(perYear)) : OptionalDouble.empty(),
                Math.min(1, maxDd), duration, ArgChecker.nonNegative(tradedNotional, "tradedNotional") / initialCapital,
                trades.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) wins / trades.size()));
    }

    /**
     * Describes the measures on one line.
     *
     * @return e.g. {@code PerformanceMetrics[annualized return 12.34%, volatility 5.67%, Sharpe 2.176, ...]}
     */
    @Override
    public String toString() {
        return "PerformanceMetrics[annualized return " + TextTables.percent(annualizedReturn) + ", volatility "
                + TextTables.percent(annualizedVolatility) + ", Sharpe " + TextTables.ratio(sharpe) + ", Sortino "
                + TextTables.ratio(sortino) + ", max drawdown " + TextTables.percent(maxDrawdown) + " over "
                + maxDrawdownDuration + ", turnover " + String.format(Locale.ROOT, "%.3f", turnover) + ", hit rate "
                + TextTables.percent(hitRate) + "]";
    }

    /**
     * Returns the measures as a table, one measure a line with its definition's short name.
     *
     * @return the table, lines ending in a newline
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        TextTables.table(sb, List.of("measure", "value"), rows());
        return sb.toString();
    }

    /** The rows of {@link #summary()}. */
    List<List<String>> rows() {
        return List.of(
                List.of("annualized return", TextTables.percent(annualizedReturn)),
                List.of("annualized volatility", TextTables.percent(annualizedVolatility)),
                List.of("Sharpe (annualized, rf = 0)", TextTables.ratio(sharpe)),
                List.of("Sortino (annualized)", TextTables.ratio(sortino)),
                List.of("max drawdown", TextTables.percent(maxDrawdown)),
                List.of("max drawdown duration", maxDrawdownDuration.toString()),
                List.of("turnover (x capital)", String.format(Locale.ROOT, "%.3f", turnover)),
                List.of("hit rate", TextTables.percent(hitRate)));
    }
}
