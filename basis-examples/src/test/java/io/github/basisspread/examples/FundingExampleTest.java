package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.funding.FundingRate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FundingExampleTest {

    @Test
    void everyVenueWorkedByHand() {
        FundingExample.Result r = FundingExample.run();
        assertThat(r.venues()).hasSize(7);
        // Premium P = 0.03% per 8 h. Binance, BitMEX, Bybit: I = 0.01% and I - P = -0.02% lies inside the
        // +-0.05% damper, so F = P + (I - P) = I = 0.0001; APR = 0.0001 * 3 * 365 = 0.1095.
        for (String venue : new String[] {"Binance USD-M", "BitMEX", "Bybit"}) {
            FundingRate f = r.venue(venue).rate();
            assertThat(f.rate()).as(venue).isCloseTo(0.0001, within(1e-15));
            assertThat(f.interval()).isEqualTo(Duration.ofHours(8));
            assertThat(f.apr()).as(venue).isCloseTo(0.0001 * 3 * 365, within(1e-12));
            // APY compounds 1095 payments: 1.0001^1095 - 1.
            assertThat(f.apy()).isCloseTo(Math.pow(1.0001, 1095) - 1, within(1e-12));
        }
        // OKX's default is its current damped-interest rule: I - P = -0.02% inside the damper, so F = I = 0.0001,
        // APR 0.0001 * 1095 = 0.1095.
        assertThat(r.venue("OKX").rate().apr()).isCloseTo(0.1095, within(1e-12));
        // Deribit: a dead band of 0.025% comes off the premium: 0.0003 - 0.00025 = 0.00005; APR 0.05475.
        assertThat(r.venue("Deribit").rate().rate()).isCloseTo(0.00005, within(1e-15));
        assertThat(r.venue("Deribit").rate().apr()).isCloseTo(0.05475, within(1e-12));
        assertThat(r.venue("Deribit").accruesContinuously()).isTrue();
        // Hyperliquid: the 8 h rate is I = 0.0001, paid hourly as an eighth: 0.0000125 * 24 * 365 = 0.1095.
        FundingRate hl = r.venue("Hyperliquid").rate();
        assertThat(hl.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(hl.rate()).isCloseTo(0.0000125, within(1e-15));
        assertThat(hl.apr()).isCloseTo(0.1095, within(1e-12));
        // dYdX v4: P / 8 per hour with no interest: 0.0000375 * 8760 = 0.3285.
        assertThat(r.venue("dYdX v4").rate().rate()).isCloseTo(0.0000375, within(1e-15));
        assertThat(r.venue("dYdX v4").rate().apr()).isCloseTo(0.3285, within(1e-12));
        // 8 h -> 4 h: half the rate, 0.00005, and the same APR, 0.00005 * 6 * 365 = 0.1095.
        assertThat(r.fourHour().rate()).isCloseTo(0.00005, within(1e-15));
        assertThat(r.fourHour().apr()).isCloseTo(r.eightHour().apr(), within(1e-12));
    }

    @Test
    void unknownVenueAndPrintout() {
        FundingExample.Result r = FundingExample.run();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.venue("Nowhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Nowhere'");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FundingExample.print(r, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Binance USD-M", "10.95%", "(continuous)",
                "dYdX v4");
    }
}
