package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.data.csv.SeriesFrame;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The read of the input begun while picocli parses the command line ({@link CsvInput.Prefetch}):
 * started only for the fits it serves, taken only for exactly the file and columns it read, and a
 * run that takes it prints exactly what a run without it prints, on good and bad files alike.
 */
class PrefetchTest {

    private static String series(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder("y,z,w\n");
        double a = 0;
        for (int t = 0; t < n; t++) {
            a = 0.6 * a + rnd.nextGaussian();
            sb.append(String.format(Locale.ROOT, "%.17g,%.6f,%d%n", a, 1 + 0.1 * rnd.nextGaussian(), t % 7));
        }
        return sb.toString();
    }

    @Test
    void startsOnlyForTheFitsItServes() {
        Path f = CliTestSupport.tempCsv(series(30, 1).getBytes(StandardCharsets.UTF_8));
        try {
            String in = f.toString();
            assertThat(CsvInput.Prefetch.start("fit", "local-level", "--input", in, "--column", "y")).isNotNull();
            assertThat(CsvInput.Prefetch.start("fit", "arima", "--input", in, "--all-columns", "--order", "1,0,0"))
                    .isNotNull();
            assertThat(CsvInput.Prefetch.start("fit", "arima", "--input", in, "--column", "y", "--column", "z,w"))
                    .isNotNull();
            // Not served: other commands, a time column, regressors, option forms it does not parse, no file.
            assertThat(CsvInput.Prefetch.start("fit", "ols", "--input", in, "--y", "y", "--x", "z")).isNull();
            assertThat(CsvInput.Prefetch.start("test", "adf", "--input", in, "--column", "y")).isNull();
            assertThat(CsvInput.Prefetch.start("fit", "local-level", "--input", in, "--column", "y",
                    "--time-column", "w")).isNull();
            assertThat(CsvInput.Prefetch.start("fit", "arima", "--input", in, "--column", "y", "--xreg", "z",
                    "--order", "1,0,0")).isNull();
            assertThat(CsvInput.Prefetch.start("fit", "local-level", "--input=" + in, "--column", "y")).isNull();
            assertThat(CsvInput.Prefetch.start("fit", "local-level", "--input", in + ".absent", "--column", "y"))
                    .isNull();
            assertThat(CsvInput.Prefetch.start("fit", "arima", "--input", in, "--all-columns", "--column", "y"))
                    .isNull();
            assertThat(CsvInput.Prefetch.start("fit", "local-level", "--column", "y")).isNull();
        } finally {
            CliTestSupport.deleteTemp(f);
        }
    }

    @Test
    void givesTheFrameOnlyForTheFileAndColumnsItRead() {
        Path f = CliTestSupport.tempCsv(series(40, 2).getBytes(StandardCharsets.UTF_8));
        Path other = CliTestSupport.tempCsv(series(40, 3).getBytes(StandardCharsets.UTF_8));
        try {
            SeriesFrame direct = CsvInput.readUntimed(f, new String[] {"y", "z"});
            CsvInput.Prefetch p = CsvInput.Prefetch.start("fit", "arima", "--input", f.toString(), "--column", "y,z,y");
            assertThat(p.take(f, new String[] {"y", "z"})).isEqualTo(direct);
            assertThat(p.take(f, new String[] {"z", "y"})).isNull();
            assertThat(p.take(f, new String[] {"y"})).isNull();
            assertThat(p.take(other, new String[] {"y", "z"})).isNull();
            CsvInput.Prefetch all = CsvInput.Prefetch.start("fit", "arima", "--input", f.toString(), "--all-columns");
            assertThat(all.take(f, new String[] {"y", "z", "w"}))
                    .isEqualTo(CsvInput.readUntimed(f, new String[] {"y", "z", "w"}));
        } finally {
            CliTestSupport.deleteTemp(f);
            CliTestSupport.deleteTemp(other);
        }
    }

    /** A small file, sometimes spoiled: a bad cell, a missing value, a blank line, a short row, quotes. */
    private static String content(int rows, long seed, int spoil) {
        String text = series(rows, seed);
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        int at = 1 + (int) Math.floorMod(seed, (long) rows);
        switch (spoil) {
            case 1 -> lines.set(at, lines.get(at).replaceFirst("^[^,]*", "1.2.3"));
            case 2 -> lines.set(at, lines.get(at).replaceFirst("^[^,]*", "NA"));
            case 3 -> lines.add(at, "");
            case 4 -> lines.set(at, "0.5,1");
            case 5 -> lines.set(at, "\"0.25\"" + lines.get(at).substring(lines.get(at).indexOf(',')));
            default -> {
            }
        }
        return String.join("\n", lines) + "\n";
    }

    @Property(tries = 40)
    void aRunTakingThePrefetchPrintsWhatARunWithoutItPrints(@ForAll @IntRange(min = 15, max = 60) int rows,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 0, max = 5) int spoil,
            @ForAll @IntRange(min = 0, max = 3) int command,
            @ForAll boolean json) {
        Path f = CliTestSupport.tempCsv(content(rows, seed, spoil).getBytes(StandardCharsets.UTF_8));
        try {
            String[] tail = switch (command) {
                case 0 -> new String[] {"local-level", "--column", "y"};
                case 1 -> new String[] {"local-level", "--column", "y,z"};
                case 2 -> new String[] {"arima", "--all-columns", "--order", "1,0,0", "--method", "css"};
                default -> new String[] {"arima", "--column", "z", "--column", "y", "--order", "0,0,1"};
            };
            List<String> with = new ArrayList<>(List.of("fit", tail[0], "--input", f.toString()));
            // "--input=FILE" means the same to picocli, and the prefetch does not start on it.
            List<String> without = new ArrayList<>(List.of("fit", tail[0], "--input=" + f));
            for (int i = 1; i < tail.length; i++) {
                with.add(tail[i]);
                without.add(tail[i]);
            }
            with.addAll(List.of("--format", json ? "json" : "text"));
            without.addAll(List.of("--format", json ? "json" : "text"));
            String[] withArgs = with.toArray(new String[0]);
            String[] withoutArgs = without.toArray(new String[0]);
            assertThat(CsvInput.Prefetch.start(withArgs)).isNotNull();
            assertThat(CsvInput.Prefetch.start(withoutArgs)).isNull();
            CliTestSupport.Run a = CliTestSupport.run(withArgs);
            CliTestSupport.Run b = CliTestSupport.run(withoutArgs);
            assertThat(a.code()).as("exit code; stderr %s", a.err()).isEqualTo(b.code());
            assertThat(a.out()).isEqualTo(b.out());
            assertThat(a.err()).isEqualTo(b.err());
        } finally {
            CliTestSupport.deleteTemp(f);
        }
    }
}
