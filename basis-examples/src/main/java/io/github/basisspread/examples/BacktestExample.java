package io.github.basisspread.examples;

import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.LiquidityRole;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.backtest.Backtest;
import io.github.basisspread.models.backtest.BacktestData;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.Strategies;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * Backtest: trading the basis of a quarterly future with a cash-and-carry rule, after fees, and
 * where the P&amp;L came from.
 *
 * <p>120 days of a seeded simulation: spot moves 2% a day (log random walk); the future trades at
 * {@code S (1 + b_t)} with a relative basis {@code b_t = (T - t)/T (3% + u_t)}, a carry that
 * shrinks to zero at expiry plus a mean-reverting AR(1) noise {@code u_t} (coefficient 0.8, shocks of 0.8%). The
 * rule buys spot and sells the future when the basis is at least 2% and unwinds once it has
 * converged to 0.8% or less, as often as the basis widens again; the expiry closes any position left. Taker fees are 5 bp on spot and
 * 4 bp on the future, the future's initial margin 10%. The backtest marks the position daily,
 * and lets the rule see only the data up to each day. A hedged carry earns the convergence of the
 * basis, whatever spot does: the attribution shows it, with the fees it cost.
 *
 * <p>Run it with {@code ./basis example backtest}.
 */
public final class BacktestExample {

    /** The first day of the simulation. */
    public static final Instant START = Instant.parse("2024-01-05T08:00:00Z");

    /** The number of days to the expiry, which is the last observation. */
    public static final int DAYS = 120;

    /**
     * The costs: taker fees of 5 bp on spot and 4 bp on the future (maker 2 bp and 1 bp, not used:
     * the rule takes liquidity), no financing, so the attribution shows the basis and the fees alone.
     */
    public static final TradingCosts COSTS = TradingCosts.builder()
            .spotFees(FeeSchedule.ofBasisPoints(2, 5))
            .derivativeFees(FeeSchedule.ofBasisPoints(1, 4))
            .roles(LiquidityRole.TAKER, LiquidityRole.TAKER)
            .build();

    /** The entry threshold on the relative basis, 2%. */
    public static final double ENTRY = 0.02;

    /** The exit threshold on the relative basis, 0.8%. */
    public static final double EXIT = 0.008;

    /** The initial capital in dollars. */
    public static final double CAPITAL = 1_000_000;

    private BacktestExample() {
    }

    /**
     * What the example computes.
     *
     * @param spot the simulated spot prices, daily
     * @param future the simulated future prices, same days
     * @param expiry the future's expiry
     * @param result the backtest's trades, equity, attribution and measures
     */
    public record Result(TimeSeries spot, TimeSeries future, Instant expiry, BacktestResult result) {
    }

    /**
     * Runs the example.
     *
     * @return the simulated market and the backtest
     */
    public static Result run() {
        Random random = new Random(42L);
        double[] s = new double[DAYS + 1];
        double[] f = new double[DAYS + 1];
        double spot = 42_000;
        double u = 0;
        for (int t = 0; t <= DAYS; t++) {
            if (t > 0) {
                spot *= Math.exp(0.02 * random.nextGaussian());
                u = 0.8 * u + 0.008 * random.nextGaussian();
            }
            double basis = (DAYS - t) / (double) DAYS * (0.03 + u);
            s[t] = spot;
            f[t] = spot * (1 + basis);
        }
        TimeSeries spotSeries = TimeSeries.regular(START, Duration.ofDays(1), s);
        TimeSeries futureSeries = TimeSeries.regular(START, Duration.ofDays(1), f);
        Instant expiry = START.plus(Duration.ofDays(DAYS));
        BacktestResult result = Backtest.of(CAPITAL).withCosts(COSTS).withInitialMarginFraction(0.10)
                .run(BacktestData.datedFuture(spotSeries, futureSeries, expiry, Settlement.LINEAR),
                        Strategies.cashAndCarry(ENTRY, EXIT));
        return new Result(spotSeries, futureSeries, expiry, result);
    }

    /**
     * Prints the trades and the summary.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "Cash-and-carry on a simulated quarterly future, %d days to expiry %s, $%,.0f%n",
                DAYS, r.expiry(), CAPITAL);
        // The result's summary: the P&L by source, the performance measures and one line per trade.
        out.print(r.result().summary());
    }

    /**
     * Runs the example and prints the backtest.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
