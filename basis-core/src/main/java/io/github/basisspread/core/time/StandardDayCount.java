package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;

/** The standard day counts, exposed through the constants of {@link DayCount}. */
enum StandardDayCount implements DayCount {
    ACT_365F("ACT/365F") {
        @Override
        double forward(Instant start, Instant end) {
            return days(start, end) / TimeConventions.DAYS_PER_YEAR;
        }
    },
    ACT_360("ACT/360") {
        @Override
        double forward(Instant start, Instant end) {
            return days(start, end) / 360.0;
        }
    },
    ACT_ACT_ISDA("ACT/ACT ISDA") {
        @Override
        double forward(Instant start, Instant end) {
            int startYear = start.atOffset(ZoneOffset.UTC).getYear();
            int endYear = end.atOffset(ZoneOffset.UTC).getYear();
            if (startYear == endYear) {
                return days(start, end) / Year.of(startYear).length();
            }
            // ISDA 2006 4.16(b): split at each 1 January 00:00 UTC.
            Instant firstBoundary = yearStart(startYear + 1);
            Instant lastBoundary = yearStart(endYear);
            double fraction = days(start, firstBoundary) / Year.of(startYear).length();
            fraction += endYear - startYear - 1; // whole years in between
            fraction += days(lastBoundary, end) / Year.of(endYear).length();
            return fraction;
        }
    };

    private static final double NANOS_PER_DAY = 86_400e9;

    private final String conventionName;

    StandardDayCount(String conventionName) {
        this.conventionName = conventionName;
    }

    /** Year fraction for {@code start <= end}. */
    abstract double forward(Instant start, Instant end);

    @Override
    public double yearFraction(Instant start, Instant end) {
        ArgChecker.notNull(start, "start");
        ArgChecker.notNull(end, "end");
        return end.isBefore(start) ? -forward(end, start) : forward(start, end);
    }

    @Override
    public String conventionName() {
        return conventionName;
    }

    @Override
    public String toString() {
        return conventionName;
    }

    static double days(Instant start, Instant end) {
        long seconds = end.getEpochSecond() - start.getEpochSecond();
        long nanos = end.getNano() - start.getNano();
        return seconds / 86_400.0 + nanos / NANOS_PER_DAY;
    }

    private static Instant yearStart(int year) {
        return Year.of(year).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
