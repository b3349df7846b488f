package io.github.basisspread.models.arima;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A frozen R reference file: lines "key v1 v2 ...", '#' comments, NA = missing (NaN). */
final class RReference {

    private final Map<String, String[]> items = new HashMap<>();

    static RReference load(String file) {
        RReference ref = new RReference();
        String name = "reference/" + file;
        try (var in = RReference.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                String[] values = new String[parts.length - 1];
                System.arraycopy(parts, 1, values, 0, values.length);
                ref.items.put(parts[0], values);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ref;
    }

    double[] values(String key) {
        String[] v = strings(key);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = "NA".equals(v[i]) ? Double.NaN : Double.parseDouble(v[i]);
        }
        return out;
    }

    double value(String key) {
        return values(key)[0];
    }

    String[] strings(String key) {
        String[] v = items.get(key);
        if (v == null) {
            throw new IllegalStateException("missing key " + key);
        }
        return v;
    }
}
