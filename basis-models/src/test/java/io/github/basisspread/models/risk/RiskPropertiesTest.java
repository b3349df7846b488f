package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the book and the risk measures over random inputs. */
class RiskPropertiesTest {

    private static final Instant T = Instant.parse("2025-06-01T00:00:00Z");

    @Property(tries = 200)
    void inverseQuotePnlEqualsTheLinearPnlOfItsEntryCoins(@ForAll @DoubleRange(min = 1_000, max = 200_000) double entry,
            @ForAll @DoubleRange(min = 1_000, max = 200_000) double exit,
            @ForAll @IntRange(min = -100_000, max = 100_000) int contracts) {
        if (contracts == 0) {
            return;
        }
        PerpetualSwap inverse = PerpetualSwap.inverse("XBTUSD", "BTC", "USD", Venue.BITMEX, 1, FundingSchedule.bitmex());
        Quotes q = Quotes.at(T).spot("BTC", exit).price("XBTUSD", exit).build();
        PositionValuation v = Position.of(inverse, contracts, entry, T).value(q);
        // N (1/entry - 1/exit) coin x exit = (N / entry)(exit - entry): an inverse long of face N is
        // a linear long of N / entry coins (when converted at its own price)
        double linear = contracts / entry * (exit - entry);
        assertThat(v.pricePnl()).isCloseTo(linear, within(1e-9 * Math.max(1, Math.abs(linear))));
        assertThat(v.pnlInCoin()).isCloseTo(contracts * (1 / entry - 1 / exit), within(1e-15 + 1e-12 * Math.abs(v.pnlInCoin())));
    }

    @Property(tries = 100)
    void historicalEsIsAtLeastVarAndVarGrowsWithTheLevel(@ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll long seed) {
        Random random = new Random(seed);
        double[] pnl = new double[n];
        for (int i = 0; i < n; i++) {
            pnl[i] = random.nextGaussian() * 100 + (random.nextDouble() < 0.05 ? -500 : 0);
        }
        RiskEstimate at95 = ValueAtRisk.historical(pnl, 0.95);
        RiskEstimate at99 = ValueAtRisk.historical(pnl, 0.99);
        assertThat(at95.expectedShortfall()).isGreaterThanOrEqualTo(at95.valueAtRisk());
        assertThat(at99.valueAtRisk()).isGreaterThanOrEqualTo(at95.valueAtRisk());
        assertThat(at99.expectedShortfall()).isGreaterThanOrEqualTo(at95.expectedShortfall() - 1e-9);
    }

    @Property(tries = 100)
    void aHedgedBookHasNoScenarioPnlFromSpotWhenTheBasisIsStill(@ForAll @DoubleRange(min = 0.5, max = 2) double move) {
        PerpetualSwap perp = BookTest.PERP;
        Book carry = Book.of(List.of(Position.of(BookTest.SPOT, 1.5, 100_000, T),
                Position.of(perp, -1500, 100_000, T)));
        Quotes today = Quotes.at(T).spot("BTC", 100_000).price(perp.symbol(), 100_000).build();
        Quotes scenario = Quotes.at(T).spot("BTC", 100_000 * move).price(perp.symbol(), 100_000 * move).build();
        assertThat(carry.scenarioPnl(today, scenario, java.time.Duration.ZERO)).isCloseTo(0, within(1e-6));
    }
}
