package io.github.basisspread.benchmarks;

import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.models.risk.Book;
import io.github.basisspread.models.risk.HistoricalSimulation;
import io.github.basisspread.models.risk.IncrementalVar;
import io.github.basisspread.models.risk.Position;
import io.github.basisspread.models.risk.Quotes;
import io.github.basisspread.models.risk.RiskEstimate;
import io.github.basisspread.models.risk.ScenarioRevaluation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Historical VaR with full revaluation of a book of {@value #POSITIONS} positions (spot, linear and
 * inverse perpetuals and dated futures on BTC, ETH and SOL across four venues) over
 * {@value #SCENARIOS} one-row scenarios of a seeded hourly history:
 * <ul>
 *   <li>{@code historicalVar}: {@code ScenarioRevaluation.historical(book, today, history, 1)
 *       .valueAtRisk(0.99)}, everything: reading the scenarios into arrays, compiling and
 *       revaluing the book, sorting for the quantile;</li>
 *   <li>{@code revalue}: {@code revalue(out)}, the revaluation alone into a reused array;</li>
 *   <li>{@code whatIf}: {@code whatIf(trade, 0.99)}, the incremental VaR of one more trade;</li>
 *   <li>{@code objectPath}: {@code HistoricalSimulation.of(1).scenarioPnl(book, today, history)},
 *       the object revaluation (a {@code Quotes} per scenario, each position valued through it).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms1g", "-Xmx1g"})
public class RiskBenchmark {

    /** Positions in the book. */
    public static final int POSITIONS = 1_000;
    /** Scenarios (history rows minus one). */
    public static final int SCENARIOS = 2_000;

    private static final Instant TODAY = Instant.parse("2025-02-01T00:00:00Z");
    private static final Duration H8 = Duration.ofHours(8);
    private static final String[] ASSETS = {"BTC", "ETH", "SOL"};
    private static final double[] PRICES = {100_000, 3_500, 200};

    private Book book;
    private Quotes today;
    private List<Quotes> history;
    private ScenarioRevaluation revaluation;
    private Position trade;
    private double[] out;

    private static List<Instrument> instruments() {
        List<Instrument> list = new ArrayList<>();
        Instant march = Instant.parse("2025-03-28T08:00:00Z");
        Instant june = Instant.parse("2025-06-27T08:00:00Z");
        for (String a : ASSETS) {
            list.add(Spot.of(a + "USDT", a, "USDT", Venue.BINANCE));
            list.add(PerpetualSwap.linear(a + "USDT-PERP", a, "USDT", Venue.BINANCE, 0.001, FundingSchedule.binance8h()));
            list.add(PerpetualSwap.linear(a + "-USDT-SWAP", a, "USDT", Venue.OKX, 0.01, FundingSchedule.okx8h()));
            list.add(PerpetualSwap.inverse(a + "USD-PERP", a, "USD", Venue.BYBIT, 1, FundingSchedule.bybit8h()));
            list.add(DatedFuture.inverse(a + "USD_250328", a, "USD", Venue.BINANCE, 100, march));
            list.add(DatedFuture.linear(a + "USDT_250627", a, "USDT", Venue.DERIBIT, 0.01, june));
        }
        return list;
    }

    /** Builds the seeded book, today's quotes and the history. */
    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom r = new SplittableRandom(SeededData.SEED + 18);
        List<Instrument> instruments = instruments();
        double[] spot = PRICES.clone();
        double[] basis = new double[instruments.size()];
        double[] rate = new double[instruments.size()];
        history = new ArrayList<>(SCENARIOS + 1);
        for (int i = 0; i <= SCENARIOS + 1; i++) {
            Instant t = TODAY.minus(Duration.ofHours(SCENARIOS + 1 - i));
            Quotes.Builder q = Quotes.at(t);
            for (int a = 0; a < ASSETS.length; a++) {
                spot[a] *= Math.exp(0.01 * gaussian(r));
                q.spot(ASSETS[a], spot[a]);
            }
            for (int j = 0; j < instruments.size(); j++) {
                if (instruments.get(j) instanceof Derivative d) {
                    basis[j] = 0.98 * basis[j] + 0.0005 * gaussian(r) + 0.0002;
                    rate[j] = 0.9 * rate[j] + 0.00002 * gaussian(r) + 0.00001;
                    double s = spot[indexOf(d.baseAsset())];
                    q.price(d.symbol(), s * (1 + basis[j]));
                    if (d instanceof PerpetualSwap) {
                        q.funding(d.symbol(), FundingRate.of(rate[j], H8, t));
                    }
                }
            }
            Quotes row = q.build();
            if (i <= SCENARIOS) {
                history.add(row);
            } else {
                today = rebuildAt(row, TODAY);
            }
        }
        List<Position> positions = new ArrayList<>(POSITIONS);
        for (int i = 0; i < POSITIONS; i++) {
            Instrument in = instruments.get(r.nextInt(instruments.size()));
            double p = PRICES[indexOf(in.baseAsset())];
            positions.add(Position.of(in, (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(1_000)), p * (0.9 + 0.2 * r.nextDouble()),
                    TODAY.minus(Duration.ofDays(3))));
        }
        book = Book.of(positions);
        revaluation = ScenarioRevaluation.historical(book, today, history, 1);
        trade = positions.get(0);
        out = new double[revaluation.scenarios()];
    }

    private static Quotes rebuildAt(Quotes row, Instant time) {
        Quotes.Builder b = Quotes.at(time);
        for (String a : row.assets()) {
            b.spot(a, row.spot(a));
        }
        for (Instrument in : instruments()) {
            if (in instanceof Derivative d) {
                b.price(d.symbol(), row.price(d.symbol()));
                row.fundingRate(d.symbol()).ifPresent(f -> b.funding(d.symbol(), FundingRate.of(f.rate(), f.interval(), time)));
            }
        }
        return b.build();
    }

    private static int indexOf(String asset) {
        for (int a = 0; a < ASSETS.length; a++) {
            if (ASSETS[a].equals(asset)) {
                return a;
            }
        }
        throw new IllegalArgumentException(asset);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /**
     * Historical VaR with full revaluation, from the history to the 99% VaR.
     *
     * @return the estimate
     */
    @Benchmark
    public RiskEstimate historicalVar() {
        return ScenarioRevaluation.historical(book, today, history, 1).valueAtRisk(0.99);
    }

    /**
     * The array revaluation alone.
     *
     * @return the reused P&amp;L array
     */
    @Benchmark
    public double[] revalue() {
        revaluation.revalue(out);
        return out;
    }

    /**
     * The incremental VaR of one more trade.
     *
     * @return before and after
     */
    @Benchmark
    public IncrementalVar whatIf() {
        return revaluation.whatIf(trade, 0.99);
    }

    /**
     * The object revaluation of {@link HistoricalSimulation}.
     *
     * @return the scenario P&amp;L
     */
    @Benchmark
    public double[] objectPath() {
        return HistoricalSimulation.of(1).scenarioPnl(book, today, history);
    }
}
