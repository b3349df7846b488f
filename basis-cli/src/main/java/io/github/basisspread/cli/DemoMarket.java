package io.github.basisspread.cli;

import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.models.simulation.MarketConfig;
import io.github.basisspread.models.simulation.MarketSimulator;
import io.github.basisspread.models.simulation.SimulatedFuture;
import io.github.basisspread.models.simulation.SimulatedMarket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The market data the demo analyses, from the simulator or from the user's files: spot and
 * perpetual prices on one time grid, the funding settlements, the dated futures (possibly none)
 * and the costs assumed.
 *
 * @param source the first line of the report: what the data are
 * @param notes further lines about the data (files read, assumptions)
 * @param spot the spot prices
 * @param perpetual the perpetual's prices on the timestamps of spot
 * @param fundingRates the funding rate per interval at each settlement, at timestamps of spot
 * @param fundingInterval the funding interval of the rates
 * @param futures the dated futures, each with prices at timestamps of spot; may be empty
 * @param costs fees and rates assumed for the trades
 * @param halfSpread half the bid-ask spread assumed, a fraction of the mid
 */
record DemoMarket(String source, List<String> notes, TimeSeries spot, TimeSeries perpetual, TimeSeries fundingRates,
        Duration fundingInterval, List<Future> futures, TradingCosts costs, double halfSpread) {

    /** Taker fees of Binance's regular tier: 10 bp spot, 5 bp USD-M futures (maker 2 bp). */
    static final TradingCosts DEFAULT_COSTS = TradingCosts.builder().spotFees(FeeSchedule.ofBasisPoints(10, 10))
            .derivativeFees(FeeSchedule.ofBasisPoints(2, 5)).cashRate(0.05).coinBorrowRate(0.08).build();

    /** Half a basis point: the BTC/USDT books are a cent or two wide, far below this. */
    static final double DEFAULT_HALF_SPREAD = 0.00005;

    /**
     * One dated future.
     *
     * @param name the symbol
     * @param expiry the expiry
     * @param prices the prices at timestamps of spot, up to the expiry
     */
    record Future(String name, Instant expiry, TimeSeries prices) {
    }

    DemoMarket {
        notes = List.copyOf(notes);
        futures = List.copyOf(futures);
    }

    /** The default simulated market of 180 hourly days from the given seed. */
    static DemoMarket simulated(long seed) {
        SimulatedMarket m = MarketSimulator.of(MarketConfig.defaults()).simulate(seed);
        MarketConfig c = m.config();
        List<Future> futures = new ArrayList<>();
        for (SimulatedFuture f : m.futures()) {
            futures.add(new Future(f.contract().symbol(), f.contract().expiry(), f.prices()));
        }
        List<String> notes = List.of(
                "Not market data: a seeded simulation of a BTC-like market (spot with calm/stressed volatility "
                        + "regimes, mean-reverting annualized basis with backwardation episodes, "
                        + "three quarterly futures, a perpetual whose premium sets " + c.fundingFormula().venue()
                        + " funding every " + DemoFormat.duration(c.fundingSchedule().interval()) + ").",
                "Costs: taker fees " + DemoFormat.bp(c.costs().spotFeeRate()) + " spot, "
                        + DemoFormat.bp(c.costs().derivativeFeeRate()) + " derivatives, half-spread "
                        + DemoFormat.bp(c.halfSpread()) + ", cash at " + DemoFormat.pct(c.costs().cashBorrowRate()) + " a year.");
        return new DemoMarket(m.description(), notes, m.spot(), m.perpetual(), m.fundingRates(),
                c.fundingSchedule().interval(), futures, c.costs(), c.halfSpread());
    }

    /** The timestamps of spot, in epoch nanoseconds. */
    long[] times() {
        return spot.epochNanosArray();
    }

    /** Funding settlements per year, e.g. 1095 for 8 hours. */
    double intervalsPerYear() {
        return FundingSchedule.every(fundingInterval).intervalsPerYear();
    }

    /** The relative premium {@code P / S - 1} of the perpetual at every timestamp of spot. */
    TimeSeries premium() {
        double[] s = spot.valuesArray();
        double[] p = perpetual.valuesArray();
        double[] r = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = p[i] / s[i] - 1;
        }
        return TimeSeries.ofEpochNanos(times(), r);
    }

    /** The futures observed at the last timestamp and expiring after it. */
    List<Future> liveAtEnd() {
        Instant t = spot.lastTime();
        List<Future> live = new ArrayList<>();
        for (Future f : futures) {
            if (f.expiry().isAfter(t) && f.prices().lastTime().equals(t)) {
                live.add(f);
            }
        }
        return live;
    }

    /** The spot prices on the timestamps of a future's prices (which are spot timestamps). */
    TimeSeries spotOn(TimeSeries prices) {
        long[] t = times();
        long[] ft = prices.epochNanosArray();
        double[] v = new double[ft.length];
        for (int i = 0; i < ft.length; i++) {
            int j = Arrays.binarySearch(t, ft[i]);
            if (j < 0) {
                throw new IllegalStateException("future price at " + prices.time(i) + " has no spot price");
            }
            v[i] = spot.value(j);
        }
        return TimeSeries.ofEpochNanos(ft, v);
    }
}
