package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.margin.BinanceMargin;
import io.github.basisspread.core.margin.LiquidationPrice;
import io.github.basisspread.core.margin.MarginMode;
import io.github.basisspread.core.margin.MarginTiers;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Margin and liquidation distances against hand computations. Brackets: Binance announcement
 * "Updates to Leverage and Margin Tiers of Binance Futures Contracts (2021-03-18)" (BTCUSDT 125x
 * table), liquidation rule of the Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M
 * Futures Contracts" (2020-08-14).
 */
class MarginPlanTest {

    static final Instant T = Instant.parse("2025-01-10T12:00:00Z");
    static final Spot SPOT = Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);
    static final PerpetualSwap PERP = PerpetualSwap.linear("BTCUSDT-PERP", "BTC", "USDT", Venue.BINANCE, 0.001,
            FundingSchedule.binance8h());
    static final DatedFuture FUT = DatedFuture.linear("BTCUSDT_250328", "BTC", "USDT", Venue.BINANCE, 0.001,
            Instant.parse("2025-03-28T08:00:00Z"));
    static final DatedFuture COINM = DatedFuture.inverse("BTCUSD_250328", "BTC", "USD", Venue.BINANCE, 100,
            Instant.parse("2025-03-28T08:00:00Z"));

    @Test
    void carryTradeShortLegDiesOnARally() {
        Book book = Book.builder().add(SPOT, 1, 50_000, T).add(PERP, -1_000, 50_000, T).build();
        Quotes q = Quotes.at(T).spot("BTC", 50_000).price("BTCUSDT-PERP", 50_100).build();
        MarginPlan plan = MarginPlan.builder().terms("BTCUSDT-PERP",
                MarginTerms.isolated(BinanceMargin.btcUsdtPerpetual(), 10)).build();
        MarginReport r = plan.analyse(book, q);
        assertThat(r.legs()).hasSize(1);
        LegMargin leg = r.legs().get(0);
        // collateral 50,000 / 10 = 5,000; liquidation mark (5,000 + 50 + 50,000) / 1.005 (bracket 2)
        double lp = 55_050 / 1.005;
        assertThat(leg.liquidationMoveUp().getAsDouble()).isCloseTo(lp / 50_100 - 1, within(1e-10));
        assertThat(leg.liquidationMoveUp().getAsDouble()).isCloseTo(
                LiquidationPrice.linear(-1, 50_000, 5_000, BinanceMargin.btcUsdtPerpetual()).getAsDouble() / 50_100 - 1,
                within(1e-10));
        assertThat(leg.liquidationMoveDown()).isEmpty();
        assertThat(leg.liquidationPrice().getAsDouble()).isCloseTo(lp, within(1e-5));
        assertThat(leg.mode()).isEqualTo(MarginMode.ISOLATED);
        // at the mark 50,100: notional 50,100 (bracket 2: 0.5%, amount 50), initial 5,010
        assertThat(leg.notional()).isCloseTo(50_100, within(1e-9));
        assertThat(leg.initialMargin()).isCloseTo(5_010, within(1e-9));
        assertThat(leg.maintenanceMargin()).isCloseTo(50_100 * 0.005 - 50, within(1e-9));
        assertThat(leg.marginBalance()).isCloseTo(5_000 - 100, within(1e-9));
        assertThat(r.firstLiquidationOnRally().getAsDouble()).isCloseTo(lp / 50_100 - 1, within(1e-10));
        assertThat(r.firstLiquidationOnFall()).isEmpty();
        assertThat(r.firstLiquidated()).contains(leg);
        assertThat(r.summary()).contains("BTCUSDT-PERP").contains("first liquidation on a rally: +9.33%");
    }

    @Test
    void crossAccountSharesTheWallet() {
        // wallet 10,000 USDT; short 2 BTC perp entered at 50,000, marked 50,000; long 1 BTC future
        // entered at 50,500, marked 51,000; flat 0.5%. At spot factor f the account holds
        // 10,000 - 2 (50,000 f - 50,000) + (51,000 f - 50,500) - 0.005 (100,000 f + 51,000 f)
        // = 59,500 - 49,755 f, zero at f = 59,500 / 49,755.
        Book book = Book.builder().add(PERP, -2_000, 50_000, T).add(FUT, 1_000, 50_500, T).build();
        Quotes q = Quotes.at(T).spot("BTC", 50_000).price("BTCUSDT-PERP", 50_000).price("BTCUSDT_250328", 51_000)
                .build();
        MarginPlan plan = MarginPlan.builder().defaults(MarginTerms.cross(MarginTiers.flat(100, 0.005), 20))
                .wallet(Venue.BINANCE, "USDT", 10_000).build();
        MarginReport r = plan.analyse(book, q);
        double move = 59_500.0 / 49_755 - 1;
        for (LegMargin leg : r.legs()) {
            assertThat(leg.account()).isEqualTo("BINANCE:USDT");
            assertThat(leg.liquidationMoveUp().getAsDouble()).isCloseTo(move, within(1e-10));
            assertThat(leg.liquidationMoveDown()).isEmpty();
            assertThat(leg.marginBalance()).isCloseTo(10_000 + 500, within(1e-9));
        }
        assertThat(r.legs().get(0).initialMargin()).isCloseTo(5_000, within(1e-9));
        assertThat(r.legs().get(1).initialMargin()).isCloseTo(2_550, within(1e-9));
    }

    @Test
    void inverseIsolatedLegInCoin() {
        // 100 contracts of 100 USD short at 50,000, collateral 0.02 BTC, flat 0.5%:
        // liquidation mark 9,950 / 0.18 (LiquidationPriceTest), marked 50,000 now
        Book book = Book.builder().add(COINM, -100, 50_000, T).build();
        Quotes q = Quotes.at(T).spot("BTC", 49_000).price("BTCUSD_250328", 50_000).build();
        MarginPlan plan = MarginPlan.builder().terms("BTCUSD_250328",
                MarginTerms.isolated(MarginTiers.flat(100, 0.005), 10, 0.02)).build();
        LegMargin leg = plan.analyse(book, q).legs().get(0);
        assertThat(leg.marginCurrency()).isEqualTo("BTC");
        assertThat(leg.notional()).isCloseTo(0.2, within(1e-15));
        assertThat(leg.liquidationMoveUp().getAsDouble()).isCloseTo(9_950 / 0.18 / 50_000 - 1, within(1e-10));
        // default collateral is the initial margin at entry: 10,000 / 50,000 / 10 BTC
        LegMargin byDefault = MarginPlan.builder().terms("BTCUSD_250328",
                MarginTerms.isolated(MarginTiers.flat(100, 0.005), 10)).build().analyse(book, q).legs().get(0);
        assertThat(byDefault.marginBalance()).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void longLegIsLiquidatedOnAFall() {
        Book book = Book.builder().add(PERP, 1_000, 50_000, T).build();
        Quotes q = Quotes.at(T).spot("BTC", 50_000).price("BTCUSDT-PERP", 50_000).build();
        LegMargin leg = MarginPlan.builder().defaults(MarginTerms.isolated(BinanceMargin.btcUsdtPerpetual(), 10))
                .build().analyse(book, q).legs().get(0);
        assertThat(leg.liquidationMoveDown().getAsDouble()).isCloseTo(45_000 / 0.996 / 50_000 - 1, within(1e-10));
        assertThat(leg.liquidationMoveUp()).isEmpty();
        assertThat(leg.distance()).isEqualTo(leg.liquidationMoveDown());
    }

    @Test
    void refusesMissingTermsWalletsAndBadLeverage() {
        Book book = Book.builder().add(PERP, -1_000, 50_000, T).build();
        Quotes q = Quotes.at(T).spot("BTC", 50_000).price("BTCUSDT-PERP", 50_000).build();
        assertThatThrownBy(() -> MarginPlan.builder().build().analyse(book, q))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'symbol'")
                .hasMessageContaining("BTCUSDT-PERP");
        assertThatThrownBy(() -> MarginPlan.builder().defaults(MarginTerms.cross(MarginTiers.flat(10, 0.01), 5))
                .build().analyse(book, q)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BINANCE:USDT");
        assertThatThrownBy(() -> MarginPlan.builder().defaults(MarginTerms.isolated(BinanceMargin.btcUsdtPerpetual(), 125))
                .build().analyse(Book.builder().add(PERP, -10_000, 50_000, T).build(),
                        Quotes.at(T).spot("BTC", 50_000).price("BTCUSDT-PERP", 50_000).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'leverage'");
        assertThatThrownBy(() -> MarginTerms.isolated(MarginTiers.flat(10, 0.01), 0.5))
                .hasMessageContaining("'leverage'").hasMessageContaining("0.5");
        assertThatThrownBy(() -> MarginTerms.isolated(MarginTiers.flat(10, 0.01), 5, Double.NaN))
                .hasMessageContaining("'isolatedCollateral'");
    }
}
