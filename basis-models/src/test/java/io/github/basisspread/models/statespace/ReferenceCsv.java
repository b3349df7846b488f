package io.github.basisspread.models.statespace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the frozen reference CSVs: '#' lines of "key values...", a header, numeric rows. */
final class ReferenceCsv {

    final Map<String, double[]> scalars = new HashMap<>();
    final Map<String, double[]> columns = new HashMap<>();
    int rows;

    static ReferenceCsv load(String name) {
        ReferenceCsv csv = new ReferenceCsv();
        try (var in = ReferenceCsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            List<double[]> data = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    String[] parts = line.substring(1).trim().split("\\s+");
                    double[] values = new double[parts.length - 1];
                    boolean numeric = true;
                    for (int i = 1; i < parts.length; i++) {
                        try {
                            values[i - 1] = Double.parseDouble(parts[i]);
                        } catch (NumberFormatException ex) {
                            numeric = false;
                        }
                    }
                    if (numeric) {
                        csv.scalars.put(parts[0], values);
                    }
                } else if (header == null) {
                    header = line.split(",");
                } else {
                    String[] parts = line.split(",");
                    double[] row = new double[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        row[i] = "nan".equals(parts[i]) ? Double.NaN : Double.parseDouble(parts[i]);
                    }
                    data.add(row);
                }
            }
            csv.rows = data.size();
            for (int c = 0; c < header.length; c++) {
                double[] col = new double[data.size()];
                for (int t = 0; t < col.length; t++) {
                    col[t] = data.get(t)[c];
                }
                csv.columns.put(header[c], col);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return csv;
    }

    double[] col(String name) {
        double[] c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column " + name + " in " + columns.keySet());
        }
        return c;
    }

    double scalar(String name) {
        return scalars.get(name)[0];
    }

    static double[] nile() {
        ReferenceCsv csv = new ReferenceCsv();
        try (var in = ReferenceCsv.class.getResourceAsStream("nile.csv")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            List<Double> v = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                v.add(Double.parseDouble(line.split(",")[1]));
            }
            csv.rows = v.size();
            return v.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Map<String, String> rReference() {
        Map<String, String> out = new HashMap<>();
        try (var in = ReferenceCsv.class.getResourceAsStream("nile_r_reference.csv")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                int comma = line.indexOf(',');
                out.put(line.substring(0, comma), line.substring(comma + 1));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }
}
