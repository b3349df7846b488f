package io.github.basisspread.models.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the frozen R reference values (generate_risk_reference.R) from the test resources. */
final class RiskReference {

    private RiskReference() {
    }

    static List<String> lines(String resource) {
        try (InputStream in = RiskReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Double> values() {
        Map<String, Double> map = new HashMap<>();
        for (String line : data(lines("risk_reference.csv"))) {
            String[] parts = line.split(",");
            map.put(parts[0], Double.parseDouble(parts[1]));
        }
        return map;
    }

    /** The lines after the provenance comments and the header. */
    private static List<String> data(List<String> lines) {
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        return rows.subList(1, rows.size());
    }

    static double[] pnlSample() {
        return data(lines("pnl_sample.csv")).stream().mapToDouble(Double::parseDouble).toArray();
    }
}
