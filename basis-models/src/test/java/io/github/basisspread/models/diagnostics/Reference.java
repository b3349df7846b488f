package io.github.basisspread.models.diagnostics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The frozen statsmodels reference (reference/make_reference.py wrote data.csv and
 * reference.properties; statsmodels 0.13.5). Read once per JVM, immutable afterwards.
 */
public final class Reference {

    private static final String DIR = "/io/github/basisspread/models/diagnostics/reference/";
    private static final Properties VALUES = load();
    private static final Map<String, double[]> DATA = loadCsv("data.csv");

    private Reference() {
    }

    /** Values stored under a key. */
    public static double[] values(String key) {
        String v = VALUES.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no reference value " + key);
        }
        return Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The single value stored under a key. */
    public static double value(String key) {
        double[] v = values(key);
        if (v.length != 1) {
            throw new IllegalStateException(key + " holds " + v.length + " values");
        }
        return v[0];
    }

    /** A column of data.csv, without the trailing blanks. */
    public static double[] series(String name) {
        double[] s = DATA.get(name);
        if (s == null) {
            throw new IllegalStateException("no series " + name);
        }
        return s.clone();
    }

    /** Reads a CSV of numeric columns below a header; comment lines start with '#'. */
    public static Map<String, double[]> loadCsv(String file) {
        try (InputStream in = Reference.class.getResourceAsStream(DIR + file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while (line.startsWith("#")) {
                line = r.readLine();
            }
            String[] names = line.split(",", -1);
            List<List<Double>> cols = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                cols.add(new ArrayList<>());
            }
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                for (int i = 0; i < names.length; i++) {
                    if (!f[i].isEmpty()) {
                        cols.get(i).add(Double.parseDouble(f[i]));
                    }
                }
            }
            Map<String, double[]> out = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                out.put(names[i], cols.get(i).stream().mapToDouble(Double::doubleValue).toArray());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Reference.class.getResourceAsStream(DIR + "reference.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
