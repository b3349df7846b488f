package io.github.basisspread.models.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Markov switching on the real hourly basis of Binance BTCUSDT (perpetual close / spot close - 1,
 * in basis points), 3,000 hours, against statsmodels 0.13.5 (generate_statsmodels.py beside the
 * reference files; only its results are frozen, the data stay in ../shared/data). Skipped when the
 * data are absent.
 */
class MarkovSwitchingRealBasisTest {

    private static final String DATA = "binance-btcusdt-spot-perp-hourly-2024-2026";

    @Test
    void calmAndStressedRegimesOfTheBasis() throws IOException {
        StatsmodelsReference ref = StatsmodelsReference.load("basis_regression_switching_variance.txt");
        double[] y = window(ref);
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withSwitchingVariance(true);
        MarkovSwitchingReferenceTest.assertLikelihoodAt(spec, MarkovSwitchingData.of(y), ref);
        MarkovSwitchingFit fit = spec.fit(y);
        MarkovSwitchingReferenceTest.compare(fit, ref);
        // Regime 0 (the lower constant) is calm (variance below 1 bp^2) and lasts about 290 hours;
        // regime 1 is stressed (variance ~240 bp^2) and lasts ~5 hours.
        assertThat(fit.estimate("sigma2[1]")).isGreaterThan(100 * fit.estimate("sigma2[0]"));
        assertThat(fit.expectedDurations()[0]).isGreaterThan(100);
        assertThat(fit.expectedDurations()[1]).isLessThan(10);
    }

    @Test
    void switchingAr1OfTheBasis() throws IOException {
        StatsmodelsReference ref = StatsmodelsReference.load("basis_ar1_switching.txt");
        double[] y = window(ref);
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withAr(1).withSwitchingVariance(true);
        MarkovSwitchingReferenceTest.assertLikelihoodAt(spec, MarkovSwitchingData.of(y), ref);
        MarkovSwitchingReferenceTest.compare(spec.fit(y), ref);
    }

    /** The rows named in the reference file, after checking their first and last timestamps. */
    private static double[] window(StatsmodelsReference ref) throws IOException {
        Path dir = findData();
        Assumptions.assumeTrue(dir != null, "skipped: ../shared/data/" + DATA + " is absent (real data not shipped)");
        String[] rows = ref.comment("rows");
        int first = Integer.parseInt(rows[2]);
        int last = Integer.parseInt(rows[3]);
        Map<String, Double> spot = closes(dir.resolve("binance_btcusdt_spot_1h.csv"));
        Map<String, Double> perp = closes(dir.resolve("binance_btcusdt_perp_1h.csv"));
        List<String> stamps = new ArrayList<>();
        List<Double> basis = new ArrayList<>();
        for (Map.Entry<String, Double> e : spot.entrySet()) {
            Double p = perp.get(e.getKey());
            if (p != null) {
                stamps.add(e.getKey());
                basis.add((p / e.getValue() - 1) * 1e4);
            }
        }
        String header = ref.comments.get("basis");
        assertThat(header).contains(stamps.get(first - 1) + " .. " + stamps.get(last - 1));
        return basis.subList(first - 1, last).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Path findData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared").resolve("data").resolve(DATA);
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    /** TIMESTAMP to CLOSE, sorted by the timestamp text (yyyy-MM-dd HH:mm:ss sorts in time order). */
    private static Map<String, Double> closes(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int time = header.indexOf("TIMESTAMP");
        int close = header.indexOf("CLOSE");
        Map<String, Double> out = new TreeMap<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] f = row.split(",");
            out.put(f[time], Double.parseDouble(f[close]));
        }
        return out;
    }
}
