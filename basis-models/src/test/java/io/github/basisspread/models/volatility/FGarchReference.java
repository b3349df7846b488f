package io.github.basisspread.models.volatility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The frozen fGarch results of generate_fgarch_reference.R and the data they were fitted on. */
final class FGarchReference {

    /** One fGarch fit: its case line, log-likelihood, parameters and 10-step forecast. */
    record Case(String name, String series, String model, String dist, String mean, double llh, int nobs,
            Map<String, double[]> params, List<double[]> forecast, double[] fgarchAparch) {

        GarchSpec spec() {
            GarchSpec s = GarchSpec.of(1, 1).withModel(VarianceModel.parse(model)).withInnovation(Innovation.parse(dist));
            // arma11: fGarch's ~arma(1,1) mean, estimated jointly
            return mean.equals("arma11") ? s.withArma(1, 1) : s.withMean(MeanModel.parse(mean));
        }
    }

    static final String DATA = "binance-btcusdt-spot-perp-hourly-2024-2026";

    private FGarchReference() {
    }

    static Map<String, Case> cases() {
        Map<String, Case> out = new LinkedHashMap<>();
        String name = null;
        String[] head = null;
        double llh = Double.NaN;
        int nobs = 0;
        Map<String, double[]> params = new LinkedHashMap<>();
        List<double[]> fc = new ArrayList<>();
        double[] aparch = null;
        List<String> lines = new ArrayList<>(lines("fgarch_reference.txt"));
        lines.add("case end");
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "case" -> {
                    if (name != null) {
                        out.put(name, new Case(name, head[2], head[3], head[4], head[5], llh, nobs, params, fc, aparch));
                    }
                    name = f[1];
                    head = f;
                    params = new LinkedHashMap<>();
                    fc = new ArrayList<>();
                    aparch = null;
                }
                case "llh" -> llh = Double.parseDouble(f[1]);
                case "nobs" -> nobs = Integer.parseInt(f[1]);
                case "param" -> params.put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4])});
                case "forecast" -> fc.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4])});
                case "fgarch" -> aparch = new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[4])};
                default -> throw new IllegalStateException("unknown line " + line);
            }
        }
        return out;
    }

    static double[] dem2gbp() {
        List<String> l = lines("dem2gbp.csv");
        double[] r = new double[l.size() - 1];
        for (int i = 1; i < l.size(); i++) {
            r[i - 1] = Double.parseDouble(l.get(i));
        }
        return r;
    }

    /** Hourly log returns in percent of the Binance spot CLOSE, as the R script builds them; null when absent. */
    static double[] btcReturns() {
        Path dir = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared").resolve("data").resolve(DATA);
            if (Files.isDirectory(d)) {
                dir = d;
                break;
            }
        }
        if (dir == null) {
            return null;
        }
        try {
            List<String> rows = Files.readAllLines(dir.resolve("binance_btcusdt_spot_1h.csv"), StandardCharsets.UTF_8);
            int close = List.of(rows.get(0).split(",")).indexOf("CLOSE");
            double[] c = new double[rows.size() - 1];
            for (int i = 1; i < rows.size(); i++) {
                c[i - 1] = Double.parseDouble(rows.get(i).split(",")[close]);
            }
            double[] r = new double[c.length - 1];
            for (int i = 1; i < c.length; i++) {
                r[i - 1] = 100 * Math.log(c[i] / c[i - 1]);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String resource) {
        try (InputStream in = FGarchReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
