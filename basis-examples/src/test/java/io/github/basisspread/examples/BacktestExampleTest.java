package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.ExitReason;
import io.github.basisspread.models.backtest.Position;
import io.github.basisspread.models.backtest.Trade;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BacktestExampleTest {

    private static double at(TimeSeries s, java.time.Instant t) {
        return s.value(s.indexAtOrBefore(t));
    }

    @Test
    void everyTradeEarnsTheBasisItCapturedLessFees() {
        BacktestExample.Result r = BacktestExample.run();
        BacktestResult b = r.result();
        assertThat(b.trades()).hasSizeGreaterThanOrEqualTo(2);
        double sum = 0;
        for (Trade t : b.trades()) {
            assertThat(t.position()).isEqualTo(Position.CARRY);
            double sE = at(r.spot(), t.entryTime());
            double fE = at(r.future(), t.entryTime());
            double sX = at(r.spot(), t.exitTime());
            double fX = at(r.future(), t.exitTime());
            // Entered at a basis of at least 2%, left at 0.8% or less (or at the expiry).
            assertThat(fE / sE - 1).isGreaterThanOrEqualTo(BacktestExample.ENTRY);
            assertThat(t.exitReason() == ExitReason.EXPIRY || fX / sX - 1 <= BacktestExample.EXIT).isTrue();
            // Long q spot, short q futures: the price P&L is q ((F_e - S_e) - (F_x - S_x)), whatever spot did.
            double q = t.spotQuantity();
            assertThat(t.derivativeQuantity()).isCloseTo(-q, within(1e-9));
            assertThat(t.pnl().basisConvergence()).isCloseTo(q * ((fE - sE) - (fX - sX)), within(1e-6));
            // Taker fees on both legs at entry and exit: 5 bp on spot, 4 bp on the future.
            double fees = q * (0.0005 * (sE + sX) + 0.0004 * (fE + fX));
            assertThat(t.pnl().fees()).isCloseTo(-fees, within(1e-6));
            assertThat(t.pnl().funding()).isZero();
            assertThat(t.pnl().financing()).isZero();
            sum += t.pnl().total();
        }
        // Flat at the end: the equity is the capital plus the trades' P&L.
        assertThat(b.finalEquity()).isCloseTo(BacktestExample.CAPITAL + sum, within(1e-6));
        assertThat(b.attribution().total()).isCloseTo(sum, within(1e-6));
        assertThat(b.equity().size()).isEqualTo(BacktestExample.DAYS + 1);
    }

    @Test
    void theFutureConvergesToSpotAtExpiry() {
        BacktestExample.Result r = BacktestExample.run();
        assertThat(at(r.future(), r.expiry())).isEqualTo(at(r.spot(), r.expiry()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BacktestExample.print(r, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("CARRY", "basis convergence", "Sharpe");
    }
}
