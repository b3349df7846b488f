package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * basis fetch binance --market coinm: the COIN-M (inverse) perpetual, quarterlies and funding, from
 * an in-process server answering Binance's documented COIN-M schemas ("Kline/Candlestick Data"
 * {@code GET /dapi/v1/klines}, "Get Funding Rate History of Perpetual Futures" {@code GET
 * /dapi/v1/fundingRate}, developers.binance.com, read 2026-12-05).
 */
class FetchCoinMarginedTest {

    @Test
    void coinMarginedPerpetualQuarterliesAndFunding(@TempDir Path tmp) throws Exception {
        FetchCommandTest.Market m = new FetchCommandTest.Market();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", ex -> {
            Map<String, String> q = new HashMap<>();
            String raw = ex.getRequestURI().getRawQuery();
            for (String kv : raw == null ? new String[0] : raw.split("&")) {
                String[] p = kv.split("=", 2);
                q.put(p[0], p.length > 1 ? p[1] : "");
            }
            String path = ex.getRequestURI().getPath();
            log.add(path + " " + q.get("symbol"));
            long start = Long.parseLong(q.getOrDefault("startTime", "0"));
            long end = Long.parseLong(q.getOrDefault("endTime", "0"));
            int limit = Integer.parseInt(q.getOrDefault("limit", "500"));
            switch (path) {
                case "/dapi/v1/klines" -> FetchCommandTest.reply(ex, 200, m.klines(m.perp, start, end, limit));
                case "/dapi/v1/fundingRate" -> FetchCommandTest.reply(ex, 200, m.funding(start, end)
                        .replace("\"BTCUSDT\"", "\"BTCUSD_PERP\""));
                case "/dapi/v1/fundingInfo" -> FetchCommandTest.reply(ex, 200, "[]");
                default -> FetchCommandTest.reply(ex, 404, "{}");
            }
        });
        s.start();
        Path data = tmp.resolve("data");
        try {
            CliTestSupport.Run r = run("fetch", "binance", "--market", "coinm", "--symbol", "BTCUSD", "--what",
                    "perp,funding,futures", "--from", "2024-01-01", "--to", "2024-01-03", "--out", data.toString(),
                    "--base-url", "http://127.0.0.1:" + s.getAddress().getPort());
            assertThat(r.code()).as(r.err()).isZero();
            // USD-M is never asked: every request goes to the COIN-M API with COIN-M symbols
            assertThat(log).allSatisfy(l -> assertThat(l).startsWith("/dapi/v1/"))
                    .anySatisfy(l -> assertThat(l).isEqualTo("/dapi/v1/klines BTCUSD_PERP"))
                    .anySatisfy(l -> assertThat(l).isEqualTo("/dapi/v1/fundingRate BTCUSD_PERP"))
                    // the quarterlies live during the range: March and June 2024 (last Fridays)
                    .anySatisfy(l -> assertThat(l).isEqualTo("/dapi/v1/klines BTCUSD_240329"))
                    .anySatisfy(l -> assertThat(l).isEqualTo("/dapi/v1/klines BTCUSD_240628"));
            List<String> perp = Files.readAllLines(data.resolve("binance_BTCUSD_perp_1h.csv"));
            assertThat(perp).hasSize(49);
            assertThat(perp.get(1)).startsWith("2024-01-01T01:00:00Z,2024-01-01T00:00:00Z," + m.perp[0] + ",")
                    .endsWith("," + m.perp[1] + ",100.5");
            List<String> funding = Files.readAllLines(data.resolve("binance_BTCUSD_funding.csv"));
            assertThat(funding).hasSize(7);
            assertThat(funding.get(1)).startsWith("2024-01-01T00:00:00Z,").endsWith(",8," + (FetchCommandTest.T0 + 2));
            assertThat(data.resolve("BTCUSD_240329_1h.csv")).exists();
            assertThat(data.resolve("BTCUSD_240628_1h.csv")).exists();
        } finally {
            s.stop(0);
        }
    }

    @Test
    void coinMarginedHasNoSpotAndOnlyBinanceHasMarkets() {
        CliTestSupport.Run spot = run("fetch", "binance", "--market", "coinm", "--symbol", "BTCUSD", "--what", "spot",
                "--from", "2024-01-01", "--to", "2024-01-03", "--base-url", "http://127.0.0.1:9");
        assertThat(spot.code()).isNotZero();
        assertThat(spot.err()).contains("--what spot: binance COIN-M (--market coinm) has no spot market; fetch spot "
                + "with --market usdm --symbol BTCUSDT");
        CliTestSupport.Run okx = run("fetch", "okx", "--market", "coinm", "--symbol", "BTC-USDT", "--from", "2024-01-01",
                "--to", "2024-01-03", "--base-url", "http://127.0.0.1:9");
        assertThat(okx.code()).isNotZero();
        assertThat(okx.err()).contains("--market coinm: only binance has separate USD-M and COIN-M markets");
        CliTestSupport.Run bad = run("fetch", "binance", "--market", "inverse", "--symbol", "BTCUSD", "--from",
                "2024-01-01", "--to", "2024-01-03", "--base-url", "http://127.0.0.1:9");
        assertThat(bad.err()).contains("--market: 'inverse' is not 'usdm' or 'coinm'");
    }
}
