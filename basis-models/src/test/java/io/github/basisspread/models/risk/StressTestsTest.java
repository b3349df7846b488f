package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.funding.BinanceFunding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StressTestsTest {

    @Test
    void basisCollapseByHand() {
        StressResult r = StressTests.basisCollapse(BookTest.book(), BookTest.quotes());
        // every derivative to 100000: linear short -2 (100000 - 100050); inverse short
        // -200000 (1/101500 - 1/100000) coin; inverse long 50000 (1/100020 - 1/100000) coin; coin x 100000
        double expected = 100 + (-200_000 * (1.0 / 101_500 - 1.0 / 100_000)) * 1e5
                + 50_000 * (1.0 / 100_020 - 1.0 / 100_000) * 1e5;
        assertThat(r.pnl()).isCloseTo(expected, within(1e-8));
        assertThat(r.toString()).startsWith("basis collapse to zero");
    }

    @Test
    void fundingAtTheBinanceCap() {
        // Binance BTCUSDT caps funding at +-0.30% per 8 h (core.funding BinanceFunding.btcUsdt()).
        Book book = Book.of(List.of(Position.of(BookTest.PERP, -2000, 95_100, Instant.parse("2025-01-09T20:00:00Z"))));
        Map<String, io.github.basisspread.core.funding.FundingFormula> formulas = Map.of("BTCUSDT-PERP",
                BinanceFunding.btcUsdt());
        StressResult up = StressTests.fundingAtCap(book, BookTest.quotes(), formulas, 3, true);
        StressResult down = StressTests.fundingAtCap(book, BookTest.quotes(), formulas, 3, false);
        assertThat(up.pnl()).isCloseTo(2 * 100_050 * 0.003 * 3, within(1e-9));
        assertThat(down.pnl()).isCloseTo(-2 * 100_050 * 0.003 * 3, within(1e-9));
        assertThat(down.scenario()).isEqualTo("funding at the venue floor (shorts pay) for 3 settlements");
    }

    @Test
    void undocumentedCapIsNamed() {
        Book book = Book.of(List.of(Position.of(BookTest.XBTUSD, 100, 95_100, BookTest.T)));
        assertThatThrownBy(() -> StressTests.fundingAtCap(book, BookTest.quotes(), Map.of(), 3, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'formulas' must hold a funding formula for XBTUSD on BITMEX (its cap is not"
                        + " documented in core.funding) but has value []");
        assertThatThrownBy(() -> StressTests.fundingAtCap(book, BookTest.quotes(), Map.of(), 0, true))
                .hasMessage("Argument 'settlements' must be positive but has value 0");
    }
}
