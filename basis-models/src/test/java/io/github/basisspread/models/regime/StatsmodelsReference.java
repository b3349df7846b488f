package io.github.basisspread.models.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A reference file written by generate_statsmodels.py beside it. */
final class StatsmodelsReference {

    final boolean converged;
    final int nobs;
    final double llf;
    final double aic;
    final double bic;
    final Map<String, double[]> params = new LinkedHashMap<>();
    final List<Double> durations = new ArrayList<>();
    final Map<Integer, Double> smoothed0 = new TreeMap<>();
    final Map<Integer, Double> filtered0 = new TreeMap<>();
    final Map<String, String> comments = new LinkedHashMap<>();

    private StatsmodelsReference(List<String> lines) {
        Map<String, String> scalars = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "#":
                    if (f.length > 1) {
                        comments.put(f[1], line);
                    }
                    break;
                case "param":
                    params.put(f[1], new double[] {number(f[2]), number(f[3])});
                    break;
                case "duration":
                    durations.add(Double.parseDouble(f[2]));
                    break;
                case "smoothed0":
                    smoothed0.put(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
                    break;
                case "filtered0":
                    filtered0.put(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
                    break;
                default:
                    scalars.put(f[0], f[1]);
            }
        }
        converged = Boolean.parseBoolean(scalars.get("converged").toLowerCase());
        nobs = Integer.parseInt(scalars.get("nobs"));
        llf = Double.parseDouble(scalars.get("llf"));
        aic = Double.parseDouble(scalars.get("aic"));
        bic = Double.parseDouble(scalars.get("bic"));
    }

    private static double number(String s) {
        return s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s);
    }

    /** The fields of a '# key ...' comment line after the key, or null. */
    String[] comment(String key) {
        String line = comments.get(key);
        return line == null ? null : line.trim().split("\\s+");
    }

    static StatsmodelsReference load(String name) {
        return new StatsmodelsReference(lines(name));
    }

    static List<String> lines(String name) {
        try (InputStream in = StatsmodelsReference.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single column of a y CSV resource. */
    static double[] series(String name) {
        List<String> rows = lines(name);
        return rows.subList(1, rows.size()).stream().mapToDouble(Double::parseDouble).toArray();
    }

    double[] estimates() {
        return params.values().stream().mapToDouble(v -> v[0]).toArray();
    }

    double[] standardErrors() {
        return params.values().stream().mapToDouble(v -> v[1]).toArray();
    }
}
