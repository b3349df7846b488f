package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command in-process and captures what it prints. */
final class CliTestSupport {

    private CliTestSupport() {
    }

    record Run(int code, String out, String err) {

        List<Map<String, Object>> jsonLines() {
            List<Map<String, Object>> list = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    list.add(MiniJson.object(line));
                }
            }
            return list;
        }

        Map<String, Object> json() {
            List<Map<String, Object>> lines = jsonLines();
            assertThat(lines).hasSize(1);
            return lines.get(0);
        }

        /** Asserts a user error: exit 1, nothing on stdout, one line on stderr without a stack trace. */
        Run failsWithOneLine() {
            assertThat(code).as("exit code; stderr: %s", err).isEqualTo(1);
            assertThat(out).isEmpty();
            assertThat(err).startsWith("basis: ").endsWith(System.lineSeparator());
            assertThat(err.strip()).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception");
            return this;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BasisCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"), err.toString());
    }

    static String fixture(String name) {
        try {
            return Path.of(CliTestSupport.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows of a whitespace-separated reference fixture, comment ({@code #}) and blank lines
     * skipped, each split into its fields.
     */
    static List<String[]> referenceRows(String name) {
        try {
            List<String[]> lines = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(fixture(name)), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    lines.add(line.trim().split("\\s+"));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a temporary CSV file, for jqwik properties, whose tries cannot take a JUnit
     * {@code @TempDir}; delete it with {@link #deleteTemp}.
     */
    static Path tempCsv(byte[] content) {
        try {
            Path f = Files.createTempFile("basis-cli-test", ".csv");
            Files.write(f, content);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file of {@link #tempCsv}. */
    static void deleteTemp(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double num(Map<String, Object> o, String... path) {
        Object v = o;
        for (String k : path) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            assertThat(m).containsKey(k);
            v = m.get(k);
        }
        return (Double) v;
    }
}
