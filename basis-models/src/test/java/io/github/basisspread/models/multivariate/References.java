package io.github.basisspread.models.multivariate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The frozen references of models.multivariate (reference/make_urca.R wrote denmark.csv and
 * urca.properties; reference/make_reference.py wrote statsmodels.properties and, from the real
 * data in ../shared/data, real.properties), and the readers of their data.
 */
final class References {

    private static final String DIR = "/io/github/basisspread/models/multivariate/reference/";
    /** The rows of the real data the reference used (make_reference.py's ROWS). */
    static final int REAL_ROWS = 3000;

    private final Properties values;

    private References(Properties values) {
        this.values = values;
    }

    static References load(String file) {
        Properties p = new Properties();
        try (InputStream in = References.class.getResourceAsStream(DIR + file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new References(p);
    }

    /** These values, with every key of the other replacing this one's. */
    References overriddenBy(References other) {
        Properties p = new Properties();
        p.putAll(values);
        p.putAll(other.values);
        return new References(p);
    }

    double[] values(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no reference value " + key);
        }
        if (v.isBlank()) {
            return new double[0];
        }
        return Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    double value(String key) {
        return values(key)[0];
    }

    /** denmark.csv as series: LRM, LRY, IBO, IDE. */
    static double[][] denmark() {
        try (InputStream in = References.class.getResourceAsStream(DIR + "denmark.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            int k = header.split(",").length;
            List<double[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
            }
            double[][] out = new double[k][rows.size()];
            for (int t = 0; t < rows.size(); t++) {
                for (int j = 0; j < k; j++) {
                    out[j][t] = rows.get(t)[j];
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of the real data, found by walking up from the working directory; skips when absent. */
    static Path realDataDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/binance-btcusdt-spot-perp-hourly-2024-2026");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("../shared/data/binance-btcusdt-spot-perp-hourly-2024-2026 is absent: real-data test skipped");
        return null;
    }

    /** Log CLOSE of the first rows of a price file (make_reference.py's reading). */
    static double[] logClose(Path file, int rows) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> head = Arrays.asList(r.readLine().split(","));
            int close = head.indexOf("CLOSE");
            double[] out = new double[rows];
            for (int t = 0; t < rows; t++) {
                out[t] = Math.log(Double.parseDouble(r.readLine().split(",")[close]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Log perp and log spot closes, the first REAL_ROWS rows. */
    static double[][] realLogPrices() {
        Path dir = realDataDirectory();
        return new double[][] {logClose(dir.resolve("binance_btcusdt_perp_1h.csv"), REAL_ROWS),
                logClose(dir.resolve("binance_btcusdt_spot_1h.csv"), REAL_ROWS)};
    }

    /** Flattens a matrix row by row. */
    static double[] flat(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
    }
}
