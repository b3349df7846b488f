package io.github.basisspread.models.simulation;

import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.core.time.ExpiryRule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a crypto basis market: spot, a strip of three quarterly futures, a linear perpetual,
 * its premium index and funding, from a {@link MarketConfig} and a seed.
 *
 * <p>On the grid {@code t_0 = start, t_i = t_{i-1} + step} with {@code dt} the step in ACT/365F
 * years, step {@code i >= 1} draws, in this order, {@code U_i ~ U(0,1)} and independent standard
 * normals {@code Z1_i, Z2_i, Z3_i}, and updates:
 * <ul>
 *   <li>the regime {@code R_i}, a two-state Markov chain starting calm: calm becomes stressed
 *       when {@code U_i < p_enter}, stressed becomes calm when {@code U_i < p_exit};</li>
 *   <li>spot, geometric Brownian motion with the regime's volatility
 *       {@code sigma_i = sigma (R_i stressed ? k : 1)}:
 *       <pre>ln S_i = ln S_{i-1} + (mu - sigma_i^2 / 2) dt + sigma_i sqrt(dt) Z1_i</pre></li>
 *   <li>the annualized basis level (continuous compounding), an Ornstein-Uhlenbeck process
 *       sampled exactly, which jumps by {@code J} when stress begins (the collapse of the basis
 *       into backwardation in a sell-off) and then reverts:
 *       <pre>x_i = m + (x_{i-1} + J 1{stress begins at i} - m) e^{-kappa dt}
 *       + eta sqrt((1 - e^{-2 kappa dt}) / (2 kappa)) Z2_i,   x_0 = m</pre></li>
 *   <li>the perpetual's excess premium, a faster Ornstein-Uhlenbeck process around zero:
 *       <pre>q_i = q_{i-1} e^{-lambda dt} + omega sqrt((1 - e^{-2 lambda dt}) / (2 lambda)) Z3_i,
 *       q_0 = 0</pre></li>
 * </ul>
 *
 * <p>Prices follow from these states. A future expiring at {@code E} has
 * {@code tau = ACT/365F(t_i, E)} and the term structure of annualized basis
 * {@code r(tau) = x_i + s tau}, so
 * <pre>F_i(E) = S_i exp(r(tau) tau)</pre>
 * which equals {@code S_i} at {@code tau = 0}: futures converge to spot at expiry by construction
 * (cost-of-carry form {@code F = S e^{(r - q) tau}} with the net carry rate {@code r(tau)}). The
 * listed strip is the three nearest quarterly contracts of {@link ExpiryRule#cryptoQuarterly()}
 * (last Friday of March, June, September, December, 08:00 UTC): the contract of expiry
 * {@code E_k} is observed from the step at {@code E_{k-3}} (or from the start) up to and
 * including the step at {@code E_k}: at an expiry step the expiring contract prints at spot and
 * the next quarter is already listed, so three contracts are live at every step.
 *
 * <p>The perpetual trades at the premium index {@code p_i = x_i D + q_i}, with {@code D} the
 * funding interval in years (the premium carries the basis of one funding interval):
 * {@code P_i = S_i (1 + p_i)}. At each settlement of the schedule the funding rate is the venue's
 * formula applied to the premium samples of the interval {@code (t - interval, t]}, averaged the
 * venue's way ({@link io.github.basisspread.core.funding.FundingFormula#rateFromSamples}); for
 * Binance {@code F = clamp(P + clamp(I - P, -0.05%, 0.05%), -cap, cap)} with {@code P} the
 * 1..n-weighted average premium. A settlement whose interval starts before the first
 * observation uses the samples available.
 *
 * <p>The random source is a {@link SplittableRandom} seeded with the given seed; the same
 * configuration and seed give bit-identical markets. Immutable and thread-safe: every call to
 * {@link #simulate(long)} has its own random source.
 */
public final class MarketSimulator {

    private static final DateTimeFormatter SYMBOL_DATE = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);
    private static final int LISTED = 3;

    private final MarketConfig config;

    private MarketSimulator(MarketConfig config) {
        this.config = config;
    }

    /**
     * Creates a simulator.
     *
     * @param config the configuration, not null
     * @return the simulator
     * @throws IllegalArgumentException if the configuration is null
     */
    public static MarketSimulator of(MarketConfig config) {
        return new MarketSimulator(ArgChecker.notNull(config, "config"));
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration
     */
    public MarketConfig config() {
        return config;
    }

    /**
     * Simulates one market path.
     *
     * @param seed the seed of the random source
     * @return the simulated market
     */
    public SimulatedMarket simulate(long seed) {
        MarketConfig c = config;
        int n = c.steps();
        SplittableRandom random = new SplittableRandom(seed);
        DayCount dayCount = DayCount.ACT_365F;
        double dt = dayCount.yearFraction(c.start(), c.start().plus(c.step()));
        double intervalYears = dayCount.yearFraction(c.start(), c.start().plus(c.fundingSchedule().interval()));
        double basisDecay = Math.exp(-c.basisReversionSpeed() * dt);
        double basisShock = c.basisVolatility()
                * Math.sqrt(-Math.expm1(-2 * c.basisReversionSpeed() * dt) / (2 * c.basisReversionSpeed()));
        double premiumDecay = Math.exp(-c.premiumReversionSpeed() * dt);
        double premiumShock = c.premiumVolatility()
                * Math.sqrt(-Math.expm1(-2 * c.premiumReversionSpeed() * dt) / (2 * c.premiumReversionSpeed()));

        Instant[] times = new Instant[n];
        double[] spot = new double[n];
        double[] level = new double[n];
        double[] premium = new double[n];
        double[] stress = new double[n];
        times[0] = c.start();
        spot[0] = c.spotStart();
        level[0] = c.basisMean();
        premium[0] = level[0] * intervalYears;
        boolean stressed = false;
        double logSpot = Math.log(c.spotStart());
        double excess = 0;
        for (int i = 1; i < n; i++) {
            double u = random.nextDouble();
            double z1 = random.nextGaussian();
            double z2 = random.nextGaussian();
            double z3 = random.nextGaussian();
            double jump = 0;
            if (!stressed && u < c.stressEntryProbability()) {
                stressed = true;
                jump = c.stressBasisJump();
            } else if (stressed && u < c.stressExitProbability()) {
                stressed = false;
            }
            double sigma = c.spotVolatility() * (stressed ? c.stressVolatilityMultiplier() : 1.0);
            logSpot += (c.spotDrift() - 0.5 * sigma * sigma) * dt + sigma * Math.sqrt(dt) * z1;
            level[i] = c.basisMean() + (level[i - 1] + jump - c.basisMean()) * basisDecay + basisShock * z2;
            excess = excess * premiumDecay + premiumShock * z3;
            times[i] = times[i - 1].plus(c.step());
            spot[i] = Math.exp(logSpot);
            premium[i] = level[i] * intervalYears + excess;
            stress[i] = stressed ? 1 : 0;
        }
        double[] perpetual = new double[n];
        for (int i = 0; i < n; i++) {
            perpetual[i] = spot[i] * (1 + premium[i]);
        }
        List<Instant> timeList = List.of(times);
        return new SimulatedMarket(c, seed, TimeSeries.of(timeList, spot), TimeSeries.of(timeList, perpetual),
                TimeSeries.of(timeList, premium), funding(times, premium), TimeSeries.of(timeList, level),
                TimeSeries.of(timeList, stress), futures(times, spot, level, dayCount));
    }

    /** The funding rate at each settlement on the grid, from the premium samples of its interval. */
    private TimeSeries funding(Instant[] times, double[] premium) {
        TimeSeries.Builder b = TimeSeries.builder();
        int perInterval = (int) (config.fundingSchedule().interval().toNanos() / config.step().toNanos());
        for (int i = 0; i < times.length; i++) {
            if (config.fundingSchedule().isSettlement(times[i])) {
                int from = Math.max(0, i - perInterval + 1);
                double[] samples = new double[i - from + 1];
                System.arraycopy(premium, from, samples, 0, samples.length);
                b.add(times[i], config.fundingFormula().rateFromSamples(samples));
            }
        }
        return b.build();
    }

    /** The listed quarterly contracts and their prices, {@code F = S exp((x + s tau) tau)}. */
    private List<SimulatedFuture> futures(Instant[] times, double[] spot, double[] level, DayCount dayCount) {
        Instant end = times[times.length - 1];
        ExpiryRule rule = ExpiryRule.cryptoQuarterly();
        // Every expiry up to the end of the grid, plus the three listed beyond it.
        List<Instant> expiries = new ArrayList<>(rule.nextQuarterlyExpiries(times[0], LISTED));
        while (!expiries.get(expiries.size() - LISTED).isAfter(end)) {
            expiries.add(rule.nextExpiry(expiries.get(expiries.size() - 1)));
        }
        List<SimulatedFuture> out = new ArrayList<>(expiries.size());
        for (int k = 0; k < expiries.size(); k++) {
            Instant expiry = expiries.get(k);
            Instant listedFrom = k >= LISTED ? expiries.get(k - LISTED) : null;
            TimeSeries.Builder b = TimeSeries.builder();
            for (int i = 0; i < times.length; i++) {
                Instant t = times[i];
                if (t.isAfter(expiry)) {
                    break;
                }
                if (listedFrom == null || !t.isBefore(listedFrom)) {
                    double tau = dayCount.yearFraction(t, expiry);
                    b.add(t, spot[i] * Math.exp((level[i] + config.termSlope() * tau) * tau));
                }
            }
            if (b.size() > 0) {
                String symbol = "BTCUSDT_" + SYMBOL_DATE.format(expiry);
                out.add(new SimulatedFuture(DatedFuture.linear(symbol, "BTC", "USDT", Venue.BINANCE, 0.001, expiry),
                        b.build()));
            }
        }
        return out;
    }
}
