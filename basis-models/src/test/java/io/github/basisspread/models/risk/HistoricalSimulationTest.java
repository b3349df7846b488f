package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.basis.AnnualizedBasis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Venue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoricalSimulationTest {

    private static final Instant T = BookTest.T;

    private static Quotes row(int hour, double spot, double perp) {
        return Quotes.at(T.minus(Duration.ofHours(10 - hour))).spot("BTC", spot).price("BTCUSDT-PERP", perp).build();
    }

    @Test
    void spotScenariosAreRelativeMovesByHand() {
        Book book = Book.of(List.of(Position.of(BookTest.SPOT, 2, 90_000, T)));
        Quotes today = Quotes.at(T).spot("BTC", 100_000).build();
        List<Quotes> history = List.of(row(0, 50_000, 50_000), row(1, 55_000, 55_000), row(2, 44_000, 44_000),
                row(3, 44_000, 44_000));
        double[] pnl = HistoricalSimulation.of(1).scenarioPnl(book, today, history);
        // moves +10%, -20%, 0% on 2 BTC at 100000
        assertThat(pnl).containsExactly(new double[] {20_000, -40_000, 0}, within(1e-8));
        double[] two = HistoricalSimulation.of(2).scenarioPnl(book, today, history);
        // 50000 -> 44000 (-12%), 55000 -> 44000 (-20%)
        assertThat(two).containsExactly(new double[] {-24_000, -40_000}, within(1e-8));
    }

    @Test
    void perpetualBasisMovesAdditively() {
        // short 1 BTC of linear perp, no funding quoted: P&L = -(F' - F0)
        Book book = Book.of(List.of(Position.of(BookTest.PERP, -1000, 100_000, T)));
        Quotes today = Quotes.at(T).spot("BTC", 100_000).price("BTCUSDT-PERP", 100_100).build();
        // basis 0 -> 0.002 with spot +10%: F' = 110000 (1 + 0.001 + 0.002)
        List<Quotes> history = List.of(row(0, 50_000, 50_000), row(1, 55_000, 55_110), row(2, 55_000, 55_110));
        double[] pnl = HistoricalSimulation.of(1).scenarioPnl(book, today, history);
        assertThat(pnl[0]).isCloseTo(-(110_000 * 1.003 - 100_100), within(1e-8));
        assertThat(pnl[1]).isCloseTo(0, within(1e-8));
    }

    @Test
    void datedBasisMovesAnnualized() {
        Instant expiry = Instant.parse("2025-12-26T08:00:00Z");
        DatedFuture fut = DatedFuture.linear("BTC-251226", "BTC", "USDT", Venue.OKX, 0.01, expiry);
        Book book = Book.of(List.of(Position.of(fut, 100, 100_000, T)));
        Quotes today = Quotes.at(T).spot("BTC", 100_000).price("BTC-251226", 105_000).build();
        Instant t0 = T.minus(Duration.ofHours(2));
        Instant t1 = T.minus(Duration.ofHours(1));
        double tau0 = Duration.between(t0, expiry).toMinutes() / (365.0 * 24 * 60);
        double tau1 = Duration.between(t1, expiry).toMinutes() / (365.0 * 24 * 60);
        // annualized simple basis 5% then 7%, spot unchanged
        List<Quotes> history = List.of(
                Quotes.at(t0).spot("BTC", 60_000).price("BTC-251226", 60_000 * (1 + 0.05 * tau0)).build(),
                Quotes.at(t1).spot("BTC", 60_000).price("BTC-251226", 60_000 * (1 + 0.07 * tau1)).build(),
                Quotes.at(T.minus(Duration.ofMinutes(30))).spot("BTC", 60_000).price("BTC-251226", 60_000 * (1 + 0.07 * tau1)).build());
        double tau = Duration.between(T, expiry).toMinutes() / (365.0 * 24 * 60);
        double a0 = (105_000 / 100_000.0 - 1) / tau;
        double expected = 100 * 0.01 * (100_000 * (1 + (a0 + 0.02) * tau) - 105_000);
        double[] pnl = HistoricalSimulation.of(1).scenarioPnl(book, today, history);
        assertThat(pnl[0]).isCloseTo(expected, within(1e-6));
        assertThat(AnnualizedBasis.fromPrices(100_000, 105_000, Compounding.SIMPLE, tau).rate()).isCloseTo(a0, within(1e-12));
    }

    @Test
    void badHistoryIsNamed() {
        Book book = Book.of(List.of(Position.of(BookTest.SPOT, 2, 90_000, T)));
        Quotes today = Quotes.at(T).spot("BTC", 100_000).build();
        assertThatThrownBy(() -> HistoricalSimulation.of(2).scenarioPnl(book, today, List.of(row(0, 1, 1), row(1, 1, 1), row(2, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'history' must hold at least horizon + 2 = 4 rows but has value of 3 rows");
        assertThatThrownBy(() -> HistoricalSimulation.of(1).scenarioPnl(book, today, List.of(row(1, 1, 1), row(0, 1, 1), row(2, 1, 1))))
                .hasMessage("Argument 'history' must be strictly increasing in time but has value time "
                        + T.minus(Duration.ofHours(10)) + " at index 1");
    }
}
