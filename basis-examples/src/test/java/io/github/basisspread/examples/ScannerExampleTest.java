package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.arbitrage.OpportunityEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScannerExampleTest {

    @Test
    void tradesAreRankedNetOfCosts() {
        ScannerExample.Result r = ScannerExample.run();
        assertThat(r.ranked()).hasSize(5);
        for (int i = 1; i < r.ranked().size(); i++) {
            assertThat(r.ranked().get(i - 1).evaluation().annualizedReturnOnCapital())
                    .isGreaterThanOrEqualTo(r.ranked().get(i).evaluation().annualizedReturnOnCapital());
        }
        // Sep future held to expiry: Q = 1e6 / 62000 = 16.1290 coins at the spot mid; gross =
        // Q (F_mid - S_mid) = 16.1290 * (65300 - 62000) = 53225.81.
        OpportunityEvaluation sep = r.get("Deribit quarterly Sep-24");
        assertThat(sep.quantity()).isCloseTo(1_000_000 / 62_000.0, within(1e-9));
        assertThat(sep.grossPnl()).isCloseTo(1_000_000 / 62_000.0 * 3_300, within(1e-6));
        assertThat(sep.yearFraction() * 365).isCloseTo(210, within(1e-9));
        // Net = income - costs, and the costs (spread, two fees, 5.3% financing for 210 days) are real.
        assertThat(sep.netPnl()).isCloseTo(sep.totalIncome() - sep.totalCosts(), within(1e-6));
        // Financing alone is at least the spot outlay times (e^{0.053 * 210/365} - 1) = 1e6 * 0.03097 = 30,970.
        assertThat(sep.totalCosts()).isGreaterThan(1_000_000 * (Math.exp(0.053 * 210 / 365) - 1));
        // Capital: spot outlay Q * 62005 plus 10% margin on the future notional Q * 65280.
        double q = 1_000_000 / 62_000.0;
        assertThat(sep.capital()).isCloseTo(q * 62_005 + 0.10 * q * 65_280, within(1e-6));
        // The Sep future has the richest gross basis but not the best return once financed for 210 days.
        assertThat(r.ranked().get(0).name()).isNotEqualTo("Deribit quarterly Sep-24");
        // Perpetuals earn funding, not convergence: 0.0015% an hour for 30 days on 16.13 coins at 62045.
        OpportunityEvaluation hl = r.get("Hyperliquid perpetual");
        assertThat(hl.fundingIncome()).isCloseTo(0.000015 * 24 * 30 * q * 62_045, within(1.0));
        assertThatThrownBy(() -> r.get("nothing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsTheRanking() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScannerExample.print(ScannerExample.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Bybit perpetual", "net/yr", "Sep-24");
    }
}
