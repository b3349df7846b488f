package io.github.basisspread.venues.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.Gap;
import io.github.basisspread.venues.VenueException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCacheTest {

    static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2024-04-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path dir;

    static List<Candle> bars(Instant from, Instant to) {
        List<Candle> out = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofHours(1))) {
            if (t.equals(Instant.parse("2024-02-10T05:00:00Z"))) {
                continue;   // the venue lacks this bar
            }
            double p = 100 + t.getEpochSecond() % 7;
            out.add(new Candle(t, t.plus(Duration.ofHours(1)), p, p + 1, p - 1, p, 3.25));
        }
        return out;
    }

    @Test
    void aRunBrokenHalfWayResumesAndFetchesOnlyTheMissingMonths() {
        List<Instant> asked = new ArrayList<>();
        SeriesCache cache = SeriesCache.in(dir);
        assertThatThrownBy(() -> cache.candles("binance/spot/klines/BTCUSDT/1h", BarInterval.H1, FROM, TO, NOW,
                (a, b) -> {
                    asked.add(a);
                    if (a.equals(Instant.parse("2024-02-01T00:00:00Z"))) {
                        throw new VenueException("binance", "GET /api/v3/klines", 503, "HTTP 503", null);
                    }
                    return bars(a, b);
                }, () -> { })).isInstanceOf(VenueException.class);
        assertThat(dir.resolve("binance/spot/klines/BTCUSDT/1h/2024-01.csv")).exists();
        assertThat(dir.resolve("binance/spot/klines/BTCUSDT/1h/2024-02.csv")).doesNotExist();
        asked.clear();
        Fetched<Candle> f = cache.candles("binance/spot/klines/BTCUSDT/1h", BarInterval.H1, FROM, TO, NOW, (a, b) -> {
            asked.add(a);
            return bars(a, b);
        }, () -> { });
        assertThat(asked).containsExactly(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(f.rows()).hasSize(91 * 24 - 1);
        assertThat(f.rows()).isEqualTo(bars(FROM, TO));
        assertThat(f.gaps()).containsExactly(new Gap(Instant.parse("2024-02-10T05:00:00Z"),
                Instant.parse("2024-02-10T06:00:00Z"), 1));
        // a third run reads everything from disk
        asked.clear();
        Fetched<Candle> g = cache.candles("binance/spot/klines/BTCUSDT/1h", BarInterval.H1, FROM, TO, NOW, (a, b) -> {
            asked.add(a);
            return bars(a, b);
        }, () -> { });
        assertThat(asked).isEmpty();
        assertThat(g).isEqualTo(f);
    }

    @Test
    void theCurrentMonthIsNeverKept() {
        SeriesCache cache = SeriesCache.in(dir);
        Instant now = Instant.parse("2024-03-15T12:00:00Z");
        cache.funding("binance/usdm/funding/BTCUSDT", FROM, now, now, (a, b) -> List.of(new FundingObservation(a,
                0.0001, Duration.ofHours(8))), () -> { });
        assertThat(dir.resolve("binance/usdm/funding/BTCUSDT/2024-02.csv")).exists();
        assertThat(dir.resolve("binance/usdm/funding/BTCUSDT/2024-03.csv")).doesNotExist();
    }

    @Test
    void aCorruptCacheFileIsNamedWithItsLine() throws Exception {
        SeriesCache cache = SeriesCache.in(dir);
        Path f = dir.resolve("x/2024-01.csv");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "open_time_ms,open,high,low,close,volume\n1704067200000,1,2,0.5,1.5\n");
        assertThatThrownBy(() -> cache.candles("x", BarInterval.H1, FROM, Instant.parse("2024-01-02T00:00:00Z"), NOW,
                (a, b) -> List.of(), () -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01.csv line 2").hasMessageContaining("expected 6 fields but found 5");
        assertThatThrownBy(() -> cache.candles("../escape", BarInterval.H1, FROM, TO, NOW, (a, b) -> List.of(),
                () -> { })).hasMessageContaining("'series'");
    }

    @Test
    void theCsvLabelsBarsByCloseTimeAndFundingByTheSettlementSecond() throws Exception {
        Path out = dir.resolve("o/spot.csv");
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        BasisCsv.writeCandles(out, List.of(new Candle(t, t.plusSeconds(3600), 1.5, 2, 1, 1.75, 0.1)));
        assertThat(Files.readAllLines(out)).containsExactly("timestamp,open_time,open,high,low,close,volume",
                "2024-01-01T01:00:00Z,2024-01-01T00:00:00Z,1.5,2.0,1.0,1.75,0.1");
        Path fr = dir.resolve("o/funding.csv");
        BasisCsv.writeFunding(fr, List.of(new FundingObservation(Instant.ofEpochMilli(1704067200003L), 0.0001,
                Duration.ofHours(4))));
        assertThat(Files.readAllLines(fr)).containsExactly("timestamp,funding_rate,funding_interval_hours,funding_time_ms",
                "2024-01-01T00:00:00Z,0.0001,4,1704067200003");
    }
}
