package io.github.basisspread.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number, rate and time formats of the demo report. */
final class DemoFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private DemoFormat() {
    }

    /** Six significant digits, as the other commands. */
    static String num(double x) {
        return Text.num(x);
    }

    /** Two decimals, e.g. {@code 60123.46}. */
    static String fixed2(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** A decimal rate as a percentage with two decimals, e.g. {@code 8.12%}. */
    static String pct(double x) {
        return Text.pct(x);
    }

    /** A decimal rate in basis points with two decimals, e.g. {@code 1.25 bp}. */
    static String bp(double x) {
        return String.format(Locale.ROOT, "%.2f bp", x * 1e4);
    }

    /** A duration in hours or days, e.g. {@code 8h}, {@code 30d}. */
    static String duration(Duration d) {
        if (d.toHours() % 24 == 0 && d.toHours() >= 24) {
            return d.toDays() + "d";
        }
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "min";
    }

    /** An instant to the minute, UTC, e.g. {@code 2026-06-29 23:00}. */
    static String time(Instant t) {
        return MINUTES.format(t);
    }

    /** The date of an instant, UTC. */
    static String day(Instant t) {
        return DAY.format(t);
    }
}
