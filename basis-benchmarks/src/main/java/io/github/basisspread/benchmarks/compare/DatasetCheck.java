package io.github.basisspread.benchmarks.compare;

import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Java side of {@code bench/datasets.sh}: reads R's auto.arima choices and the series that
 * {@code bench/datasets.R} wrote, runs {@link AutoArima} with the series' period on each, and
 * prints both choices side by side with the count of agreements. Not a published API.
 */
public final class DatasetCheck {

    private DatasetCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the folder written by datasets.R
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> lines = Files.readAllLines(dir.resolve("r_orders.txt"));
        int agree = 0;
        System.out.printf(Locale.ROOT, "%-18s %-26s %-14s | %-26s %-14s %s%n", "dataset", "R order", "R loglik",
                "Basis order", "Basis loglik", "");
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            String name = f[0];
            double freq = Double.parseDouble(f[1]);
            int m = freq >= 2 ? (int) Math.round(freq) : 1;
            double[] y = Files.readAllLines(dir.resolve(name + ".txt")).stream().mapToDouble(Double::parseDouble)
                    .toArray();
            AutoArima auto = m > 1 ? AutoArima.of().withPeriod(m) : AutoArima.of();
            ArimaFit fit = auto.fit(y);
            ArimaSpec s = fit.spec();
            String rOrder = "(" + f[2] + ")" + (m > 1 ? "(" + f[3].substring(0, f[3].lastIndexOf(',')) + ")" : "");
            String ours = "(" + s.p() + "," + s.d() + "," + s.q() + ")"
                    + (m > 1 ? "(" + s.seasonalP() + "," + s.seasonalD() + "," + s.seasonalQ() + ")" : "");
            String rNames = f.length > 5 ? f[5] : "";
            boolean same = ours.equals(rOrder) && String.join(",", fit.parameterNames()).equals(rNames);
            agree += same ? 1 : 0;
            System.out.printf(Locale.ROOT, "%-18s %-26s %-14s | %-26s %-14.6f %s%n", name,
                    rOrder + " " + rNames, f[4], ours, fit.logLikelihood(), same ? "same" : "DIFFERENT");
        }
        System.out.println("same order and coefficients on " + agree + " of " + lines.size() + " datasets");
    }
}
