package io.github.basisspread.models.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads user-defined {@link Scenario}s from a CSV table of shocks, one shock a row:
 * <pre>
 *   scenario,type,target,value[,settlements]
 *   crash,spot,BTC,-0.30
 *   crash,basis,BTCUSDT_250328,-0.10
 *   squeeze,funding,BTCUSDT,0.003,9
 * </pre>
 * {@code type} is {@code spot|basis|price|funding} ({@link ShockType}); {@code target} an
 * underlying for {@code spot}, a derivative's symbol otherwise; {@code value} a decimal;
 * {@code settlements} (funding only, default 1) the number of settlements the rate lasts. Rows of
 * one scenario may be anywhere in the file; scenarios come out in the order of their first row.
 * The format is plain comma-separated (no quoting); blank lines and lines starting with
 * {@code #} are skipped; the header is required, its names case-insensitive.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioTable {

    private static final List<String> HEADER = List.of("scenario", "type", "target", "value");

    private ScenarioTable() {
    }

    /**
     * Reads a scenario file (UTF-8).
     *
     * @param file the file, not null
     * @return the scenarios
     * @throws IllegalArgumentException naming the file, line and column of a bad field
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<Scenario> read(Path file) {
        RiskArgs.notNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenario file " + file, e);
        }
    }

    /**
     * Parses a scenario table.
     *
     * @param reader the text, not null; not closed
     * @param source the name used in error messages (a file name), not null
     * @return the scenarios
     * @throws IllegalArgumentException naming the source, line and column of a bad field
     * @throws UncheckedIOException if the reader fails
     */
    public static List<Scenario> parse(Reader reader, String source) {
        RiskArgs.notNull(reader, "reader");
        RiskArgs.notNull(source, "source");
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<String, List<Shock>> shocks = new LinkedHashMap<>();
        try {
            String line;
            int number = 0;
            boolean header = false;
            boolean hasSettlements = false;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (!header) {
                    for (int i = 0; i < HEADER.size(); i++) {
                        if (f.length <= i || !f[i].strip().toLowerCase(Locale.ROOT).equals(HEADER.get(i))) {
                            throw error(source, number, i + 1, f.length > i ? f[i] : "",
                                    "be the header 'scenario,type,target,value[,settlements]'");
                        }
                    }
                    hasSettlements = f.length > 4 && f[4].strip().equalsIgnoreCase("settlements");
                    if (f.length > (hasSettlements ? 5 : 4)) {
                        throw error(source, number, f.length, f[f.length - 1], "not be an extra column");
                    }
                    header = true;
                    continue;
                }
                int columns = hasSettlements ? 5 : 4;
                if (f.length != columns) {
                    throw error(source, number, Math.min(f.length, columns) + 1, line,
                            "have " + columns + " comma-separated fields");
                }
                String name = f[0].strip();
                if (name.isEmpty()) {
                    throw error(source, number, 1, f[0], "name a scenario");
                }
                ShockType type;
                try {
                    type = ShockType.parse(f[1]);
                } catch (IllegalArgumentException e) {
                    throw error(source, number, 2, f[1], "be spot, basis, price or funding");
                }
                double value = number(source, number, 4, f[3]);
                int settlements = 1;
                if (hasSettlements && !f[4].isBlank()) {
                    try {
                        settlements = Integer.parseInt(f[4].strip());
                    } catch (NumberFormatException e) {
                        throw error(source, number, 5, f[4], "be a whole number of settlements");
                    }
                }
                try {
                    shocks.computeIfAbsent(name, k -> new ArrayList<>()).add(new Shock(type, f[2].strip(), value, settlements));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ", line " + number + ": " + e.getMessage(), e);
                }
            }
            if (!header) {
                throw new IllegalArgumentException(source + ": no header 'scenario,type,target,value[,settlements]'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        if (shocks.isEmpty()) {
            throw new IllegalArgumentException(source + ": no scenario rows after the header");
        }
        List<Scenario> out = new ArrayList<>();
        for (Map.Entry<String, List<Shock>> e : shocks.entrySet()) {
            try {
                out.add(new Scenario(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
            }
        }
        return List.copyOf(out);
    }

    private static double number(String source, int line, int column, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(source, line, column, text, "be a finite number");
    }

    private static IllegalArgumentException error(String source, int line, int column, String value, String rule) {
        return new IllegalArgumentException(source + ", line " + line + ", column " + column + ": '" + value.strip()
                + "' must " + rule);
    }
}
