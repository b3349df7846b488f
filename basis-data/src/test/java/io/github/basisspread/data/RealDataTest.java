package io.github.basisspread.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.series.BasisSeries;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.ReadResult;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.data.csv.TimestampFormat;
import io.github.basisspread.data.exchange.FundingRateHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Integration tests on the real files of the project's shared data folder (never copied into the
 * project: the Binance/CoinDesk files may be used only locally). Skipped, with a message, when the
 * folder is absent. The folder is found from the system property {@code basis.shared.data}, or by
 * walking up from the working directory to a directory holding {@code shared/data}.
 *
 * <p>Every expected value below was read off the files with head, tail, wc, grep or awk (the
 * command is given beside it), or taken from the folder's SOURCE.md.
 */
class RealDataTest {

    private static final String HOURLY = "binance-btcusdt-spot-perp-hourly-2024-2026";
    private static final String VENUES = "funding-rates-btc-eth-7venues-2020-2023";
    private static Path data;

    @BeforeAll
    static void locate() {
        data = findSharedData();
    }

    static Path findSharedData() {
        String property = System.getProperty("basis.shared.data");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve(HOURLY)) || Files.isDirectory(candidate.resolve(VENUES))) {
                return candidate;
            }
        }
        return null;
    }

    private static Path file(String folder, String name) {
        assumeTrue(data != null, "shared/data not found (set -Dbasis.shared.data=...): real-data tests skipped");
        Path p = data.resolve(folder).resolve(name);
        assumeTrue(Files.isRegularFile(p), p + " is absent: test skipped");
        return p;
    }

    @Test
    void spotAndPerpCloses_basisAndAnnualizedBasis() {
        CsvSeriesReader reader = CsvSeriesReader.of("TIMESTAMP").withColumns("CLOSE")
                .withTimestampFormat(TimestampFormat.text(ZoneOffset.UTC));
        ReadResult<SeriesFrame> spotRead = reader.read(file(HOURLY, "binance_btcusdt_spot_1h.csv"));
        ReadResult<SeriesFrame> perpRead = reader.read(file(HOURLY, "binance_btcusdt_perp_1h.csv"));
        TimeSeries spot = spotRead.data().column("CLOSE");
        TimeSeries perp = perpRead.data().column("CLOSE");

        // wc -l: 12001 lines each, header included; SOURCE.md: 12000 rows.
        assertThat(spot.size()).isEqualTo(12000);
        assertThat(perp.size()).isEqualTo(12000);
        assertThat(spotRead.report().isClean()).isTrue();
        // head -2 / tail -1: 2024-10-17 09:00:00 .. 2026-03-01 08:00:00 (UTC presumed, SOURCE.md).
        assertThat(spot.firstTime()).isEqualTo(Instant.parse("2024-10-17T09:00:00Z"));
        assertThat(spot.lastTime()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        // CLOSE is column 9: head -2 gives 67191.4 (spot) and 67174.8 (perp); tail -1 66560.14 and 66535.0.
        assertThat(spot.value(0)).isEqualTo(67191.4);
        assertThat(perp.value(0)).isEqualTo(67174.8);
        assertThat(spot.value(11999)).isEqualTo(66560.14);
        assertThat(perp.value(11999)).isEqualTo(66535.0);

        // Align by exact timestamp (hourly closes share timestamps; SOURCE.md: 12000/12000 match).
        long[] ts = spot.epochNanosArray();
        double[] basis = new double[ts.length];
        double[] annualized = new double[ts.length];
        int matched = 0;
        for (int i = 0; i < ts.length; i++) {
            int j = perp.indexAtOrBeforeNanos(ts[i]);
            assertThat(j >= 0 && perp.epochNanos(j) == ts[i]).as("perp close at %s", spot.time(i)).isTrue();
            matched++;
            basis[i] = perp.value(j) - spot.value(i);
            // A perpetual has no expiry: quote its premium as if it converged over one 8 h funding
            // interval, simple annualization (F/S - 1) / tau with tau = 8 / 8760.
            annualized[i] = Compounding.SIMPLE.annualize(perp.value(j) / spot.value(i), 8.0 / 8760.0);
        }
        assertThat(matched).isEqualTo(12000);
        // The library's own pairing gives the same basis, with nothing left unpaired.
        BasisSeries series = BasisSeries.perpetual(spot, perp, BasisSeries.Pairing.exactTimestamps());
        assertThat(series.size()).isEqualTo(12000);
        assertThat(series.unpairedSpotCount()).isZero();
        assertThat(series.unpairedDerivativeCount()).isZero();
        assertThat(series.basis().valuesArray()).containsExactly(basis);
        assertThat(series.basisInBasisPoints().value(0)).isCloseTo((67174.8 / 67191.4 - 1) * 1e4, within(1e-9));
        // First hour: 67174.8 - 67191.4 = -16.6; (67174.8 / 67191.4 - 1) * 1095 = -0.27052569...
        assertThat(basis[0]).isCloseTo(-16.6, within(1e-9));
        assertThat(annualized[0]).isCloseTo(-0.2705256922758936, within(1e-12));
        // grep -n "2025-01-01 00:00:00": line 1817 (row 1815): spot 94401.14, perp 94363.6 -> -37.54.
        assertThat(spot.time(1815)).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(basis[1815]).isCloseTo(-37.54, within(1e-9));
        // SOURCE.md (and awk over column 9 of both files): min -222.89, max 826.49, mean -34.41.
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int argMin = -1;
        int argMax = -1;
        for (int i = 0; i < basis.length; i++) {
            sum += basis[i];
            if (basis[i] < min) {
                min = basis[i];
                argMin = i;
            }
            if (basis[i] > max) {
                max = basis[i];
                argMax = i;
            }
        }
        assertThat(min).isCloseTo(-222.89, within(1e-6));
        assertThat(max).isCloseTo(826.49, within(1e-6));
        // awk: mean = -34.410129 (printed to 6 decimals).
        assertThat(sum / basis.length).isCloseTo(-34.410129, within(5e-7));
        // awk: the minimum at 2025-11-03 10:00:00, the maximum at 2025-11-12 15:00:00.
        assertThat(spot.time(argMin)).isEqualTo(Instant.parse("2025-11-03T10:00:00Z"));
        assertThat(spot.time(argMax)).isEqualTo(Instant.parse("2025-11-12T15:00:00Z"));
    }

    @Test
    void coinMarginedFundingSnapshots_intervalFromTheFile() {
        SeriesFrame f = CsvSeriesReader.of("TIMESTAMP").withColumns("INTERVAL_MS", "CLOSE")
                .read(file(HOURLY, "binance_btcusd_perp_coinm_funding_1h.csv")).data();
        double[] intervalMs = f.valuesArray("INTERVAL_MS");
        int[] hours = new int[intervalMs.length];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = Math.toIntExact(Math.round(intervalMs[i] / 3_600_000.0));
        }
        FundingRateHistory h = FundingRateHistory.of(f.column("CLOSE"), hours);
        // wc -l: 18001 lines; cut -f6 | uniq -c: 18000 x 28800000 (8 h).
        assertThat(h.size()).isEqualTo(18000);
        assertThat(new TreeSet<>(java.util.Arrays.stream(h.intervalHoursArray()).boxed().toList())).containsExactly(8);
        assertThat(h.time(0)).isEqualTo(Instant.parse("2024-02-10T09:00:00Z"));
        // head -2: CLOSE 0.0001 -> APR 0.0001 * 1095 = 0.1095; tail -1: -0.00010279 -> -0.11255505.
        assertThat(h.apr(0)).isCloseTo(0.1095, within(1e-15));
        assertThat(h.time(17999)).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(h.apr(17999)).isCloseTo(-0.11255505, within(1e-15));
    }

    @Test
    void sevenVenueFundingHistories_timeZonesNormalised() {
        // SOURCE.md: Binance rows are at 03/11/19 h, the author's UTC+3 for 00/08/16 UTC settlements.
        SeriesFrame binance = CsvSeriesReader.of("Date").withColumns("Funding Rate")
                .withTimestampFormat(TimestampFormat.text(ZoneOffset.ofHours(3)))
                .read(file(VENUES, "BTC-USDT_binance_2020-01-01_2024-01-01_funding_history.csv")).data();
        FundingRateHistory b = FundingRateHistory.ofConstantInterval(binance.column("Funding Rate"), 8);
        // wc -l: 4384 lines; SOURCE.md: 4383 rows.
        assertThat(b.size()).isEqualTo(4383);
        // head -2: "2020-01-01 03:00:00.000,-0.00012359" -> 2020-01-01T00:00Z, APR -0.00012359 * 1095.
        assertThat(b.time(0)).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(b.apr(0)).isCloseTo(-0.13533105, within(1e-15));
        // tail -1: "2023-12-31 19:00:00.000,0.00033597" -> 2023-12-31T16:00Z.
        assertThat(b.time(4382)).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
        assertThat(b.rate(4382)).isEqualTo(0.00033597);
        // grep -n: line 5 is "2020-01-02 03:00:00.002": the millisecond jitter is kept.
        assertThat(b.time(3)).isEqualTo(Instant.parse("2020-01-02T00:00:00.002Z"));
        // awk: mean rate 0.000136616 (6 significant digits).
        double sum = 0;
        for (int i = 0; i < b.size(); i++) {
            sum += b.rate(i);
        }
        assertThat(sum / b.size()).isCloseTo(0.000136616, within(5e-10));
        assertThat(settlementHoursUtc(b.rates())).containsExactly(0, 8, 16);

        // Gate rows are already at 00/08/16 h: UTC (SOURCE.md); 4290 rows, last 0.000313.
        TimeSeries gate = CsvSeriesReader.of("Date").withColumns("Funding Rate")
                .read(file(VENUES, "BTC-USDT_gate_2020-01-01_2024-01-01_funding_history.csv")).data().column("Funding Rate");
        assertThat(gate.size()).isEqualTo(4290);
        assertThat(gate.lastTime()).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
        assertThat(gate.value(4289)).isEqualTo(0.000313);
        assertThat(settlementHoursUtc(gate)).containsExactly(0, 8, 16);

        // dYdX: hourly funding, 17520 rows = 730 days * 24; head -2: 0.0000058615 -> APR x8760.
        TimeSeries dydx = CsvSeriesReader.of("Date").withColumns("Funding Rate")
                .read(file(VENUES, "BTC-USDT_dydx_2022-01-01_2024-01-01_funding_history.csv")).data().column("Funding Rate");
        FundingRateHistory d = FundingRateHistory.ofConstantInterval(dydx, 1);
        assertThat(d.size()).isEqualTo(17520);
        assertThat(d.apr(0)).isCloseTo(0.05134674, within(1e-15));
    }

    private static Set<Integer> settlementHoursUtc(TimeSeries s) {
        Set<Integer> hours = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            hours.add(s.time(i).atZone(ZoneOffset.UTC).getHour());
        }
        return hours;
    }
}
