package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * basis watch: the monitor's arithmetic worked by hand, no allocation per tick, and the command
 * end to end against an in-process WebSocket server sending Binance's documented combined-stream
 * messages ("Individual Symbol Book Ticker Streams", "Mark Price Stream", developers.binance.com,
 * read 2026-12-05).
 */
class WatchCommandTest {

    static final long DAY = 86_400_000L;
    static final long T = 1_764_892_800_000L;   // 2025-12-05T00:00:00Z

    static BasisMonitor monitor(List<Integer> printed, long every) {
        return new BasisMonitor(new String[] {"binance", "binance", "binance"}, new String[] {"BTCUSDT", "BTCUSDT",
            "BTCUSDT_260327"}, new int[] {BasisMonitor.SPOT, BasisMonitor.PERP, BasisMonitor.FUTURE}, new int[] {-1, 0, 0},
                new long[] {0, 0, T + 73 * DAY}, every, 0.0005, 30, (m, i, t) -> printed.add(i), (v, e) -> { });
    }

    @Test
    void basisFundingAprKalmanAndBestCarryWorkedByHand() {
        List<Integer> printed = new CopyOnWriteArrayList<>();
        BasisMonitor m = monitor(printed, 1);
        m.onQuote(0, T, 40_000, 40_002);            // spot mid 40001
        m.onQuote(1, T, 40_041, 40_043);            // perp mid 40042
        double perpBasis = 40_042.0 / 40_001.0 - 1;
        assertThat(m.basis[1]).isCloseTo(perpBasis, within(1e-15));
        // local level with a diffuse start: the first filtered level is the first observation
        assertThat(m.kalmanBasisBps(1)).isCloseTo(perpBasis * 1e4, within(1e-9));
        m.onFunding(1, T, 0.0001, 8 * 3_600_000L);
        assertThat(m.annualized[1]).isCloseTo(0.1095, within(1e-12));           // 0.0001 x 1095
        assertThat(m.net[1]).isCloseTo(0.1095 - 4 * 0.0005 * 365 / 30.0, within(1e-12));
        m.onQuote(2, T, 40_401, 40_403);            // future mid 40402, 73 days to expiry
        double futBasis = 40_402.0 / 40_001.0 - 1;
        assertThat(m.annualized[2]).isCloseTo(futBasis * 5, within(1e-12));     // 365 / 73 = 5
        assertThat(m.net[2]).isCloseTo(futBasis * 5 - 4 * 0.0005 * 5, within(1e-12));
        // future: 0.010025 x 5 - 0.01 = 4.01% net; perpetual: 10.95% - 2.43% = 8.52% net
        assertThat(m.best()).isEqualTo(1);
        // the funding update at the same millisecond as the quote is not printed again (--every)
        assertThat(printed).containsExactly(1, 2);
        // a second perp quote moves the Kalman level toward it, not onto it
        m.onQuote(1, T + 1000, 40_081, 40_083);
        double second = (40_082.0 / 40_001.0 - 1) * 1e4;
        assertThat(m.kalmanBasisBps(1)).isBetween(perpBasis * 1e4, second);
        // a crossed book is ignored
        m.onQuote(1, T + 2000, 40_100, 40_000);
        assertThat(m.basis[1] * 1e4).isCloseTo(second, within(1e-9));
    }

    @Test
    void ticksAllocateNothing() {
        List<Integer> printed = new CopyOnWriteArrayList<>();
        BasisMonitor m = monitor(printed, Long.MAX_VALUE / 4);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        // warm up (first prints, JIT), then count the bytes this thread allocates over 100 000 ticks
        for (int k = 0; k < 20_000; k++) {
            tick(m, k);
        }
        long before = mx.getThreadAllocatedBytes(id);
        for (int k = 0; k < 100_000; k++) {
            tick(m, k);
        }
        long allocated = mx.getThreadAllocatedBytes(id) - before;
        // one object per tick would be at least 16 bytes x 400 000 callbacks = 6.4 MB; what remains is
        // constant (JIT and coverage-agent bookkeeping), well under 0.05 byte a tick
        assertThat(allocated).as("bytes allocated by 100 000 ticks").isLessThan(16 * 1024);
    }

    private static void tick(BasisMonitor m, int k) {
        double wiggle = (k % 17) * 0.5;
        m.onQuote(0, T + k, 40_000 + wiggle, 40_002 + wiggle);
        m.onQuote(1, T + k, 40_041 + wiggle, 40_043 + wiggle);
        m.onQuote(2, T + k, 40_401 + wiggle, 40_403 + wiggle);
        m.onFunding(1, T + k, 0.0001, 28_800_000L);
    }

    @Test
    void watchPrintsJsonLinesFromTheStreams() throws Exception {
        java.util.concurrent.CountDownLatch spotSent = new java.util.concurrent.CountDownLatch(1);
        try (TestWsServer server = new TestWsServer((n, c) -> {
            String streams = c.path.substring(c.path.indexOf("streams=") + 8);
            if (!streams.contains("markPrice")) {
                c.send(book("BTCUSDT", 1764892800000L, 40_000, 40_002).replace(",\"E\":1764892800000", ""));
                spotSent.countDown();
            } else {
                String quarterly = streams.split("/")[1].replace("@bookTicker", "").toUpperCase(java.util.Locale.ROOT);
                // the derivatives after the spot (the two streams are separate connections)
                spotSent.await();
                Thread.sleep(300);
                c.send(book("BTCUSDT", 1764892800100L, 40_041, 40_043));
                c.send("{\"stream\":\"btcusdt@markPrice@1s\",\"data\":{\"e\":\"markPriceUpdate\",\"E\":1764892800200,"
                        + "\"s\":\"BTCUSDT\",\"p\":\"40042\",\"i\":\"40001\",\"P\":\"40040\",\"r\":\"0.00010000\","
                        + "\"T\":1764892800000}}");
                c.send(book(quarterly, 1764892800300L, 40_401, 40_403));
            }
            Thread.sleep(10_000);
        })) {
            CliTestSupport.Run r = run("watch", "binance", "--symbol", "btc", "--format", "json", "--max-lines", "3",
                    "--every", "PT0.001S", "--duration", "20s", "--binance-spot-ws", server.uri("").toString(),
                    "--binance-futures-ws", server.uri("").toString());
            assertThat(r.code()).as(r.err()).isZero();
            List<Map<String, Object>> lines = r.jsonLines();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).containsEntry("instrument", "BTCUSDT").containsEntry("kind", "perpetual")
                    .containsEntry("time", "2025-12-05T00:00:00.100Z");
            assertThat((Double) lines.get(0).get("basisBps")).isCloseTo((40_042.0 / 40_001.0 - 1) * 1e4, within(1e-9));
            assertThat(lines.get(1)).containsEntry("fundingApr", 0.1095);
            assertThat(lines.get(2).get("kind")).isEqualTo("future");
            assertThat(lines.get(2)).containsKey("annualizedBasis").containsKey("best");
            assertThat(r.err()).contains("basis watch: binance: connected to ws://127.0.0.1:");
        }
    }

    static String book(String symbol, long e, double bid, double ask) {
        return "{\"stream\":\"" + symbol.toLowerCase(java.util.Locale.ROOT) + "@bookTicker\",\"data\":{\"e\":\"bookTicker\","
                + "\"u\":1,\"E\":" + e + ",\"T\":" + e + ",\"s\":\"" + symbol + "\",\"b\":\"" + bid + "\",\"B\":\"1.5\","
                + "\"a\":\"" + ask + "\",\"A\":\"2.5\"}}";
    }
}
