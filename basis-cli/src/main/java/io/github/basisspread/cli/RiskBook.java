package io.github.basisspread.cli;

import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.risk.Book;
import io.github.basisspread.models.risk.Position;
import io.github.basisspread.models.risk.Quotes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A book CSV and a history CSV read into a {@link Book}, today's {@link Quotes} (the last history
 * row) and the history as one {@link Quotes} per row, for the {@code basis risk} commands and the
 * demo.
 *
 * <p>The book has a header with {@code instrument,kind,quantity} and optionally
 * {@code expiry,settlement,venue,entry,underlying,funding}, one position a row:
 * <ul>
 *   <li>{@code instrument}: a price column of the history;</li>
 *   <li>{@code kind}: {@code spot}, {@code future} (dated) or {@code perpetual};</li>
 *   <li>{@code quantity}: coins, negative for a short, not zero. A linear derivative is held as
 *       that many contracts of one coin; an inverse one as {@code quantity x entry} contracts of
 *       one unit of quote currency face value, which is {@code quantity} coins at entry;</li>
 *   <li>{@code expiry}: a future's expiry, {@code 2026-12-25} (08:00 UTC, when the quarterlies of
 *       Binance, OKX, Bybit and Deribit settle) or an ISO-8601 instant; only for futures;</li>
 *   <li>{@code settlement}: {@code linear} (default) or {@code inverse} (coin-margined);</li>
 *   <li>{@code venue}: binance, okx, bybit, deribit, bitmex, hyperliquid, dydx, cme or other
 *       (default); a perpetual settles funding on its venue's schedule (8 h for other);</li>
 *   <li>{@code entry}: the entry price, default the instrument's price in the last history row;</li>
 *   <li>{@code underlying}: the history column of the spot price a derivative is priced against;
 *       default the instrument of the book's spot position when there is exactly one;</li>
 *   <li>{@code funding}: a perpetual's history column of funding rates per interval (decimals,
 *       positive when longs pay); without it the perpetual's funding is not in the risk.</li>
 * </ul>
 *
 * @param book the book
 * @param today the quotes of the last history row
 * @param history the quotes of every history row, oldest first
 * @param times the history times
 * @param columns the history columns read
 */
record RiskBook(Book book, Quotes today, List<Quotes> history, long[] times, List<String> columns) {

    /** The quote currency every price is in: the book reports in one currency. */
    static final String QUOTE = "USD";

    static final List<String> REQUIRED = List.of("instrument", "kind", "quantity");
    static final List<String> OPTIONAL = List.of("expiry", "settlement", "venue", "entry", "underlying", "funding");

    /** One row of the book file as written, with its line number. */
    record Row(long line, String instrument, String kind, double quantity, Instant expiry, boolean inverse,
            Venue venue, double entry, String underlying, String funding) {
    }

    /** Reads the two files; {@code zone} (null for UTC) is that of history times written without one. */
    static RiskBook read(Path bookFile, Path historyFile, String timeColumn, ZoneId zone) {
        if (bookFile == null) {
            throw new UserException("--book FILE is required");
        }
        if (historyFile == null) {
            throw new UserException("--history FILE is required");
        }
        List<String> header = historyHeader(historyFile);
        if (!header.contains(timeColumn)) {
            throw new UserException(historyFile + ": no time column '" + timeColumn + "' (columns: "
                    + Text.clip(String.join(", ", header)) + "); name it with --time-column");
        }
        List<Row> rows = parse(bookFile, historyFile, header, timeColumn);
        Set<String> used = new LinkedHashSet<>();
        for (Row r : rows) {
            used.add(r.instrument());
            if (r.underlying() != null) {
                used.add(r.underlying());
            }
            if (r.funding() != null) {
                used.add(r.funding());
            }
        }
        SeriesFrame frame = CsvInput.read(historyFile, timeColumn, new ArrayList<>(used), zone);
        return of(rows, frame, historyFile, historyFile.toString(), bookFile.toString());
    }

    /** The book of parsed rows over a history frame; {@code historyName} and {@code bookName} name them in messages. */
    static RiskBook of(List<Row> rows, SeriesFrame frame, String historyName, String bookName) {
        return of(rows, frame, null, historyName, bookName);
    }

    /** File, line and column of a history cell (data row, time and column without a file). */
    private static String at(Path file, String name, SeriesFrame frame, int i, String column) {
        if (file != null) {
            return DataChecks.where(file, i, column) + " (" + frame.time(i) + ")";
        }
        return name + ", data row " + (i + 1) + " (" + frame.time(i) + "), column '" + column + "'";
    }

    /** The book over a history frame read from {@code historyFile} (null when not from a file). */
    private static RiskBook of(List<Row> rows, SeriesFrame frame, Path historyFile, String historyName,
            String bookName) {
        int n = frame.size();
        if (n < 3) {
            throw new UserException(historyName + ": " + n + " rows, but the risk of a book needs at least 3 (a "
                    + "scenario is the move between two rows, and today is the last)");
        }
        long[] times = frame.epochNanosArray();
        for (int i = 1; i < n; i++) {
            if (times[i] <= times[i - 1]) {
                throw new UserException(historyName + ", data row " + (i + 1) + ": time " + frame.time(i)
                        + " is not after the previous row's " + frame.time(i - 1) + "; sort the history by time "
                        + "without repeats");
            }
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String c : frame.columnNames()) {
            values.put(c, frame.valuesArray(c));
        }
        Set<String> prices = new LinkedHashSet<>();
        Map<String, Row> funding = new LinkedHashMap<>();
        for (Row r : rows) {
            prices.add(r.instrument());
            if (r.underlying() != null) {
                prices.add(r.underlying());
            }
            if (r.funding() != null) {
                funding.put(r.funding(), r);
            }
        }
        for (String c : prices) {
            double[] v = values.get(c);
            for (int i = 0; i < n; i++) {
                if (!(v[i] > 0) || Double.isInfinite(v[i])) {
                    throw new UserException(at(historyFile, historyName, frame, i, c) + ": "
                            + (Double.isNaN(v[i]) ? "missing price" : "price " + Text.num(v[i])
                            + " is not positive and finite") + "; every row must price every instrument of the book");
                }
            }
        }
        Instant today = frame.time(n - 1);
        List<Position> positions = new ArrayList<>();
        Map<String, PerpetualSwap> perps = new LinkedHashMap<>();
        for (Row r : rows) {
            double price = values.get(r.instrument())[n - 1];
            double entry = Double.isNaN(r.entry()) ? price : r.entry();
            Instrument in = instrument(r, today, bookName);
            double quantity = r.inverse() ? r.quantity() * entry : r.quantity();
            positions.add(Position.of(in, quantity, entry, today));
            if (in instanceof PerpetualSwap p) {
                perps.put(p.symbol(), p);
            }
        }
        for (Map.Entry<String, Row> e : funding.entrySet()) {
            double[] v = values.get(e.getKey());
            PerpetualSwap p = perps.get(e.getValue().instrument());
            for (int i = 0; i < n; i++) {
                String where = at(historyFile, historyName, frame, i, e.getKey());
                if (!Double.isFinite(v[i])) {
                    throw new UserException(where + ": missing or infinite funding rate; every row needs the rate "
                            + "(repeat the last settled rate between settlements)");
                }
                DataChecks.requirePlausibleFunding(where, v[i], p.fundingSchedule().interval());
            }
        }
        List<Quotes> history = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant t = frame.time(i);
            Quotes.Builder q = Quotes.at(t);
            for (Row r : rows) {
                String spot = r.kind().equals("spot") ? r.instrument() : r.underlying();
                q.spot(spot, values.get(spot)[i]);
                if (!r.kind().equals("spot")) {
                    q.price(r.instrument(), values.get(r.instrument())[i]);
                }
                if (r.funding() != null) {
                    PerpetualSwap p = perps.get(r.instrument());
                    q.funding(r.instrument(), FundingRate.of(values.get(r.funding())[i], p.fundingSchedule().interval(),
                            t));
                }
            }
            history.add(q.build());
        }
        return new RiskBook(Book.of(positions), history.get(n - 1), List.copyOf(history), times,
                List.copyOf(values.keySet()));
    }

    private static Instrument instrument(Row r, Instant today, String bookName) {
        String base = r.kind().equals("spot") ? r.instrument() : r.underlying();
        return switch (r.kind()) {
            case "spot" -> Spot.of(r.instrument(), base, QUOTE, r.venue());
            case "future" -> {
                if (!r.expiry().isAfter(today)) {
                    throw new UserException(bookName + ", line " + r.line() + ", column 'expiry': the future "
                            + r.instrument() + " expires at " + r.expiry() + ", not after the last history row ("
                            + today + "); a book holds live futures only");
                }
                yield r.inverse() ? DatedFuture.inverse(r.instrument(), base, QUOTE, r.venue(), 1, r.expiry())
                        : DatedFuture.linear(r.instrument(), base, QUOTE, r.venue(), 1, r.expiry());
            }
            default -> {
                FundingSchedule s = r.venue().defaultFundingSchedule().orElse(FundingSchedule.standard8h());
                yield r.inverse() ? PerpetualSwap.inverse(r.instrument(), base, QUOTE, r.venue(), 1, s)
                        : PerpetualSwap.linear(r.instrument(), base, QUOTE, r.venue(), 1, s);
            }
        };
    }

    /** The header of the history file, its cells stripped (a byte-order mark dropped). */
    private static List<String> historyHeader(Path file) {
        List<String> lines = lines(file, 1);
        if (lines.isEmpty()) {
            throw new UserException(file + ": empty file: no header and no rows");
        }
        List<String> header = new ArrayList<>();
        for (String c : cells(lines.get(0))) {
            header.add(c);
        }
        return header;
    }

    /** A non-blank line with its 1-based number. */
    record NumberedLine(long number, String line) {
    }

    private static List<NumberedLine> numbered(Path file, int max) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("input file not found: " + file);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            String where = DataChecks.utf8Problem(file);
            throw new UserException(file + ": " + (where != null ? where : "not valid UTF-8; save the file as UTF-8"));
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] all = text.split("\r\n|\r|\n", -1);
        List<NumberedLine> out = new ArrayList<>();
        for (int i = 0; i < all.length && out.size() < max; i++) {
            if (!all[i].isBlank()) {
                out.add(new NumberedLine(i + 1, all[i]));
            }
        }
        return out;
    }

    private static List<String> lines(Path file, int max) {
        List<String> out = new ArrayList<>();
        for (NumberedLine l : numbered(file, max)) {
            out.add(l.line());
        }
        return out;
    }

    /** The longest book read: a book is a list of positions, not a data file. */
    static final int MAX_POSITIONS = 10_000;

    /** Parses and checks the book file against the history's header. */
    static List<Row> parse(Path bookFile, Path historyFile, List<String> historyHeader, String timeColumn) {
        List<NumberedLine> lines = numbered(bookFile, MAX_POSITIONS + 2);
        if (lines.isEmpty()) {
            throw new UserException(bookFile + ": empty file: no header and no positions");
        }
        if (lines.size() > MAX_POSITIONS + 1) {
            throw new UserException(bookFile + ": more than " + MAX_POSITIONS + " positions");
        }
        List<String> header = cells(lines.get(0).line());
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int j = 0; j < header.size(); j++) {
            String h = header.get(j).toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                throw new UserException(bookFile + ", line " + lines.get(0).number() + ": unknown column '"
                        + Text.clip(header.get(j)) + "'; a book has columns " + String.join(",", REQUIRED) + " and "
                        + "optionally " + String.join(",", OPTIONAL));
            }
            if (col.put(h, j) != null) {
                throw new UserException(bookFile + ", line " + lines.get(0).number() + ": column '" + h
                        + "' appears twice");
            }
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                throw new UserException(bookFile + ", line " + lines.get(0).number() + ": no column '" + r
                        + "'; a book has a header " + String.join(",", REQUIRED) + " (and optionally "
                        + String.join(",", OPTIONAL) + ")");
            }
        }
        if (lines.size() < 2) {
            throw new UserException(bookFile + ": no positions after the header");
        }
        Set<String> history = new LinkedHashSet<>(historyHeader);
        history.remove(timeColumn);
        List<Row> rows = new ArrayList<>();
        for (NumberedLine l : lines.subList(1, lines.size())) {
            List<String> c = cells(l.line());
            if (c.size() != header.size()) {
                throw new UserException(bookFile + ", line " + l.number() + ": expected " + header.size()
                        + " fields but found " + c.size() + ": '" + Text.clip(l.line()) + "'");
            }
            rows.add(row(bookFile, historyFile, l.number(), col, c, history));
        }
        return resolve(bookFile, rows);
    }

    private static Row row(Path file, Path historyFile, long line, Map<String, Integer> col, List<String> c,
            Set<String> history) {
        String instrument = cell(c, col, "instrument");
        String at = file + ", line " + line + ", column ";
        if (instrument.isEmpty()) {
            throw new UserException(at + "'instrument': empty; name a price column of " + historyFile);
        }
        if (!history.contains(instrument)) {
            throw new UserException(at + "'instrument': '" + Text.clip(instrument) + "' is not a price column of "
                    + historyFile + " (columns: " + Text.clip(String.join(", ", history)) + ")");
        }
        String kind = cell(c, col, "kind").toLowerCase(Locale.ROOT);
        if (!List.of("spot", "future", "perpetual").contains(kind)) {
            throw new UserException(at + "'kind': '" + Text.clip(cell(c, col, "kind"))
                    + "' is not spot, future or perpetual");
        }
        String q = cell(c, col, "quantity");
        double quantity = number(q, at + "'quantity'");
        if (quantity == 0) {
            throw new UserException(at + "'quantity': zero; a position holds coins (negative for a short); delete "
                    + "the row of a closed position");
        }
        String e = cell(c, col, "expiry");
        Instant expiry = null;
        if (kind.equals("future")) {
            if (e.isEmpty()) {
                throw new UserException(at + "'expiry': " + (col.containsKey("expiry") ? "empty" : "no such column")
                        + ", but the future " + instrument + " needs its expiry (2026-12-25 for 08:00 UTC, or "
                        + "2026-12-25T08:00:00Z)");
            }
            try {
                expiry = new Parsing.InstantConverter().convert(e);
            } catch (picocli.CommandLine.TypeConversionException ex) {
                throw new UserException(at + "'expiry': " + ex.getMessage());
            }
        } else if (!e.isEmpty()) {
            throw new UserException(at + "'expiry': '" + Text.clip(e) + "' but " + instrument + " is " + kind
                    + "; only a future has an expiry");
        }
        String s = cell(c, col, "settlement").toLowerCase(Locale.ROOT);
        boolean inverse = switch (s) {
            case "", "linear" -> false;
            case "inverse" -> true;
            case "quanto" -> throw new UserException(at + "'settlement': quanto contracts are not supported (their "
                    + "P&L needs the settlement currency's price)");
            default -> throw new UserException(at + "'settlement': '" + Text.clip(cell(c, col, "settlement"))
                    + "' is not linear or inverse");
        };
        if (inverse && kind.equals("spot")) {
            throw new UserException(at + "'settlement': spot is not inverse; leave it empty or write linear");
        }
        String v = cell(c, col, "venue");
        Venue venue = Venue.OTHER;
        if (!v.isEmpty()) {
            try {
                venue = Venue.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new UserException(at + "'venue': '" + Text.clip(v) + "' is not one of "
                        + Arrays.toString(Venue.values()).toLowerCase(Locale.ROOT));
            }
        }
        String en = cell(c, col, "entry");
        double entry = Double.NaN;
        if (!en.isEmpty()) {
            entry = number(en, at + "'entry'");
            if (!(entry > 0)) {
                throw new UserException(at + "'entry': price " + Text.num(entry) + " is not positive");
            }
        }
        String u = cell(c, col, "underlying");
        String underlying = null;
        if (!u.isEmpty()) {
            if (kind.equals("spot")) {
                if (!u.equals(instrument)) {
                    throw new UserException(at + "'underlying': '" + Text.clip(u) + "' but a spot position is its own "
                            + "underlying (" + instrument + "); leave it empty");
                }
            } else {
                if (!history.contains(u)) {
                    throw new UserException(at + "'underlying': '" + Text.clip(u) + "' is not a price column of "
                            + historyFile + " (columns: " + Text.clip(String.join(", ", history)) + ")");
                }
                if (u.equals(instrument)) {
                    throw new UserException(at + "'underlying': the " + kind + " " + instrument + " cannot be its own "
                            + "underlying; name the spot price column");
                }
                underlying = u;
            }
        }
        String f = cell(c, col, "funding");
        String funding = null;
        if (!f.isEmpty()) {
            if (!kind.equals("perpetual")) {
                throw new UserException(at + "'funding': '" + Text.clip(f) + "' but " + instrument + " is " + kind
                        + "; only a perpetual pays funding");
            }
            if (!history.contains(f)) {
                throw new UserException(at + "'funding': '" + Text.clip(f) + "' is not a column of " + historyFile
                        + " (columns: " + Text.clip(String.join(", ", history)) + ")");
            }
            funding = f;
        }
        return new Row(line, instrument, kind, quantity, expiry, inverse, venue, entry, underlying, funding);
    }

    /** Fills in default underlyings and checks that each column has one meaning across rows. */
    private static List<Row> resolve(Path file, List<Row> rows) {
        Set<String> spots = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.kind().equals("spot")) {
                spots.add(r.instrument());
            }
        }
        List<Row> out = new ArrayList<>();
        Map<String, Row> byInstrument = new LinkedHashMap<>();
        for (Row r : rows) {
            String at = file + ", line " + r.line() + ", column ";
            Row x = r;
            if (!r.kind().equals("spot") && r.underlying() == null) {
                if (spots.size() != 1) {
                    throw new UserException(at + "'underlying': the " + r.kind() + " " + r.instrument() + " needs "
                            + "the spot price column of its underlying: add an 'underlying' column naming it"
                            + (spots.isEmpty() ? " (the book has no spot position to take it from)"
                                    : " (the book has " + spots.size() + " spot columns: " + spots + ")"));
                }
                x = new Row(r.line(), r.instrument(), r.kind(), r.quantity(), r.expiry(), r.inverse(), r.venue(),
                        r.entry(), spots.iterator().next(), r.funding());
            }
            if (!x.kind().equals("spot") && spots.contains(x.instrument())) {
                throw new UserException(at + "'instrument': " + x.instrument() + " is the spot column of a spot "
                        + "position and cannot also price a " + x.kind());
            }
            Row seen = byInstrument.putIfAbsent(x.instrument(), x);
            if (seen != null && !(seen.kind().equals(x.kind()) && java.util.Objects.equals(seen.expiry(), x.expiry())
                    && seen.inverse() == x.inverse() && seen.venue() == x.venue()
                    && java.util.Objects.equals(seen.underlying(), x.underlying())
                    && java.util.Objects.equals(seen.funding(), x.funding()))) {
                throw new UserException(at + "'instrument': " + x.instrument() + " is described differently on line "
                        + seen.line() + " (kind, expiry, settlement, venue, underlying or funding); one column is one "
                        + "instrument");
            }
            out.add(x);
        }
        return out;
    }

    private static String cell(List<String> cells, Map<String, Integer> col, String name) {
        Integer j = col.get(name);
        return j == null ? "" : cells.get(j);
    }

    private static double number(String text, String where) {
        try {
            double x = Double.parseDouble(text);
            if (Double.isFinite(x) && !text.endsWith("d") && !text.endsWith("D") && !text.endsWith("f")
                    && !text.endsWith("F") && !text.toLowerCase(Locale.ROOT).startsWith("0x")) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserException(where + ": not a finite number: '" + Text.clip(text) + "'");
    }

    /** The cells of a line split on commas, stripped of blanks and of RFC 4180 quotes around a whole cell. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String s : line.split(",", -1)) {
            String c = s.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).replace("\"\"", "\"").strip();
            }
            out.add(c);
        }
        return out;
    }

    /** The history time of row {@code i}, as text. */
    String time(int i) {
        return DemoFormat.time(instant(i));
    }

    /** The history time of row {@code i}. */
    Instant instant(int i) {
        return history.get(i).time();
    }
}
