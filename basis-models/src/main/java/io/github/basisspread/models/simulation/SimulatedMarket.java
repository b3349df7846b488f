package io.github.basisspread.models.simulation;

import io.github.basisspread.core.basis.BasisTermStructure;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A market simulated by {@link MarketSimulator}: synthetic data, labelled as such.
 *
 * <p>Holds the spot and perpetual prices and the premium index at every step, the funding rate at
 * every settlement, the latent annualized basis level and stress regime (the states of the
 * simulation, for checking estimators against the truth), and every quarterly future listed
 * during the run with its prices. The instruments are a BTC/USDT spot, a linear perpetual on the
 * configured funding schedule and linear quarterly futures of 0.001 BTC, on
 * {@link Venue#BINANCE}. Immutable and thread-safe.
 */
public final class SimulatedMarket {

    /** The label every simulated market carries. */
    public static final String LABEL = "SYNTHETIC";

    private final MarketConfig config;
    private final long seed;
    private final TimeSeries spot;
    private final TimeSeries perpetual;
    private final TimeSeries premiumIndex;
    private final TimeSeries fundingRates;
    private final TimeSeries basisLevel;
    private final TimeSeries stressRegime;
    private final List<SimulatedFuture> futures;

    SimulatedMarket(MarketConfig config, long seed, TimeSeries spot, TimeSeries perpetual, TimeSeries premiumIndex,
            TimeSeries fundingRates, TimeSeries basisLevel, TimeSeries stressRegime, List<SimulatedFuture> futures) {
        this.config = config;
        this.seed = seed;
        this.spot = spot;
        this.perpetual = perpetual;
        this.premiumIndex = premiumIndex;
        this.fundingRates = fundingRates;
        this.basisLevel = basisLevel;
        this.stressRegime = stressRegime;
        this.futures = List.copyOf(futures);
    }

    /**
     * Returns the configuration simulated.
     *
     * @return the configuration
     */
    public MarketConfig config() {
        return config;
    }

    /**
     * Returns the seed of the random source.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the label of the data, {@value #LABEL}: these are not market data.
     *
     * @return the label
     */
    public String label() {
        return LABEL;
    }

    /**
     * Returns a one-line description naming the data synthetic, the seed and the grid.
     *
     * @return the description
     */
    public String description() {
        return LABEL + " market data (seed " + seed + ") from models.simulation: " + config.steps() + " steps of "
                + config.step() + " from " + config.start() + ", spot, " + futures.size()
                + " quarterly futures (3 listed at a time), a perpetual with " + config.fundingFormula().venue()
                + " funding";
    }

    /**
     * Returns the spot instrument, BTC/USDT on Binance.
     *
     * @return the spot instrument
     */
    public Spot spotInstrument() {
        return Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);
    }

    /**
     * Returns the perpetual, linear BTC/USDT of 0.001 BTC per contract on the configured schedule.
     *
     * @return the perpetual swap
     */
    public PerpetualSwap perpetualSwap() {
        return PerpetualSwap.linear("BTCUSDT", "BTC", "USDT", Venue.BINANCE, 0.001, config.fundingSchedule());
    }

    /**
     * Returns the spot prices at every step.
     *
     * @return the spot series
     */
    public TimeSeries spot() {
        return spot;
    }

    /**
     * Returns the perpetual's prices at every step, {@code S (1 + p)}.
     *
     * @return the perpetual series
     */
    public TimeSeries perpetual() {
        return perpetual;
    }

    /**
     * Returns the premium index {@code p = P / S - 1} at every step, as a decimal.
     *
     * @return the premium index series
     */
    public TimeSeries premiumIndex() {
        return premiumIndex;
    }

    /**
     * Returns the funding rate (decimal per funding interval, positive when longs pay) at every
     * settlement of the schedule on the grid.
     *
     * @return the funding rates
     */
    public TimeSeries fundingRates() {
        return fundingRates;
    }

    /**
     * Returns the latent annualized basis level {@code x} (continuous compounding) at every step:
     * the state the futures are priced from.
     *
     * @return the level series
     */
    public TimeSeries basisLevel() {
        return basisLevel;
    }

    /**
     * Returns the regime at every step: 1 when stressed, 0 when calm.
     *
     * @return the regime series
     */
    public TimeSeries stressRegime() {
        return stressRegime;
    }

    /**
     * Returns every quarterly future listed during the run, in order of expiry.
     *
     * @return the futures, unmodifiable
     */
    public List<SimulatedFuture> futures() {
        return futures;
    }

    /**
     * Returns the futures observed at step {@code i} that expire strictly after it (at an expiry
     * step the expiring contract, priced at spot, is left out), in order of expiry.
     *
     * @param i the step, from 0 to {@code spot().size() - 1}
     * @return the live futures, unmodifiable
     * @throws IllegalArgumentException if the step is out of range
     */
    public List<SimulatedFuture> liveFutures(int i) {
        checkStep(i);
        Instant t = spot.time(i);
        List<SimulatedFuture> live = new ArrayList<>(3);
        for (SimulatedFuture f : futures) {
            if (f.contract().expiry().isAfter(t) && f.priceAt(t).isPresent()) {
                live.add(f);
            }
        }
        return List.copyOf(live);
    }

    /**
     * Returns the basis term structure of the live futures at step {@code i} (ACT/365F).
     *
     * @param i the step, from 0 to {@code spot().size() - 1}
     * @return the term structure at that step
     * @throws IllegalArgumentException if the step is out of range
     */
    public BasisTermStructure termStructure(int i) {
        checkStep(i);
        Instant t = spot.time(i);
        List<BasisTermStructure.Point> points = new ArrayList<>(3);
        for (SimulatedFuture f : liveFutures(i)) {
            OptionalDouble price = f.priceAt(t);
            points.add(BasisTermStructure.Point.of(f.contract().expiry(), price.getAsDouble()));
        }
        return BasisTermStructure.of(spot.value(i), t, points);
    }

    private void checkStep(int i) {
        ArgChecker.isTrue(i >= 0 && i < spot.size(), "i", i, "be a step from 0 to " + (spot.size() - 1));
    }
}
