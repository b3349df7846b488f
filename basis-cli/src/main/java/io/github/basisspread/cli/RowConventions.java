package io.github.basisspread.cli;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conventions of real market files that change a number if guessed wrong, stated or detected
 * in one place for every command: what a row's timestamp labels (the opening of a bar, or the
 * instant of its values), the unit of a funding-interval column, and whether funding rows are
 * settlements or snapshots between them.
 */
final class RowConventions {

    /** The shortest funding interval accepted (a minute). */
    static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    /** The longest funding interval accepted (a week). */
    static final Duration MAX_INTERVAL = Duration.ofDays(7);

    private RowConventions() {
    }

    /** What a row's timestamp labels. */
    enum TimeLabel {
        /** The bar's opening time (klines): a close, high or low is known only at the bar's end. */
        OPEN,
        /** The time at which the row's values are known (snapshots, settlements, bar close times). */
        CLOSE
    }

    /**
     * The label convention: as stated ({@code open} or {@code close}), or for {@code auto} the
     * safe reading of bar files: {@code open} when a chosen column is named like a bar's close
     * ({@code close}, {@code CLOSE}, {@code close_price}...), else {@code close}.
     */
    static TimeLabel timeLabel(String option, Collection<String> columns) {
        String v = option.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "open" -> TimeLabel.OPEN;
            case "close" -> TimeLabel.CLOSE;
            case "auto" -> columns.stream().anyMatch(RowConventions::isBarColumn) ? TimeLabel.OPEN : TimeLabel.CLOSE;
            default -> throw new UserException("--time-label must be open, close or auto but is '" + option + "'");
        };
    }

    private static boolean isBarColumn(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("close") || n.startsWith("close_") || n.endsWith("_close") || n.equals("high") || n.equals("low");
    }

    /** Whether a column holds a bar's opening value, known at the bar's opening time. */
    static boolean isOpenColumn(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("open") || n.startsWith("open_") || n.endsWith("_open");
    }

    /**
     * The bar length: {@code stated} if not null, else the most common positive gap between
     * consecutive timestamps.
     */
    static Duration barLength(long[] epochNanos, Duration stated, String file) {
        if (stated != null) {
            return stated;
        }
        Map<Long, Integer> counts = new HashMap<>();
        long best = 0;
        int bestCount = 0;
        for (int i = 1; i < epochNanos.length; i++) {
            long gap = epochNanos[i] - epochNanos[i - 1];
            if (gap > 0) {
                int c = counts.merge(gap, 1, Integer::sum);
                if (c > bestCount) {
                    bestCount = c;
                    best = gap;
                }
            }
        }
        if (best == 0) {
            throw new UserException(file + ": cannot tell the bar length from fewer than two rows; give --bar DURATION "
                    + "or --time-label close");
        }
        return Duration.ofNanos(best);
    }

    /** The series with every time moved later by {@code by}. */
    static TimeSeries shifted(TimeSeries s, Duration by) {
        long[] t = s.epochNanosArray();
        long d = by.toNanos();
        for (int i = 0; i < t.length; i++) {
            t[i] += d;
        }
        return TimeSeries.ofEpochNanos(t, s.valuesArray());
    }

    /** A sentence saying what the label convention did, for the output. */
    static String describeLabel(TimeLabel label, Duration shift, String stated) {
        if (label == TimeLabel.CLOSE) {
            return "Row times are the times of the values (--time-label close" + ("auto".equals(stated) ? ", detected" : "")
                    + ").";
        }
        if (shift.isZero()) {
            return "Row times are bar opening times (--time-label open); the chosen columns are opening values, "
                    + "known at that time.";
        }
        return "Row times are bar opening times (--time-label open" + ("auto".equals(stated) ? ", detected from the "
                + "column names" : "") + "): values are used at the bar's end, row time + " + DemoFormat.duration(shift)
                + ", so that no bar is used before it closes.";
    }

    /** The unit of a funding-interval column. */
    enum IntervalUnit {
        HOURS(3_600_000.0), MINUTES(60_000.0), SECONDS(1_000.0), MILLISECONDS(1.0);

        final double millis;

        IntervalUnit(double millis) {
            this.millis = millis;
        }

        static IntervalUnit parse(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "h", "hour", "hours" -> HOURS;
                case "min", "minute", "minutes" -> MINUTES;
                case "s", "second", "seconds" -> SECONDS;
                case "ms", "millisecond", "milliseconds" -> MILLISECONDS;
                default -> throw new UserException("--interval-unit must be hours, minutes, seconds, ms or auto but is '"
                        + value + "'");
            };
        }
    }

    /**
     * The unit of an interval column: as stated, or for {@code auto} detected from the present
     * values: all at most 168 (a week in hours) are hours; all whole multiples of 60,000 are
     * milliseconds (28,800,000 = 8 h); all whole multiples of 60 up to 604,800 are seconds.
     * Otherwise the unit must be stated.
     */
    static IntervalUnit intervalUnit(String option, double[] values, String column) {
        if (!"auto".equalsIgnoreCase(option.strip())) {
            return IntervalUnit.parse(option);
        }
        boolean hours = true;
        boolean millis = true;
        boolean seconds = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int present = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            present++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            hours &= v > 0 && v <= 168;
            millis &= v >= 60_000 && v % 60_000 == 0;
            seconds &= v >= 60 && v <= 604_800 && v % 60 == 0;
        }
        if (present == 0) {
            throw new UserException("--interval-column " + column + " has no value");
        }
        if (hours) {
            return IntervalUnit.HOURS;
        }
        if (millis) {
            return IntervalUnit.MILLISECONDS;
        }
        if (seconds) {
            return IntervalUnit.SECONDS;
        }
        throw new UserException("--interval-column " + column + ": cannot tell the unit of values from " + Text.num(min)
                + " to " + Text.num(max) + "; state --interval-unit hours, minutes, seconds or ms");
    }

    /**
     * The interval of a row from its column value, refused (naming the row) when missing, not
     * positive, or outside a minute to a week in the unit.
     */
    static Duration interval(double value, IntervalUnit unit, String column, String row) {
        if (Double.isNaN(value)) {
            throw new UserException(row + ": --interval-column " + column + " is missing");
        }
        double ms = value * unit.millis;
        if (!(ms >= MIN_INTERVAL.toMillis() && ms <= MAX_INTERVAL.toMillis())) {
            throw new UserException(row + ": --interval-column " + column + " is " + Text.num(value) + " "
                    + unit.name().toLowerCase(Locale.ROOT) + ", outside 1 minute .. 7 days; state --interval-unit "
                    + "if the unit is another");
        }
        return Duration.ofNanos(Math.round(ms * 1e6));
    }

    /** The typical spacing of rows: the median positive gap, or null with fewer than two rows. */
    static Duration typicalGap(long[] epochNanos) {
        long[] gaps = new long[Math.max(0, epochNanos.length - 1)];
        int n = 0;
        for (int i = 1; i < epochNanos.length; i++) {
            long g = epochNanos[i] - epochNanos[i - 1];
            if (g > 0) {
                gaps[n++] = g;
            }
        }
        if (n == 0) {
            return null;
        }
        long[] g = Arrays.copyOf(gaps, n);
        Arrays.sort(g);
        return Duration.ofNanos(g[n / 2]);
    }

    /**
     * Whether funding rows spaced {@code gap} apart are snapshots of a rate settled every
     * {@code interval}: rows markedly more frequent than the interval cannot all be settlements.
     */
    static boolean areSnapshots(Duration gap, Duration interval) {
        return gap != null && gap.toNanos() * 4 < interval.toNanos() * 3;
    }

    /** How far a settlement's stamp may lie from its schedule: venues stamp a few milliseconds late. */
    static final Duration SETTLEMENT_TOLERANCE = Duration.ofMinutes(1);

    /**
     * Whether a time is a settlement of an interval: within a minute of a whole multiple of it
     * since the epoch (00:00, 08:00, 16:00 UTC for 8 h), the schedule of Binance, Bybit, OKX and
     * dYdX. (Binance's history stamps settlements up to some milliseconds after the hour.)
     */
    static boolean isSettlement(long epochNanos, Duration interval) {
        long i = interval.toNanos();
        long r = Math.floorMod(epochNanos, i);
        long tolerance = Math.min(SETTLEMENT_TOLERANCE.toNanos(), i / 4);
        return r <= tolerance || i - r <= tolerance;
    }

    /** The funding option values of a command: {@code settlements}, {@code snapshots} or {@code auto}. */
    static String rowsKind(String option) {
        String v = option.strip().toLowerCase(Locale.ROOT);
        if (!List.of("settlements", "snapshots", "auto").contains(v)) {
            throw new UserException("--rows must be settlements, snapshots or auto but is '" + option + "'");
        }
        return v;
    }
}
