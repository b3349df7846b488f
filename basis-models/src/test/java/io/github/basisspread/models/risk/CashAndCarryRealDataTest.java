package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.TimestampFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Historical VaR of a cash-and-carry book (long 1 BTC spot, short 1 BTC of the Binance USD-M
 * BTCUSDT perpetual) on the real hourly closes of the shared data folder, never copied into the
 * project; skipped with a message when absent. Funding is the Binance COIN-M BTCUSD perpetual's
 * hourly snapshot of its 8-hourly rate, the proxy the folder holds (no USD-M funding file), used
 * where its timestamps meet the prices.
 */
class CashAndCarryRealDataTest {

    private static final String HOURLY = "binance-btcusdt-spot-perp-hourly-2024-2026";
    private static final Duration H8 = Duration.ofHours(8);
    private static TimeSeries spot;
    private static TimeSeries perp;
    private static Map<Long, Double> funding;

    @BeforeAll
    static void load() {
        Path data = findSharedData();
        if (data == null) {
            return;
        }
        CsvSeriesReader prices = CsvSeriesReader.of("TIMESTAMP").withColumns("CLOSE")
                .withTimestampFormat(TimestampFormat.text(ZoneOffset.UTC));
        spot = prices.read(data.resolve(HOURLY).resolve("binance_btcusdt_spot_1h.csv")).data().column("CLOSE");
        perp = prices.read(data.resolve(HOURLY).resolve("binance_btcusdt_perp_1h.csv")).data().column("CLOSE");
        TimeSeries rate = prices.read(data.resolve(HOURLY).resolve("binance_btcusd_perp_coinm_funding_1h.csv")).data()
                .column("CLOSE");
        funding = new HashMap<>();
        for (int i = 0; i < rate.size(); i++) {
            if (!rate.isMissing(i)) {
                funding.put(rate.epochNanos(i), rate.value(i));
            }
        }
    }

    private static Path findSharedData() {
        String property = System.getProperty("basis.shared.data");
        if (property != null && Files.isDirectory(Path.of(property, HOURLY))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve(HOURLY))) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void historicalVarOfACashAndCarryBook() {
        assumeTrue(spot != null, "shared/data/" + HOURLY + " not found (set -Dbasis.shared.data=...): real-data test skipped");
        assertThat(perp.size()).isEqualTo(spot.size());
        Spot btc = Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);
        PerpetualSwap swap = PerpetualSwap.linear("BTCUSDT-PERP", "BTC", "USDT", Venue.BINANCE, 0.001,
                FundingSchedule.binance8h());
        int n = spot.size();
        List<Quotes> history = new ArrayList<>(n);
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            assertThat(spot.time(i)).isEqualTo(perp.time(i));
            Quotes.Builder q = Quotes.at(spot.time(i)).spot("BTC", spot.value(i)).price("BTCUSDT-PERP", perp.value(i));
            Double r = funding.get(spot.epochNanos(i));
            rates[i] = r == null ? Double.NaN : r;
            if (r != null) {
                q.funding("BTCUSDT-PERP", FundingRate.of(r, H8, spot.time(i)));
            }
            history.add(q.build());
        }
        Quotes today = history.get(n - 1);
        Instant entry = today.time().minus(Duration.ofDays(30));
        Book carry = Book.builder().add(btc, 1, spot.value(n - 1), entry).add(swap, -1000, perp.value(n - 1), entry)
                .build();
        Book spotOnly = Book.of(List.of(Position.of(btc, 1, spot.value(n - 1), entry)));
        int horizon = 24;
        double[] pnl = HistoricalSimulation.of(horizon).scenarioPnl(carry, today, history);
        assertThat(pnl).hasSize(n - horizon);

        // The same scenarios computed here from the raw arrays.
        double s0 = spot.value(n - 1);
        double f0 = perp.value(n - 1);
        double r0 = rates[n - 1];
        FundingSchedule schedule = FundingSchedule.binance8h();
        for (int k = 0; k < pnl.length; k++) {
            int j = k + horizon;
            double s1 = s0 * spot.value(j) / spot.value(k);
            double f1 = s1 * (f0 / s0 + perp.value(j) / spot.value(j) - perp.value(k) / spot.value(k));
            double rate = Double.isNaN(r0) ? 0
                    : Double.isNaN(rates[j]) || Double.isNaN(rates[k]) ? r0 : r0 + rates[j] - rates[k];
            long count = schedule.settlementCount(today.time(), today.time().plus(Duration.between(spot.time(k), spot.time(j))));
            double expected = (s1 - s0) - (f1 - f0) + f1 * rate * count;
            assertThat(pnl[k]).as("scenario " + k).isCloseTo(expected, within(1e-6));
        }

        RiskEstimate hedged = ValueAtRisk.historical(pnl, 0.99);
        RiskEstimate naked = HistoricalSimulation.of(horizon).valueAtRisk(spotOnly, today, history, 0.99);
        assertThat(hedged.valueAtRisk()).isPositive();
        assertThat(hedged.expectedShortfall()).isGreaterThanOrEqualTo(hedged.valueAtRisk());
        // The hedge removes the spot risk: the carry book's daily 99% VaR is a small fraction of spot's.
        assertThat(hedged.valueAtRisk()).isLessThan(0.1 * naked.valueAtRisk());
        for (RiskEstimate e : List.of(ValueAtRisk.normal(pnl, 0.99), ValueAtRisk.studentT(pnl, 0.99),
                ValueAtRisk.cornishFisher(pnl, 0.99),
                ValueAtRisk.filteredHistorical(pnl, 0.99, EwmaVolatility.riskMetrics()))) {
            assertThat(e.valueAtRisk()).as(e.method().label()).isFinite().isPositive();
            assertThat(e.expectedShortfall()).as(e.method().label()).isGreaterThanOrEqualTo(e.valueAtRisk());
        }
    }

    @Test
    void worstRealWindowsReplayedOnASpotBook() {
        assumeTrue(spot != null, "shared/data/" + HOURLY + " not found (set -Dbasis.shared.data=...): real-data test skipped");
        Spot btc = Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);
        int n = spot.size();
        List<Quotes> history = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            history.add(Quotes.at(spot.time(i)).spot("BTC", spot.value(i)).build());
        }
        Quotes today = history.get(n - 1);
        double s0 = spot.value(n - 1);
        Book book = Book.of(List.of(Position.of(btc, 1, s0, today.time())));
        int horizon = 24;
        // the largest 24-hour fall of the hourly closes, found here from the raw array
        int worst = 0;
        for (int k = 1; k + horizon < n; k++) {
            if (spot.value(k + horizon) / spot.value(k) < spot.value(worst + horizon) / spot.value(worst)) {
                worst = k;
            }
        }
        List<StressResult> windows = StressTests.worstHistoricalWindows(book, today, history, horizon, 3);
        assertThat(windows).hasSize(3);
        double expected = s0 * (spot.value(worst + horizon) / spot.value(worst) - 1);
        assertThat(windows.get(0).pnl()).isCloseTo(expected, within(1e-6));
        assertThat(windows.get(0).scenario()).contains(spot.time(worst).toString());
        assertThat(windows.get(1).pnl()).isGreaterThanOrEqualTo(windows.get(0).pnl());
        StressResult replay = StressTests.historical(book, today, history.subList(worst, worst + horizon + 1));
        assertThat(replay.pnl()).isCloseTo(expected, within(1e-6));
    }
}
