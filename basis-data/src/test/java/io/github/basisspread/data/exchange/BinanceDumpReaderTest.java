package io.github.basisspread.data.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.data.csv.BadRowPolicy;
import io.github.basisspread.data.csv.MalformedDataException;
import io.github.basisspread.data.csv.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinanceDumpReaderTest {

    /** Fixtures written by hand in the documented layout: see src/test/resources/binance/README.md. */
    private static final Path FIXTURES = Path.of("src/test/resources/binance");

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    /** Zips files the way data.binance.vision ships them: one .csv entry named like the zip. */
    private Path zip(String zipName, String... entries) throws IOException {
        Path z = dir.resolve(zipName);
        try (OutputStream os = Files.newOutputStream(z); ZipOutputStream zos = new ZipOutputStream(os)) {
            for (String e : entries) {
                zos.putNextEntry(new ZipEntry(e));
                Path src = fixture(e);
                zos.write(Files.exists(src) ? Files.readAllBytes(src) : new byte[] {'x'});
                zos.closeEntry();
            }
        }
        return z;
    }

    @Test
    void spotKlinesWithoutHeaderInMilliseconds() {
        ReadResult<Klines> r = BinanceDumpReader.of().readKlines(fixture("BTCUSDT-1h-2024-01-01.csv"));
        Klines k = r.data();
        assertThat(k.size()).isEqualTo(3);
        // 1704067200000 ms = 2024-01-01T00:00Z; close time 1704070799999 = 00:59:59.999.
        assertThat(k.openTime(0)).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(k.closeTime(0)).isEqualTo(Instant.parse("2024-01-01T00:59:59.999Z"));
        assertThat(k.close().valuesArray()).containsExactly(42050.0, 42150.5, 41850.25);
        assertThat(k.open().value(1)).isEqualTo(42050.0);
        assertThat(k.high().value(1)).isEqualTo(42200.0);
        assertThat(k.low().value(2)).isEqualTo(41800.0);
        assertThat(k.volume().value(1)).isEqualTo(200.0);
        assertThat(k.quoteVolume().value(0)).isEqualTo(4200000.0);
        assertThat(k.tradeCount().value(2)).isEqualTo(1500.0);
        assertThat(k.frame().valuesArray("taker_buy_volume")).containsExactly(50.0, 120.0, 60.0);
        assertThat(k.closeAtCloseTime().time(0)).isEqualTo(Instant.parse("2024-01-01T00:59:59.999Z"));
        assertThat(r.report().isClean()).isTrue();
        assertThat(k.toString()).isEqualTo("Klines[size=3, from=2024-01-01T00:00:00Z, to=2024-01-01T02:00:00Z]");
    }

    @Test
    void spotKlinesFrom2025InMicroseconds() {
        Klines k = BinanceDumpReader.of().readKlines(fixture("BTCUSDT-1h-2025-01-01.csv")).data();
        // 1735689600000000 us = 1735689600 s = 2025-01-01T00:00Z.
        assertThat(k.openTime(0)).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(k.closeTime(1)).isEqualTo(Instant.parse("2025-01-01T01:59:59.999999Z"));
        assertThat(k.close().value(0)).isEqualTo(94401.14);
    }

    @Test
    void futuresKlinesWithHeaderUsdmCoinmMarkAndPremium() {
        BinanceDumpReader reader = BinanceDumpReader.of();
        Klines usdm = reader.readKlines(fixture("BTCUSDT-1h-2024-01-01-usdm.csv")).data();
        assertThat(usdm.size()).isEqualTo(2);
        assertThat(usdm.close().value(1)).isEqualTo(42170.5);
        Klines coinm = reader.readKlines(fixture("BTCUSD_PERP-8h-2024-01-01.csv")).data();
        // 8 h candles: 1704096000000 ms = 2024-01-01T08:00Z.
        assertThat(coinm.openTime(1)).isEqualTo(Instant.parse("2024-01-01T08:00:00Z"));
        assertThat(coinm.volume().value(0)).isEqualTo(50000.0);
        assertThat(coinm.quoteVolume().value(0)).isEqualTo(118.5);
        Klines mark = reader.readKlines(fixture("BTCUSDT-1h-2024-01-01-markPrice.csv")).data();
        assertThat(mark.close().valuesArray()).containsExactly(42058.4, 42168.7);
        Klines premium = reader.readKlines(fixture("BTCUSDT-1h-2024-01-01-premiumIndex.csv")).data();
        assertThat(premium.open().value(0)).isEqualTo(-0.00012345);
        assertThat(premium.close().valuesArray()).containsExactly(-0.00005, 0.000025);
    }

    @Test
    void readsZipDirectly() throws IOException {
        Path z = zip("BTCUSDT-1h-2024-01-01.zip", "BTCUSDT-1h-2024-01-01.csv");
        ReadResult<Klines> r = BinanceDumpReader.of().readKlines(z);
        assertThat(r.data()).isEqualTo(BinanceDumpReader.of().readKlines(fixture("BTCUSDT-1h-2024-01-01.csv")).data());
        assertThat(r.report().source()).isEqualTo(z + "!/BTCUSDT-1h-2024-01-01.csv");
    }

    @Test
    void wrongZipEntryFails() throws IOException {
        Path readme = zip("README.zip", "README.md");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(readme))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage(readme + ": expected exactly one .csv entry in the zip but found [README.md]");
        Path two = zip("two.zip", "BTCUSDT-1h-2024-01-01.csv", "BTCUSDT-1h-2025-01-01.csv");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(two))
                .hasMessage(two + ": expected exactly one .csv entry in the zip but found "
                        + "[BTCUSDT-1h-2024-01-01.csv, BTCUSDT-1h-2025-01-01.csv]");
        Path notZip = dir.resolve("fake.zip");
        Files.writeString(notZip, "open_time,open\n");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(notZip))
                .hasMessageStartingWith(notZip + ": not a zip archive (");
    }

    @Test
    void mixedUnitsInOneFileFail() {
        Path p = fixture("BTCUSDT-1h-mixed-units.csv");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(p))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage(p + ", line 3, column 'open_time': mixed timestamp units: this looks like MICROSECONDS but the "
                        + "file's timestamps are MILLISECONDS (detected at line 1): '1704074400000000'");
        ReadResult<Klines> r = BinanceDumpReader.of().withPolicy(BadRowPolicy.SKIP_AND_REPORT).readKlines(p);
        assertThat(r.data().size()).isEqualTo(2);
        assertThat(r.report().rowsSkipped()).isEqualTo(1);
        assertThat(r.report().issues().get(0).line()).isEqualTo(3);
    }

    @Test
    void wrongShapeAndEmptyFilesFail() throws IOException {
        Path funding = fixture("BTCUSDT-fundingRate-2024-01.csv");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(funding))
                .hasMessage(funding + ", line 1: expected 12 columns in the header but found 3: "
                        + "'calc_time,funding_interval_hours,last_funding_rate'");
        Path klines = fixture("BTCUSDT-1h-2024-01-01.csv");
        assertThatThrownBy(() -> BinanceDumpReader.of().readFundingRates(klines))
                .hasMessage(klines + ", line 1: expected 3 fields but found 12: '"
                        + Files.readAllLines(klines).get(0) + "'");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(empty))
                .hasMessage(empty + ": empty file: no header and no rows");
        Path missingClose = dir.resolve("missing.csv");
        Files.writeString(missingClose, "1704067200000,1,1,1,,1,1704070799999,1,1,1,1,0\n");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(missingClose))
                .hasMessage(missingClose + ", line 1, column 'close': missing value: ''");
        assertThatThrownBy(() -> BinanceDumpReader.of().readKlines(null)).hasMessageContaining("file");
        assertThatThrownBy(() -> BinanceDumpReader.of().withPolicy(null)).hasMessageContaining("badRowPolicy");
    }

    @Test
    void fundingRatesWithIntervalPerObservation() throws IOException {
        Path z = zip("BTCUSDT-fundingRate-2024-01.zip", "BTCUSDT-fundingRate-2024-01.csv");
        FundingRateHistory h = BinanceDumpReader.of().readFundingRates(z).data();
        assertThat(h.size()).isEqualTo(4);
        // 1704096000000 ms = 2024-01-01T08:00Z; 1704124800000 = 16:00Z; 1704139200000 = 20:00Z.
        assertThat(h.time(1)).isEqualTo(Instant.parse("2024-01-01T08:00:00Z"));
        assertThat(h.time(3)).isEqualTo(Instant.parse("2024-01-01T20:00:00Z"));
        assertThat(h.intervalHoursArray()).containsExactly(8, 8, 4, 4);
        // APR = rate * 8760 / hours: 0.00037409 * 1095 = 0.40962855; -0.0001 * 2190 = -0.219.
        assertThat(h.apr(0)).isCloseTo(0.40962855, within(1e-15));
        assertThat(h.apr(2)).isCloseTo(-0.219, within(1e-15));
    }

    @Test
    void fundingIntervalMustBeAPositiveWholeNumberOfHours() throws IOException {
        Path p = dir.resolve("bad-funding.csv");
        Files.writeString(p, "calc_time,funding_interval_hours,last_funding_rate\n1704067200000,8,0.0001\n"
                + "1704096000000,0,0.0001\n1704124800000,2.5,0.0001\n1704139200000,4,\n");
        assertThatThrownBy(() -> BinanceDumpReader.of().readFundingRates(p))
                .hasMessage(p + ", line 3, column 'funding_interval_hours': not a positive integer: '0'");
        ReadResult<FundingRateHistory> r = BinanceDumpReader.of().withPolicy(BadRowPolicy.SKIP_AND_REPORT).readFundingRates(p);
        assertThat(r.data().size()).isEqualTo(1);
        assertThat(r.report().rowsSkipped()).isEqualTo(3);
        assertThat(r.report().issues()).extracting(i -> i.reason())
                .containsExactly("not a positive integer", "not a positive integer", "missing value");
    }
}
