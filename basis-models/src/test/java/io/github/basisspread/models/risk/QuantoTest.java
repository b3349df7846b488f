package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.ContractSpec;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.margin.MarginTiers;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quanto perpetual (BitMEX ETHUSD style: 1 contract pays 0.000001 BTC per USD of the ETH price)
 * valued, exposed, stressed and margined against hand computations.
 */
class QuantoTest {

    static final Instant T = Instant.parse("2025-01-10T12:00:00Z");
    static final PerpetualSwap ETHUSD = new PerpetualSwap("ETHUSD", "ETH", "USD", "BTC", Venue.BITMEX,
            ContractSpec.quanto(1, 0.000001), FundingSchedule.bitmex());

    static Book book() {
        return Book.of(List.of(Position.of(ETHUSD, 10_000, 3_000, T)));
    }

    static Quotes quotes() {
        return Quotes.at(T).spot("ETH", 3_300).spot("BTC", 100_000).price("ETHUSD", 3_310)
                .funding("ETHUSD", FundingRate.of(0.0001, Duration.ofHours(8), T)).build();
    }

    @Test
    void valuedInTheSettlementCurrencyAtItsSpot() {
        PositionValuation v = book().markToMarket(quotes()).positions().get(0);
        // 10,000 x 1e-6 x (3,310 - 3,000) = 3.1 BTC, at 100,000
        assertThat(v.pricePnl()).isCloseTo(310_000, within(1e-6));
        assertThat(v.notional()).isCloseTo(10_000 * 1e-6 * 3_310 * 100_000, within(1e-6));
        assertThat(v.pnlInCoin()).isCloseTo(310_000 / 3_300.0, within(1e-9));
    }

    @Test
    void exposedToTheUnderlyingAndTheSettlementCurrency() {
        Exposures e = book().exposures(quotes(), Duration.ofHours(8));
        assertThat(e.deltaInCoin().get("ETH")).isCloseTo(0.01 * 100_000 * 3_310 / 3_300, within(1e-9));
        assertThat(e.deltaInCoin().get("BTC")).isCloseTo(3.1, within(1e-12));
        // one settlement (12:00) in [12:00, 20:00) at 1 bp on 0.01 x 3,310 BTC, paid by the long
        assertThat(e.fundingDv01().get("ETH")).isCloseTo(-0.01 * 3_310 * 1e-4 * 100_000, within(1e-9));
    }

    @Test
    void scenarioMovesBothSpots() {
        Quotes shocked = quotes().toBuilder().spot("ETH", 3_000).spot("BTC", 90_000).price("ETHUSD", 3_009).build();
        double pnl = book().scenarioPnl(quotes(), shocked, Duration.ZERO);
        assertThat(pnl).isCloseTo(0.01 * 9 * 90_000 - 3.1 * 100_000, within(1e-6));
        // with the 12:00 settlement at 0.0001: the long pays 0.01 x 3,009 x 0.0001 BTC at 90,000
        double withFunding = book().scenarioPnl(quotes(), shocked, Duration.ofHours(8));
        assertThat(withFunding - pnl).isCloseTo(-0.01 * 3_009 * 1e-4 * 90_000, within(1e-9));
        StressResult halt = StressTests.venueHalt(book(), quotes(), Venue.BITMEX, 0.5, -0.2);
        assertThat(halt.pnl()).isCloseTo(-0.5 * 3_310_000, within(1e-6));
    }

    @Test
    void marginedInBitcoin() {
        // isolated at 10x: collateral 0.01 x 3,000 / 10 = 3 BTC; flat 1%: 3 + 0.01 (m - 3,000) = 0.0001 m
        // at m = 27 / 0.0099
        LegMargin leg = MarginPlan.builder().defaults(MarginTerms.isolated(MarginTiers.flat(100, 0.01), 10)).build()
                .analyse(book(), quotes()).legs().get(0);
        assertThat(leg.marginCurrency()).isEqualTo("BTC");
        assertThat(leg.notional()).isCloseTo(33.1, within(1e-12));
        assertThat(leg.liquidationMoveDown().getAsDouble()).isCloseTo(27 / 0.0099 / 3_310 - 1, within(1e-10));
    }

    @Test
    void missingSettlementSpotIsNamed() {
        Quotes noBtc = Quotes.at(T).spot("ETH", 3_300).price("ETHUSD", 3_310).build();
        assertThatThrownBy(() -> book().markToMarket(noBtc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'asset'").hasMessageContaining("BTC");
    }
}
