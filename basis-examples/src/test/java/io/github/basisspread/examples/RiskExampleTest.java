package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.margin.BinanceMargin;
import io.github.basisspread.core.margin.LiquidationPrice;
import io.github.basisspread.models.risk.Book;
import io.github.basisspread.models.risk.HistoricalSimulation;
import io.github.basisspread.models.risk.Position;
import io.github.basisspread.models.risk.Quotes;
import io.github.basisspread.models.risk.RiskEstimate;
import io.github.basisspread.models.risk.ValueAtRisk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskExampleTest {

    @Test
    void theCarryBookIsHedgedAndDiesOnARally() {
        RiskExample.Result r = RiskExample.run();
        Quotes today = r.today();
        double spot = today.spot("BTC");
        double fb = today.price(RiskExample.BINANCE_PERP.symbol());
        double fh = today.price(RiskExample.HYPERLIQUID_PERP.symbol());
        Position binance = r.book().positions().get(1);
        Position hl = r.book().positions().get(2);

        // Binance isolated at 3x: collateral entry / 3, Binance's liquidation price formula
        double lp = LiquidationPrice.linear(-1, binance.entryPrice(), binance.entryPrice() / RiskExample.BINANCE_LEVERAGE,
                BinanceMargin.btcUsdtPerpetual()).getAsDouble();
        double binanceMove = lp / fb - 1;
        // Hyperliquid cross: 40,000 - (fh x - entry) - 0.0125 fh x = 0
        double hlMove = (RiskExample.HYPERLIQUID_WALLET + hl.entryPrice()) / (fh * (1 + RiskExample.HYPERLIQUID_MMR)) - 1;
        assertThat(r.margin().legs().get(0).liquidationMoveUp().getAsDouble()).as(r.margin().summary() + " lp " + lp + " fb " + fb + " entry " + binance.entryPrice()).isCloseTo(binanceMove, within(1e-9));
        assertThat(r.margin().legs().get(1).liquidationMoveUp().getAsDouble()).isCloseTo(hlMove, within(1e-9));
        assertThat(r.margin().firstLiquidationOnRally().getAsDouble()).isCloseTo(Math.min(binanceMove, hlMove),
                within(1e-9));
        assertThat(r.margin().firstLiquidationOnFall()).isEmpty();

        // basis collapse: each short perpetual gains F - S
        assertThat(r.stress().get(0).pnl()).isCloseTo((fb - spot) + (fh - spot), within(1e-6));

        // the array VaR is the object path's, and the hedge leaves a small fraction of spot's risk
        double[] objectPnl = HistoricalSimulation.of(1).scenarioPnl(r.book(), today, r.history());
        RiskEstimate hs = ValueAtRisk.historical(objectPnl, 0.99);
        assertThat(r.estimates().get(0).valueAtRisk()).isCloseTo(hs.valueAtRisk(), within(1e-6));
        Book naked = Book.of(List.of(r.book().positions().get(0)));
        RiskEstimate spotOnly = HistoricalSimulation.of(1).valueAtRisk(naked, today, r.history(), 0.99);
        assertThat(hs.valueAtRisk()).isLessThan(0.1 * spotOnly.valueAtRisk());
        for (RiskEstimate e : r.estimates()) {
            assertThat(e.valueAtRisk()).as(e.method().label()).isPositive();
            assertThat(e.expectedShortfall()).as(e.method().label()).isGreaterThanOrEqualTo(e.valueAtRisk());
        }
        assertThat(r.stress()).hasSize(7);

        // funding accrued since entry: the Binance short receives the 21 settlements of the week
        // at the notional of today's mark, as core.funding accrues it (sum of the rates)
        double rates = 0;
        for (Quotes row : r.history().subList(RiskExample.HOURS - 7 * 24, RiskExample.HOURS)) {
            if (row.time().atZone(java.time.ZoneOffset.UTC).getHour() % 8 == 0) {
                rates += row.fundingRate(RiskExample.BINANCE_PERP.symbol()).orElseThrow().rate();
            }
        }
        assertThat(r.book().markToMarket(today).positions().get(1).funding()).isCloseTo(fb * rates, within(1e-6));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RiskExample.print(r, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("first liquidation on a rally").contains("basis collapse").contains("HYPERLIQUID halted");
    }
}
