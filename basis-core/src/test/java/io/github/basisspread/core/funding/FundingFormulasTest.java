package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.instrument.Venue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The venue lookup never invents a cap; the plausibility bound of a funding rate. */
class FundingFormulasTest {

    private static final Duration H1 = Duration.ofHours(1);
    private static final Duration H4 = Duration.ofHours(4);
    private static final Duration H8 = Duration.ofHours(8);

    @Test
    void documentedSymbolsOnly() {
        assertThat(FundingFormulas.documented(Venue.BINANCE, "btcusdt")).contains(BinanceFunding.btcUsdt());
        assertThat(FundingFormulas.documented(Venue.BINANCE, "ETHUSDT")).contains(BinanceFunding.ethUsdt());
        // Binance caps are per symbol: no default for an undocumented one.
        assertThat(FundingFormulas.documented(Venue.BINANCE, "SOLUSDT")).isEmpty();
        assertThat(FundingFormulas.documented(Venue.BYBIT, "BTCUSDT")).isEmpty();
        assertThat(FundingFormulas.documented(Venue.HYPERLIQUID, "BTC")).contains(HyperliquidFunding.defaults());
        assertThat(FundingFormulas.documented(Venue.CME, "BTC")).isEmpty();
        assertThatThrownBy(() -> FundingFormulas.documented(Venue.BINANCE, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'symbol'");
    }

    @Test
    void withCapAppliesTheGivenCap() {
        FundingFormula binance = FundingFormulas.withCap(Venue.BINANCE, H4, 0.02);
        assertThat(binance).isEqualTo(BinanceFunding.of(H4, 0.0001, 0.0005, 0.02));
        // A 10% premium on 4 h: (0.10 - 0.0005) / 2 = 4.975%, capped at 2%.
        assertThat(binance.rate(0.10)).isEqualTo(0.02);
        FundingFormula bybit = FundingFormulas.withCap(Venue.BYBIT, H8, 0.01);
        assertThat(bybit.rate(-0.05)).isEqualTo(-0.01);
        assertThat(bybit.rate(0.0)).isCloseTo(0.0001, within(1e-18));
        assertThat(FundingFormulas.withCap(Venue.DERIBIT, H8, 0.003)).isEqualTo(DeribitFunding.of(0.00025, 0.003));
        assertThat(FundingFormulas.withCap(Venue.HYPERLIQUID, H1, 0.02).rate(1.0)).isEqualTo(0.02);
        assertThat(FundingFormulas.withCap(Venue.DYDX, H1, 0.01).rate(1.0)).isEqualTo(0.01);
    }

    @Test
    void withCapRefusesVenuesThatNeedMoreThanACapAndWrongIntervals() {
        assertThatThrownBy(() -> FundingFormulas.withCap(Venue.BITMEX, H8, 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'venue'").hasMessageContaining("BITMEX").hasMessageContaining("ofMargins");
        assertThatThrownBy(() -> FundingFormulas.withCap(Venue.OKX, H8, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OkxFunding.of");
        assertThatThrownBy(() -> FundingFormulas.withCap(Venue.DYDX, H8, 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'interval'").hasMessageContaining("PT8H");
        assertThatThrownBy(() -> FundingFormulas.withCap(Venue.BINANCE, H8, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cap'");
    }

    @Test
    void aHundredPercentPerIntervalIsNotPlausible() {
        java.time.Instant t = java.time.Instant.parse("2024-01-01T00:00:00Z");
        assertThat(FundingRate.of(1.0, H8, t).isPlausible()).isFalse();
        assertThat(FundingRate.of(-0.5, H1, t).isPlausible()).isFalse();
        // Every documented venue cap is plausible: Binance 3% per 8 h, Hyperliquid 4% an hour.
        assertThat(FundingRate.of(0.03, H8, t).isPlausible()).isTrue();
        assertThat(FundingRate.of(-0.04, H1, t).isPlausible()).isTrue();
        // The bound is 5% per hour of the interval: 0.40 per 8 h.
        assertThat(FundingRate.of(0.40, H8, t).isPlausible()).isTrue();
        assertThat(FundingRate.of(0.4001, H8, t).isPlausible()).isFalse();
        // The static check says the same without building (and logging) an observation.
        assertThat(FundingRate.isPlausible(0.40, H8)).isTrue();
        assertThat(FundingRate.isPlausible(0.4001, H8)).isFalse();
        assertThat(FundingRate.isPlausible(Double.NaN, H8)).isFalse();
        assertThatThrownBy(() -> FundingRate.isPlausible(0.0, java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'");
    }
}
