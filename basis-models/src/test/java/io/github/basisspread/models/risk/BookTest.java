package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The book against hand computations; every expected number is written out below. */
class BookTest {

    static final Instant T = Instant.parse("2025-01-10T12:00:00Z");
    static final Instant EXPIRY = Instant.parse("2025-03-28T08:00:00Z");
    static final Duration H8 = Duration.ofHours(8);

    static final Spot SPOT = Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);
    static final PerpetualSwap PERP = PerpetualSwap.linear("BTCUSDT-PERP", "BTC", "USDT", Venue.BINANCE, 0.001,
            FundingSchedule.binance8h());
    static final DatedFuture COINM = DatedFuture.inverse("BTCUSD_250328", "BTC", "USD", Venue.BINANCE, 100, EXPIRY);
    static final PerpetualSwap XBTUSD = PerpetualSwap.inverse("XBTUSD", "BTC", "USD", Venue.BITMEX, 1,
            FundingSchedule.bitmex());

    static Book book() {
        return Book.builder()
                .add(SPOT, 2, 95_000, Instant.parse("2025-01-09T20:00:00Z"))
                .add(PERP, -2000, 95_100, Instant.parse("2025-01-09T20:00:00Z"))
                .add(COINM, -2000, 96_000, Instant.parse("2025-01-09T20:00:00Z"))
                .add(XBTUSD, 50_000, 99_000, Instant.parse("2025-01-10T10:00:00Z"))
                .build();
    }

    static Quotes quotes() {
        return Quotes.at(T).spot("BTC", 100_000).price("BTCUSDT-PERP", 100_050).price("BTCUSD_250328", 101_500)
                .price("XBTUSD", 100_020)
                .funding("BTCUSDT-PERP", FundingRate.of(0.0001, H8, T))
                .fundingHistory("BTCUSDT-PERP", List.of(
                        FundingRate.of(0.0001, H8, Instant.parse("2025-01-10T00:00:00Z")),
                        FundingRate.of(0.0002, H8, Instant.parse("2025-01-10T08:00:00Z")),
                        FundingRate.of(0.0003, H8, Instant.parse("2025-01-10T16:00:00Z"))))
                .fundingHistory("XBTUSD", List.of(FundingRate.of(0.0005, H8, Instant.parse("2025-01-10T12:00:00Z"))))
                .build();
    }

    @Test
    void markToMarketByHand() {
        BookValuation v = book().markToMarket(quotes());
        List<PositionValuation> p = v.positions();
        // spot: 2 (100000 - 95000)
        assertThat(p.get(0).pricePnl()).isCloseTo(10_000, within(1e-9));
        assertThat(p.get(0).pnlInCoin()).isCloseTo(0.1, within(1e-15));
        // linear perp short 2 BTC: -2 (100050 - 95100) = -9900; funding received on the 00:00 and
        // 08:00 settlements (entry 20:00 the day before, valued at 12:00): 2 * 100050 * 0.0003
        assertThat(p.get(1).pricePnl()).isCloseTo(-9_900, within(1e-9));
        assertThat(p.get(1).funding()).isCloseTo(60.03, within(1e-9));
        assertThat(p.get(1).notional()).isCloseTo(-200_100, within(1e-9));
        // inverse short 2000 x 100 USD: coin P&L -200000 (1/96000 - 1/101500), worth that x 100000
        double coin = -200_000 * (1.0 / 96_000 - 1.0 / 101_500);
        assertThat(coin).isCloseTo(-0.11288998357963875, within(1e-15));
        assertThat(p.get(2).pnlInCoin()).isCloseTo(coin, within(1e-15));
        assertThat(p.get(2).pricePnl()).isCloseTo(coin * 100_000, within(1e-9));
        assertThat(p.get(2).funding()).isZero();
        assertThat(p.get(2).notional()).isCloseTo(-200_000, within(1e-9));
        // inverse long 50000 x 1 USD: coin 50000 (1/99000 - 1/100020); funding: entry 10:00, the 12:00
        // settlement is at the valuation instant and not yet paid ([entry, time) is half open)
        double coin4 = 50_000 * (1.0 / 99_000 - 1.0 / 100_020);
        assertThat(p.get(3).pnlInCoin()).isCloseTo(coin4, within(1e-15));
        assertThat(p.get(3).funding()).isZero();
        assertThat(v.pnl()).isCloseTo(10_000 - 9_900 + 60.03 + coin * 1e5 + coin4 * 1e5, within(1e-8));
        assertThat(v.pnlInCoin().get("BTC")).isCloseTo(v.pnl() / 100_000, within(1e-14));
        assertThat(v.summary()).contains("BTCUSDT-PERP").contains("BTCUSD_250328").contains("total P&L");
    }

    @Test
    void inverseFundingIsPaidInCoin() {
        // XBTUSD long held over the 12:00 settlement at 0.05%: pays 50000 / 100020 * 0.0005 coin
        Quotes later = quotes().toBuilder().build();
        Quotes at13 = Quotes.at(Instant.parse("2025-01-10T13:00:00Z")).spot("BTC", 100_000).price("XBTUSD", 100_020)
                .fundingHistory("XBTUSD", later.fundingHistory("XBTUSD")).build();
        PositionValuation v = Position.of(XBTUSD, 50_000, 99_000, Instant.parse("2025-01-10T10:00:00Z")).value(at13);
        double coinFunding = -50_000 / 100_020.0 * 0.0005;
        assertThat(v.funding()).isCloseTo(coinFunding * 100_000, within(1e-9));
        assertThat(v.pnlInCoin()).isCloseTo(50_000 * (1.0 / 99_000 - 1.0 / 100_020) + coinFunding, within(1e-15));
    }

    @Test
    void deribitAccruesContinuously() {
        PerpetualSwap deribit = PerpetualSwap.inverse("BTC-PERPETUAL", "BTC", "USD", Venue.DERIBIT, 10,
                FundingSchedule.deribit8h());
        // short 1000 x 10 USD held 4 h under 0.01% per 8 h: receives 10000 / 50000 * 0.0001 * 4 / 8 coin
        Instant entry = Instant.parse("2025-01-10T08:00:00Z");
        Quotes q = Quotes.at(Instant.parse("2025-01-10T12:00:00Z")).spot("BTC", 50_000).price("BTC-PERPETUAL", 50_000)
                .fundingHistory("BTC-PERPETUAL", List.of(FundingRate.of(0.0001, H8, Instant.parse("2025-01-10T07:00:00Z"))))
                .build();
        PositionValuation v = Position.of(deribit, -1000, 50_000, entry).value(q);
        assertThat(v.funding()).isCloseTo(10_000 / 50_000.0 * 0.0001 * 0.5 * 50_000, within(1e-12));
    }

    @Test
    void exposuresByHand() {
        Exposures e = book().exposures(quotes(), Duration.ofHours(24));
        // delta: spot 2; linear short -2 * 100050 / 100000; inverse short -200000 / 96000;
        // inverse long 50000 / 99000 (no coin funding accrued yet)
        double delta = 2 - 2.001 - 200_000 / 96_000.0 + 50_000 / 99_000.0;
        assertThat(e.deltaInCoin().get("BTC")).isCloseTo(delta, within(1e-12));
        assertThat(e.deltaInQuote().get("BTC")).isCloseTo(delta * 100_000, within(1e-7));
        // dated bucket: tau = 76 days 20 h / 365, F' = 101500 + 100000 * 0.0001 * tau
        double tau = (76 + 20 / 24.0) / 365;
        double bumped = 101_500 + 100_000 * 1e-4 * tau;
        double datedDv01 = -200_000 * (1.0 / 101_500 - 1.0 / bumped) * 100_000;
        assertThat(e.basisDv01().get(new BasisBucket("BTC", Optional.of(EXPIRY)))).isCloseTo(datedDv01, within(1e-9));
        // perpetual bucket: F' = F + 10; linear short -2 * 10; inverse long 50000 (1/100020 - 1/100030) x 1e5
        double perpDv01 = -20 + 50_000 * (1.0 / 100_020 - 1.0 / 100_030) * 100_000;
        assertThat(e.basisDv01().get(new BasisBucket("BTC", Optional.empty()))).isCloseTo(perpDv01, within(1e-9));
        // funding +1 bp / 8 h over 24 h from 12:00: Binance settles 16:00, 00:00, 08:00 (3): the short
        // receives 2 * 100050 * 0.0001 * 3; BitMEX settles 12:00, 20:00, 04:00 (3): the long pays
        // 50000 / 100020 * 0.0001 * 3 coin, x 100000
        double fundingDv01 = 2 * 100_050 * 1e-4 * 3 - 50_000 / 100_020.0 * 1e-4 * 3 * 100_000;
        assertThat(e.fundingDv01().get("BTC")).isCloseTo(fundingDv01, within(1e-9));
        assertThat(e.venueGrossNotional().get(Venue.BINANCE)).isCloseTo(200_000 + 200_100 + 200_000, within(1e-8));
        assertThat(e.venueGrossNotional().get(Venue.BITMEX)).isCloseTo(50_000, within(1e-9));
        assertThat(e.summary()).contains("net delta").contains("BTC perpetual").contains("BTC 2025-03-28T08:00:00Z")
                .contains("BINANCE").contains("BITMEX");
    }

    @Test
    void deltaMatchesAFiniteDifferenceOfTheRevaluation() {
        Book book = book();
        Quotes q = quotes();
        double eps = 1e-6;
        double delta = book.exposures(q, Duration.ZERO).deltaInCoin().get("BTC");
        double up = book.scenarioPnl(q, scaled(q, 1 + eps), Duration.ZERO);
        double down = book.scenarioPnl(q, scaled(q, 1 - eps), Duration.ZERO);
        assertThat((up - down) / (2 * eps * 100_000)).isCloseTo(delta, within(1e-5));
    }

    /** Every price scaled by the same factor: relative (and annualized) bases held. */
    private static Quotes scaled(Quotes q, double factor) {
        return q.toBuilder().spot("BTC", 100_000 * factor).price("BTCUSDT-PERP", 100_050 * factor)
                .price("BTCUSD_250328", 101_500 * factor).price("XBTUSD", 100_020 * factor).build();
    }

    @Test
    void scenarioPnlAddsHorizonFunding() {
        Book book = Book.of(List.of(Position.of(PERP, -2000, 95_100, T)));
        Quotes q = quotes();
        // unchanged prices, 24 h at today's 0.01% per 8 h: 3 settlements received on 2 x 100050
        assertThat(book.scenarioPnl(q, q, Duration.ofHours(24))).isCloseTo(2 * 100_050 * 0.0001 * 3, within(1e-9));
        Quotes spike = q.toBuilder().funding("BTCUSDT-PERP", FundingRate.of(0.0075, H8, T)).build();
        assertThat(book.scenarioPnl(q, spike, Duration.ofHours(24))).isCloseTo(2 * 100_050 * 0.0075 * 3, within(1e-9));
    }

    @Test
    void quotesAreValues() {
        assertThat(quotes()).isEqualTo(quotes()).hasSameHashCodeAs(quotes());
        assertThat(quotes().toBuilder().build()).isEqualTo(quotes());
        assertThat(quotes().toBuilder().spot("BTC", 100_001).build()).isNotEqualTo(quotes());
        assertThat(quotes().toString()).contains("BTC=100000.0");
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> Position.of(SPOT, 0, 1, T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'quantity' must be finite and not zero but has value 0.0");
        assertThatThrownBy(() -> Position.of(SPOT, 1, -5, T))
                .hasMessage("Argument 'entryPrice' must be positive and finite but has value -5.0");
        assertThatThrownBy(() -> Book.of(List.of())).hasMessage("Argument 'positions' must hold at least one position but has value []");
        assertThatThrownBy(() -> quotes().price("ETHUSDT"))
                .hasMessage("Argument 'symbol' must have a price at 2025-01-10T12:00:00Z (quoted: [BTCUSDT-PERP,"
                        + " BTCUSD_250328, XBTUSD]) but has value ETHUSDT");
        assertThatThrownBy(() -> Quotes.at(T).spot("BTC", Double.NaN))
                .hasMessage("Argument 'price of BTC' must be positive and finite but has value NaN");
        assertThatThrownBy(() -> book().exposures(quotes(), Duration.ofHours(-1)))
                .hasMessage("Argument 'fundingHorizon' must not be negative but has value PT-1H");
        assertThatThrownBy(() -> HistoricalSimulation.of(0)).hasMessage("Argument 'horizon' must be positive but has value 0");
    }
}
