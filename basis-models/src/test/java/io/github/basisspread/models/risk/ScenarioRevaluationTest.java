package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The array revaluation equals the object revaluation of HistoricalSimulation on random books and histories. */
class ScenarioRevaluationTest {

    static final Instant TODAY = Instant.parse("2025-02-01T05:00:00Z");
    static final Duration H8 = Duration.ofHours(8);
    static final Spot BTC = Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);
    static final Spot ETH = Spot.of("ETHUSDT", "ETH", "USDT", Venue.OKX);
    static final PerpetualSwap BTC_PERP = PerpetualSwap.linear("BTCUSDT-PERP", "BTC", "USDT", Venue.BINANCE, 0.001,
            FundingSchedule.binance8h());
    static final PerpetualSwap ETH_INV = PerpetualSwap.inverse("ETHUSD-PERP", "ETH", "USD", Venue.BYBIT, 1,
            FundingSchedule.bybit8h());
    static final PerpetualSwap DERIBIT = PerpetualSwap.inverse("BTC-PERPETUAL", "BTC", "USD", Venue.DERIBIT, 10,
            FundingSchedule.deribit8h());
    static final DatedFuture BTC_COINM = DatedFuture.inverse("BTCUSD_250328", "BTC", "USD", Venue.BINANCE, 100,
            Instant.parse("2025-03-28T08:00:00Z"));
    static final DatedFuture ETH_LIN = DatedFuture.linear("ETHUSDT_250627", "ETH", "USDT", Venue.OKX, 0.1,
            Instant.parse("2025-06-27T08:00:00Z"));
    static final List<Instrument> INSTRUMENTS = List.of(BTC, ETH, BTC_PERP, ETH_INV, DERIBIT, BTC_COINM, ETH_LIN);
    static final List<PerpetualSwap> PERPS = List.of(BTC_PERP, ETH_INV, DERIBIT);

    /** A random walk of spot, relative basis and funding, hourly, some funding quotes missing. */
    static List<Quotes> history(Random r, int rows) {
        List<Quotes> out = new ArrayList<>();
        double btc = 90_000;
        double eth = 3_000;
        double[] basis = {0.0005, -0.0003, 0.0002, 0.01, 0.02};
        double[] rate = {0.0001, 0.00005, -0.0001};
        Instant start = TODAY.minus(Duration.ofHours(rows));
        for (int i = 0; i < rows; i++) {
            btc *= Math.exp(0.01 * r.nextGaussian());
            eth *= Math.exp(0.015 * r.nextGaussian());
            for (int j = 0; j < basis.length; j++) {
                basis[j] += 0.0005 * r.nextGaussian();
            }
            Instant t = start.plus(Duration.ofHours(i));
            Quotes.Builder q = Quotes.at(t).spot("BTC", btc).spot("ETH", eth)
                    .price(BTC_PERP.symbol(), btc * (1 + basis[0])).price(ETH_INV.symbol(), eth * (1 + basis[1]))
                    .price(DERIBIT.symbol(), btc * (1 + basis[2])).price(BTC_COINM.symbol(), btc * (1 + basis[3]))
                    .price(ETH_LIN.symbol(), eth * (1 + basis[4]));
            for (int j = 0; j < PERPS.size(); j++) {
                rate[j] += 0.00005 * r.nextGaussian();
                if (r.nextDouble() < 0.9) {
                    q.funding(PERPS.get(j).symbol(), FundingRate.of(rate[j], H8, t));
                }
            }
            out.add(q.build());
        }
        return out;
    }

    static Quotes today(Random r) {
        Quotes.Builder q = Quotes.at(TODAY).spot("BTC", 100_000).spot("ETH", 3_500).price(BTC_PERP.symbol(), 100_040)
                .price(ETH_INV.symbol(), 3_498).price(DERIBIT.symbol(), 100_010).price(BTC_COINM.symbol(), 101_200)
                .price(ETH_LIN.symbol(), 3_600);
        for (PerpetualSwap p : PERPS) {
            if (r.nextDouble() < 0.8) {
                q.funding(p.symbol(), FundingRate.of(0.0001 * r.nextGaussian(), H8, TODAY));
            }
            q.fundingHistory(p.symbol(), List.of(FundingRate.of(0.0002, H8, Instant.parse("2025-01-31T16:00:00Z")),
                    FundingRate.of(-0.0001, H8, Instant.parse("2025-02-01T00:00:00Z"))));
        }
        return q.build();
    }

    static Position randomPosition(Random r) {
        Instrument in = INSTRUMENTS.get(r.nextInt(INSTRUMENTS.size()));
        double q = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(5000));
        double entry = in.baseAsset().equals("BTC") ? 80_000 + 30_000 * r.nextDouble() : 2_500 + 1_500 * r.nextDouble();
        return Position.of(in, q, entry, Instant.parse("2025-01-31T18:00:00Z"));
    }

    @Property(tries = 10)
    void equalsTheObjectRevaluation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int positions,
            @ForAll @IntRange(min = 1, max = 8) int horizon) {
        Random r = new Random(seed);
        List<Quotes> history = history(r, 40);
        Quotes today = today(r);
        List<Position> list = new ArrayList<>();
        for (int i = 0; i < positions; i++) {
            list.add(randomPosition(r));
        }
        Book book = Book.of(list);
        double[] expected = HistoricalSimulation.of(horizon).scenarioPnl(book, today, history);
        ScenarioRevaluation fast = ScenarioRevaluation.historical(book, today, history, horizon, INSTRUMENTS);
        double[] actual = fast.scenarioPnl();
        assertThat(actual).hasSize(expected.length);
        double scale = 1;
        for (double x : expected) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).as("scenario %d", k).isCloseTo(expected[k], within(1e-9 * scale));
        }
        double[] again = new double[fast.scenarios()];
        fast.revalue(again);
        assertThat(again).containsExactly(actual);
        // what-if: the book with one more trade, revalued from scratch, against the reused vector
        Position trade = randomPosition(r);
        List<Position> more = new ArrayList<>(list);
        more.add(trade);
        double[] withTrade = HistoricalSimulation.of(horizon).scenarioPnl(Book.of(more), today, history);
        IncrementalVar w = fast.whatIf(trade, 0.95);
        RiskEstimate direct = ValueAtRisk.historical(withTrade, 0.95);
        assertThat(w.after().valueAtRisk()).isCloseTo(direct.valueAtRisk(), within(1e-8 * scale));
        assertThat(w.after().expectedShortfall()).isCloseTo(direct.expectedShortfall(), within(1e-8 * scale));
        assertThat(w.before().valueAtRisk()).isCloseTo(ValueAtRisk.historical(expected, 0.95).valueAtRisk(),
                within(1e-8 * scale));
        assertThat(w.incrementalVar()).isCloseTo(direct.valueAtRisk() - w.before().valueAtRisk(), within(1e-8 * scale));
    }

    @Test
    void aHedgeLowersTheVar() {
        Random r = new Random(7);
        List<Quotes> history = history(r, 200);
        Quotes today = today(new Random(1));
        Book longSpot = Book.of(List.of(Position.of(BTC, 2, 95_000, TODAY)));
        ScenarioRevaluation fast = ScenarioRevaluation.historical(longSpot, today, history, 1, List.of(BTC_PERP));
        IncrementalVar hedge = fast.whatIf(Position.of(BTC_PERP, -2000, 100_040, TODAY), 0.99);
        assertThat(hedge.incrementalVar()).isNegative();
        assertThat(hedge.after().valueAtRisk()).isLessThan(0.2 * hedge.before().valueAtRisk());
        assertThat(hedge.toString()).contains("->");
        assertThatThrownBy(() -> fast.whatIf(Position.of(ETH, 1, 3_000, TODAY), 0.99))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ETHUSDT");
        assertThatThrownBy(() -> fast.revalue(new double[3])).hasMessageContaining("'out'");
    }
}
