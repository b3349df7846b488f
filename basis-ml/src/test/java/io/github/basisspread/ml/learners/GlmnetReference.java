package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the frozen datasets and glmnet outputs written by reference/generate_glmnet_reference.R. */
final class GlmnetReference {

    private GlmnetReference() {
    }

    static List<String> lines(String resource) {
        try (InputStream in = GlmnetReference.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset: the first column ("mpg" or "y") is the response, the rest the features. */
    static Dataset dataset(String name) {
        List<String> rows = lines(name + ".csv");
        String[] header = rows.get(0).split(",");
        List<String> names = Arrays.asList(header).subList(1, header.length);
        double[][] x = new double[rows.size() - 1][];
        double[] y = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            double[] v = Arrays.stream(rows.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
            y[i - 1] = v[0];
            x[i - 1] = Arrays.copyOfRange(v, 1, v.length);
        }
        return Dataset.ofRows(names, x, y);
    }

    /** One block of a reference file: its header fields and its numeric rows. */
    record Block(String[] header, List<double[]> rows) {
    }

    static Block block(String resource, String kind, String dataset, String alpha) {
        List<String> all = lines(resource);
        for (int i = 0; i < all.size(); i++) {
            String[] f = all.get(i).trim().split("\\s+");
            if (f[0].equals(kind) && f[1].equals(dataset) && f[2].equals(alpha)) {
                List<double[]> rows = new ArrayList<>();
                for (int k = i + 1; k < all.size() && !all.get(k).matches("^[a-z#].*"); k++) {
                    rows.add(Arrays.stream(all.get(k).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
                }
                return new Block(f, rows);
            }
        }
        throw new IllegalStateException("no block " + kind + " " + dataset + " " + alpha + " in " + resource);
    }
}
