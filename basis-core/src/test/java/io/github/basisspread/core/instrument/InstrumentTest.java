package io.github.basisspread.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.core.time.ExpiryRule;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static final Instant JUN_2024 = Instant.parse("2024-06-28T08:00:00Z");

    private static final Spot BTC_SPOT = Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);
    private static final PerpetualSwap BTCUSDT_PERP =
            PerpetualSwap.linear("BTCUSDT", "BTC", "USDT", Venue.BINANCE, 0.001, FundingSchedule.binance8h());
    private static final PerpetualSwap XBTUSD =
            PerpetualSwap.inverse("XBTUSD", "XBT", "USD", Venue.BITMEX, 1, FundingSchedule.bitmex());
    private static final DatedFuture DERIBIT_JUN =
            DatedFuture.inverse("BTC-28JUN24", "BTC", "USD", Venue.DERIBIT, 10, JUN_2024);
    private static final DatedFuture CME_JUN = DatedFuture.of("BTCM4", "BTC", "USD", "USD", Venue.CME,
            ContractSpec.linear(5), ExpiryRule.cmeBitcoin(), YearMonth.of(2024, 6));
    private static final PerpetualSwap ETHUSD_QUANTO = new PerpetualSwap("ETHUSD", "ETH", "USD", "XBT",
            Venue.BITMEX, ContractSpec.quanto(1, 0.000001), FundingSchedule.bitmex());

    // ---- the sealed family ----

    @Test
    void kindsAndComponents() {
        assertThat(BTC_SPOT.kind()).isEqualTo(InstrumentKind.SPOT);
        assertThat(BTC_SPOT.isDerivative()).isFalse();
        assertThat(BTC_SPOT.settlementCurrency()).isEqualTo("USDT");
        assertThat(BTCUSDT_PERP.kind()).isEqualTo(InstrumentKind.PERPETUAL_SWAP);
        assertThat(BTCUSDT_PERP.isDerivative()).isTrue();
        assertThat(DERIBIT_JUN.kind()).isEqualTo(InstrumentKind.DATED_FUTURE);
        // Factories fill the settlement currency from the settlement type.
        assertThat(BTCUSDT_PERP.settlementCurrency()).isEqualTo("USDT");
        assertThat(XBTUSD.settlementCurrency()).isEqualTo("XBT");
        assertThat(DERIBIT_JUN.settlementCurrency()).isEqualTo("BTC");
        assertThat(BTCUSDT_PERP.isLinear()).isTrue();
        assertThat(BTCUSDT_PERP.isInverse()).isFalse();
        assertThat(XBTUSD.isInverse()).isTrue();
        assertThat(ETHUSD_QUANTO.isQuanto()).isTrue();
        assertThat(ETHUSD_QUANTO.isLinear()).isFalse();
        assertThat(XBTUSD.settlement()).isEqualTo(Settlement.INVERSE);
        assertThat(XBTUSD.contractSize()).isEqualTo(1.0);
        assertThat(XBTUSD.quantoMultiplier()).isEmpty();
        assertThat(ETHUSD_QUANTO.quantoMultiplier()).hasValue(0.000001);
        // CME June 2024 (BST): last Friday 28 June, 16:00 London = 15:00 UTC.
        assertThat(CME_JUN.expiry()).isEqualTo(Instant.parse("2024-06-28T15:00:00Z"));
        assertThat(DatedFuture.linear("BTCM4", "BTC", "USD", Venue.CME, 5, Instant.parse("2024-06-28T15:00:00Z")))
                .isEqualTo(CME_JUN);
    }

    @Test
    void describeSwitchesOverTheFamily() {
        List<Instrument> all = List.of(BTC_SPOT, BTCUSDT_PERP, XBTUSD, DERIBIT_JUN, CME_JUN, ETHUSD_QUANTO);
        for (Instrument i : all) {
            assertThat(i.describe()).startsWith(i.venue() + " " + i.symbol() + ": ");
        }
        assertThat(BTC_SPOT.describe()).isEqualTo("BINANCE BTCUSDT: spot BTC/USDT");
        assertThat(BTCUSDT_PERP.describe()).isEqualTo("BINANCE BTCUSDT: perpetual swap on BTC/USDT, linear, 0.001 BTC"
                + " per contract, funding every 8h at [00:00, 08:00, 16:00] UTC");
        assertThat(DERIBIT_JUN.describe()).isEqualTo("DERIBIT BTC-28JUN24: dated future on BTC/USD, inverse, 10.0 USD"
                + " per contract, settled in BTC, expiring 2024-06-28T08:00:00Z");
        assertThat(ETHUSD_QUANTO.contractDescription()).isEqualTo("quanto, 1.0 x 1.0E-6 XBT per USD of price per contract");
    }

    @Test
    void venueDefaultFundingSchedules() {
        assertThat(Venue.BINANCE.defaultFundingSchedule()).hasValue(FundingSchedule.standard8h());
        assertThat(Venue.OKX.defaultFundingSchedule()).hasValue(FundingSchedule.standard8h());
        assertThat(Venue.BYBIT.defaultFundingSchedule()).hasValue(FundingSchedule.standard8h());
        assertThat(Venue.DERIBIT.defaultFundingSchedule()).hasValue(FundingSchedule.standard8h());
        assertThat(Venue.BITMEX.defaultFundingSchedule()).hasValue(FundingSchedule.of(8, 4));
        assertThat(Venue.HYPERLIQUID.defaultFundingSchedule()).hasValue(FundingSchedule.hourly());
        assertThat(Venue.DYDX.defaultFundingSchedule()).hasValue(FundingSchedule.hourly());
        assertThat(Venue.CME.defaultFundingSchedule()).isEmpty();
        assertThat(Venue.OTHER.defaultFundingSchedule()).isEmpty();
    }

    // ---- notionals, worked by hand ----

    @Test
    void linearNotional() {
        // 5 contracts x 0.001 BTC x 60,000 USDT = 300 USDT; 5 x 0.001 = 0.005 BTC.
        assertThat(BTCUSDT_PERP.notional(60_000, 5)).isCloseTo(300.0, within(1e-9));
        assertThat(BTCUSDT_PERP.baseNotional(60_000, 5)).isCloseTo(0.005, within(1e-15));
        assertThat(BTCUSDT_PERP.settlementNotional(60_000, 5)).isCloseTo(300.0, within(1e-9));
        // CME: 2 contracts x 5 BTC x 65,000 USD = 650,000 USD.
        assertThat(CME_JUN.notional(65_000, 2)).isCloseTo(650_000.0, within(1e-6));
        // Short 3 contracts: -3 x 0.001 x 50,000 = -150 USDT.
        assertThat(BTCUSDT_PERP.notional(50_000, -3)).isCloseTo(-150.0, within(1e-9));
    }

    @Test
    void inverseNotional() {
        // Binance COIN-M style, 100 USD face: 10 contracts = 1,000 USD whatever the price;
        // at 50,000 USD/BTC that is 1,000 / 50,000 = 0.02 BTC, the settlement-currency notional.
        DatedFuture coinM = DatedFuture.inverse("BTCUSD_240628", "BTC", "USD", Venue.BINANCE, 100, JUN_2024);
        assertThat(coinM.notional(50_000, 10)).isCloseTo(1_000.0, within(1e-12));
        assertThat(coinM.notional(25_000, 10)).isCloseTo(1_000.0, within(1e-12));
        assertThat(coinM.baseNotional(50_000, 10)).isCloseTo(0.02, within(1e-15));
        assertThat(coinM.settlementNotional(50_000, 10)).isCloseTo(0.02, within(1e-15));
        // Short 3 x 100 USD at 40,000: -300 USD, -300/40,000 = -0.0075 BTC.
        assertThat(coinM.notional(40_000, -3)).isCloseTo(-300.0, within(1e-12));
        assertThat(coinM.baseNotional(40_000, -3)).isCloseTo(-0.0075, within(1e-15));
        // BitMEX XBTUSD: 1 USD per contract; 20,000 contracts at 40,000 = 20,000 USD = 0.5 XBT.
        assertThat(XBTUSD.settlementNotional(40_000, 20_000)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void quantoNotional() {
        // BitMEX ETHUSD: 10 contracts x 1 x 0.000001 XBT/USD x 3,000 USD = 0.03 XBT.
        assertThat(ETHUSD_QUANTO.settlementNotional(3_000, 10)).isCloseTo(0.03, within(1e-15));
        assertThatThrownBy(() -> ETHUSD_QUANTO.notional(3_000, 10)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("QUANTO").hasMessageContaining("settlementNotional");
        assertThatThrownBy(() -> ETHUSD_QUANTO.baseNotional(3_000, 10)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("QUANTO");
    }

    // ---- time to expiry and funding ----

    @Test
    void yearFractionToExpiry() {
        // 29 Mar -> 28 Jun 2024 08:00: 2 (Mar 30, 31) + 30 (Apr) + 31 (May) + 28 (Jun) = 91 days.
        Instant valuation = Instant.parse("2024-03-29T08:00:00Z");
        assertThat(DERIBIT_JUN.yearFractionToExpiry(valuation)).isCloseTo(91.0 / 365, within(1e-15));
        assertThat(DERIBIT_JUN.yearFractionToExpiry(valuation, DayCount.ACT_360)).isCloseTo(91.0 / 360, within(1e-15));
        // 12 hours before expiry: 0.5 / 365.
        assertThat(DERIBIT_JUN.yearFractionToExpiry(Instant.parse("2024-06-27T20:00:00Z")))
                .isCloseTo(0.5 / 365, within(1e-15));
        assertThat(DERIBIT_JUN.isExpiredAt(JUN_2024.minusNanos(1))).isFalse();
        assertThat(DERIBIT_JUN.isExpiredAt(JUN_2024)).isTrue();
    }

    @Test
    void yearFractionRejectsValuationAtOrAfterExpiry() {
        assertThatThrownBy(() -> DERIBIT_JUN.yearFractionToExpiry(JUN_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'valuationTime'").hasMessageContaining("2024-06-28T08:00:00Z")
                .hasMessageContaining("before the expiry").hasMessageContaining("BTC-28JUN24");
        Instant later = Instant.parse("2024-07-01T00:00:00Z");
        assertThatThrownBy(() -> DERIBIT_JUN.yearFractionToExpiry(later, DayCount.ACT_365F))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'valuationTime'").hasMessageContaining("2024-07-01T00:00:00Z")
                .hasMessageContaining("2024-06-28T08:00:00Z");
        assertThatThrownBy(() -> DERIBIT_JUN.yearFractionToExpiry(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'valuationTime'");
        assertThatThrownBy(() -> DERIBIT_JUN.yearFractionToExpiry(later, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dayCount'");
        assertThatThrownBy(() -> DERIBIT_JUN.isExpiredAt(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'time'");
    }

    @Test
    void perpetualFunding() {
        // BitMEX at 05:00 UTC: next funding 12:00 UTC; Binance at 07:59:59: 08:00.
        assertThat(XBTUSD.nextFundingAfter(Instant.parse("2024-01-01T05:00:00Z")))
                .isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
        assertThat(BTCUSDT_PERP.nextFundingAfter(Instant.parse("2024-01-01T07:59:59Z")))
                .isEqualTo(Instant.parse("2024-01-01T08:00:00Z"));
        // Held 2 days from 00:00: 6 settlements at 00/08/16.
        assertThat(BTCUSDT_PERP.fundingCount(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-03T00:00:00Z")))
                .isEqualTo(6);
        assertThatThrownBy(() -> XBTUSD.nextFundingAfter(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'time'");
    }

    // ---- bad input ----

    @Test
    void rejectsBadNamesAndNulls() {
        assertThatThrownBy(() -> Spot.of(" ", "BTC", "USDT", Venue.BINANCE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'symbol'").hasMessageContaining("' '");
        assertThatThrownBy(() -> Spot.of("BTCUSDT", null, "USDT", Venue.BINANCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'baseAsset'");
        assertThatThrownBy(() -> Spot.of("BTCUSDT", "BTC", "", Venue.BINANCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quoteCurrency'");
        assertThatThrownBy(() -> Spot.of("BTCUSDT", "BTC", "USDT", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'venue'");
        assertThatThrownBy(() -> new DatedFuture("X", "BTC", "USD", " ", Venue.CME, ContractSpec.linear(5), JUN_2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlementCurrency'");
        assertThatThrownBy(() -> new DatedFuture("X", "BTC", "USD", "USD", Venue.CME, null, JUN_2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'contract'");
        assertThatThrownBy(() -> DatedFuture.linear("X", "BTC", "USD", Venue.CME, 5, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'expiry'");
        assertThatThrownBy(() -> PerpetualSwap.linear("X", "BTC", "USDT", Venue.BINANCE, 0.001, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fundingSchedule'");
        assertThatThrownBy(() -> DatedFuture.of("X", "BTC", "USD", "USD", Venue.CME, ContractSpec.linear(5), null,
                YearMonth.of(2024, 6))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rule'");
        assertThatThrownBy(() -> DatedFuture.of("X", "BTC", "USDT", "USDT", Venue.BINANCE, ContractSpec.linear(1),
                ExpiryRule.cryptoQuarterly(), YearMonth.of(2024, 5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'contractMonth'").hasMessageContaining("2024-05");
    }

    @Test
    void rejectsSettlementCurrencyInconsistentWithSettlementType() {
        assertThatThrownBy(() -> new PerpetualSwap("BTCUSDT", "BTC", "USDT", "BTC", Venue.BINANCE,
                ContractSpec.linear(0.001), FundingSchedule.binance8h()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlementCurrency'")
                .hasMessageContaining("'BTC'").hasMessageContaining("quoteCurrency 'USDT'").hasMessageContaining("LINEAR");
        assertThatThrownBy(() -> new DatedFuture("BTCUSD", "BTC", "USD", "USD", Venue.BINANCE,
                ContractSpec.inverse(100), JUN_2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlementCurrency'")
                .hasMessageContaining("'USD'").hasMessageContaining("baseAsset 'BTC'").hasMessageContaining("INVERSE");
        assertThatThrownBy(() -> new PerpetualSwap("ETHUSD", "ETH", "USD", "USD", Venue.BITMEX,
                ContractSpec.quanto(1, 1e-6), FundingSchedule.bitmex()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlementCurrency'")
                .hasMessageContaining("differ from quoteCurrency 'USD'").hasMessageContaining("QUANTO");
    }

    @Test
    void contractSpecValidates() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> ContractSpec.linear(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'contractSize'").hasMessageContaining(String.valueOf(bad));
            assertThatThrownBy(() -> ContractSpec.inverse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'contractSize'");
            assertThatThrownBy(() -> ContractSpec.quanto(1, bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'quantoMultiplier'").hasMessageContaining(String.valueOf(bad));
        }
        assertThatThrownBy(() -> new ContractSpec(Settlement.LINEAR, 1, OptionalDouble.of(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantoMultiplier'")
                .hasMessageContaining("be empty for a LINEAR contract");
        assertThatThrownBy(() -> new ContractSpec(Settlement.QUANTO, 1, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantoMultiplier'")
                .hasMessageContaining("be present for a QUANTO contract");
        assertThatThrownBy(() -> new ContractSpec(Settlement.QUANTO, 1, OptionalDouble.of(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantoMultiplier'")
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new ContractSpec(null, 1, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlement'");
        assertThatThrownBy(() -> new ContractSpec(Settlement.LINEAR, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantoMultiplier'");
    }

    @Test
    void notionalRejectsBadPriceAndContracts() {
        for (double bad : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> BTCUSDT_PERP.notional(bad, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'price'").hasMessageContaining(String.valueOf(bad));
            assertThatThrownBy(() -> XBTUSD.baseNotional(bad, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'price'");
            assertThatThrownBy(() -> ETHUSD_QUANTO.settlementNotional(bad, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'price'");
        }
        assertThatThrownBy(() -> BTCUSDT_PERP.notional(100, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'contracts'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> XBTUSD.notional(100, Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'contracts'").hasMessageContaining("-Infinity");
    }

    // ---- properties ----

    @Property
    void baseNotionalTimesPriceIsQuoteNotional(
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double price,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double contracts,
            @ForAll @DoubleRange(min = 1e-4, max = 1e3) @Scale(6) double size) {
        for (ContractSpec spec : List.of(ContractSpec.linear(size), ContractSpec.inverse(size))) {
            double quote = spec.notional(price, contracts);
            double base = spec.baseNotional(price, contracts);
            // Relative tolerance: a few ulps of the rounding in one multiply and one divide.
            assertThat(base * price).isCloseTo(quote, within(1e-12 * Math.abs(quote) + 1e-300));
            assertThat(Math.signum(spec.settlementNotional(price, contracts))).isEqualTo(Math.signum(contracts));
        }
    }

    @Property
    void notionalIsAdditiveInContracts(
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double price,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double a,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double b) {
        for (Derivative d : List.<Derivative>of(BTCUSDT_PERP, XBTUSD, DERIBIT_JUN, CME_JUN, ETHUSD_QUANTO)) {
            double sum = d.settlementNotional(price, a) + d.settlementNotional(price, b);
            double whole = d.settlementNotional(price, a + b);
            double scale = Math.abs(d.settlementNotional(price, Math.abs(a) + Math.abs(b)));
            assertThat(whole).isCloseTo(sum, within(1e-12 * scale + 1e-300));
        }
    }

    @Property
    void yearFractionIsPositiveBeforeExpiryAndRejectedAfter(
            @ForAll @LongRange(min = -400_000_000L, max = 400_000_000L) long offsetSeconds) {
        Instant valuation = JUN_2024.plusSeconds(offsetSeconds);
        if (offsetSeconds < 0) {
            double tau = DERIBIT_JUN.yearFractionToExpiry(valuation);
            assertThat(tau).isPositive();
            // ACT/365F by hand: the seconds to expiry over the seconds of 365 days.
            assertThat(tau).isCloseTo(-offsetSeconds / (365.0 * 86_400), within(1e-12));
        } else {
            assertThatThrownBy(() -> DERIBIT_JUN.yearFractionToExpiry(valuation))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'valuationTime'")
                    .hasMessageContaining(valuation.toString()).hasMessageContaining(JUN_2024.toString());
        }
    }
}
