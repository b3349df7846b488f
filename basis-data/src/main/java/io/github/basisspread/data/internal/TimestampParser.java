package io.github.basisspread.data.internal;

import io.github.basisspread.data.csv.EpochUnit;
import io.github.basisspread.data.csv.TimestampFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Parses the timestamp cells of one file into epoch nanoseconds, remembering what it detected
 * (the epoch unit, or epoch versus text) on the first row so that every later row must agree.
 * One instance per read; not thread-safe.
 */
final class TimestampParser {

    private enum Mode { UNDECIDED, EPOCH, TEXT, YYYYMMDD }

    private final TimestampFormat format;
    private final ZoneId zone;
    private final ZoneOffset fixedOffset;
    private Mode mode;
    private EpochUnit unit;
    private boolean unitDetected;
    private long decidedAtLine;

    // Cache of the last calendar date seen: consecutive rows mostly share it.
    private int lastYear = Integer.MIN_VALUE;
    private int lastMonth;
    private int lastDay;
    private long lastEpochDay;

    TimestampParser(TimestampFormat format) {
        this.format = format;
        if (format instanceof TimestampFormat.Epoch e) {
            mode = Mode.EPOCH;
            unit = e.unit();
            zone = ZoneOffset.UTC;
        } else if (format instanceof TimestampFormat.DetectedEpoch) {
            mode = Mode.EPOCH;
            zone = ZoneOffset.UTC;
        } else if (format instanceof TimestampFormat.Text t) {
            mode = Mode.TEXT;
            zone = t.zone();
        } else {
            mode = Mode.UNDECIDED;
            zone = ((TimestampFormat.Detected) format).textZone();
        }
        ZoneId normalized = zone.normalized();
        fixedOffset = normalized instanceof ZoneOffset o ? o : null;
    }

    /** The unit detected or stated, or null if text or not yet known. */
    EpochUnit unit() {
        return unit;
    }

    long parse(char[] b, int start, int end, long line) throws CellException {
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        if (start == end) {
            throw new CellException("missing timestamp");
        }
        if (mode == Mode.UNDECIDED) {
            if (NumberParser.isInteger(b, start, end)) {
                // An 8-digit integer that is a valid date is yyyyMMdd, not epoch seconds of 1970.
                mode = isYyyyMmDd(b, start, end) ? Mode.YYYYMMDD : Mode.EPOCH;
            } else {
                mode = Mode.TEXT;
            }
        }
        return switch (mode) {
            case EPOCH -> parseEpoch(b, start, end, line);
            case YYYYMMDD -> parseYyyyMmDd(b, start, end);
            default -> parseText(b, start, end);
        };
    }

    /** Whether the cell is eight digits forming a valid date of the years 1900..2262. */
    private static boolean isYyyyMmDd(char[] b, int start, int end) {
        if (end - start != 8) {
            return false;
        }
        try {
            int year = digits(b, start, 4);
            int month = digits(b, start + 4, 2);
            int day = digits(b, start + 6, 2);
            if (year < 1900 || year > 2262) {
                return false;
            }
            LocalDate.of(year, month, day);
            return true;
        } catch (CellException | DateTimeException e) {
            return false;
        }
    }

    private long parseYyyyMmDd(char[] b, int start, int end) throws CellException {
        if (!isYyyyMmDd(b, start, end)) {
            throw new CellException("not a yyyyMMdd date (the first row's timestamp was one)");
        }
        int year = digits(b, start, 4);
        int month = digits(b, start + 4, 2);
        int day = digits(b, start + 6, 2);
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        int offsetSeconds = fixedOffset != null ? fixedOffset.getTotalSeconds()
                : zone.getRules().getOffset(LocalDate.ofEpochDay(epochDay).atStartOfDay()).getTotalSeconds();
        return Math.multiplyExact(epochDay * 86_400L - offsetSeconds, 1_000_000_000L);
    }

    private long parseEpoch(char[] b, int start, int end, long line) throws CellException {
        long v;
        try {
            v = NumberParser.parseLong(b, start, end);
        } catch (CellException e) {
            throw new CellException("not an integer epoch timestamp" + (format instanceof TimestampFormat.Detected
                    ? " (the first row's timestamp was an integer)" : ""));
        }
        if (unit == null) {
            if (isYyyyMmDd(b, start, end)) {
                throw new CellException("looks like a yyyyMMdd date, not epoch seconds of 1970; read the column as "
                        + "detected or text timestamps, or state the epoch unit if it really is one");
            }
            unit = EpochUnit.detect(v);
            unitDetected = true;
            decidedAtLine = line;
        } else if (unitDetected) {
            EpochUnit u = EpochUnit.detect(v);
            if (u != unit) {
                throw new CellException("mixed timestamp units: this looks like " + u + " but the file's timestamps are "
                        + unit + " (detected at line " + decidedAtLine + ")");
            }
        }
        try {
            return unit.toEpochNanos(v);
        } catch (ArithmeticException e) {
            throw new CellException("timestamp out of range (years 1677..2262) in " + unit);
        }
    }

    // yyyy-MM-dd[(T| )HH:mm[:ss[.f{1,9}]]][Z|+HH|+HHMM|+HH:MM]
    private long parseText(char[] b, int start, int end) throws CellException {
        int len = end - start;
        if (len < 10 || b[start + 4] != '-' || b[start + 7] != '-') {
            throw notDateTime();
        }
        int year = digits(b, start, 4);
        int month = digits(b, start + 5, 2);
        int day = digits(b, start + 8, 2);
        int i = start + 10;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        if (i < end && (b[i] == 'T' || b[i] == ' ')) {
            if (end - i < 6 || b[i + 3] != ':') {
                throw notDateTime();
            }
            hour = digits(b, i + 1, 2);
            minute = digits(b, i + 4, 2);
            i += 6;
            if (i < end && b[i] == ':') {
                if (end - i < 3) {
                    throw notDateTime();
                }
                second = digits(b, i + 1, 2);
                i += 3;
                if (i < end && b[i] == '.') {
                    i++;
                    int n = 0;
                    while (i < end && b[i] >= '0' && b[i] <= '9') {
                        if (n == 9) {
                            throw notDateTime();
                        }
                        nano = nano * 10 + (b[i] - '0');
                        n++;
                        i++;
                    }
                    if (n == 0) {
                        throw notDateTime();
                    }
                    for (int k = n; k < 9; k++) {
                        nano *= 10;
                    }
                }
            }
        }
        ZoneOffset offset = null;
        if (i < end) {
            offset = parseOffset(b, i, end);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new CellException("invalid time of day");
        }
        long epochDay;
        if (year == lastYear && month == lastMonth && day == lastDay) {
            epochDay = lastEpochDay;
        } else {
            try {
                epochDay = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException e) {
                throw new CellException("invalid date (" + e.getMessage() + ")");
            }
            lastYear = year;
            lastMonth = month;
            lastDay = day;
            lastEpochDay = epochDay;
        }
        long localSeconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second;
        int offsetSeconds;
        if (offset != null) {
            offsetSeconds = offset.getTotalSeconds();
        } else if (fixedOffset != null) {
            offsetSeconds = fixedOffset.getTotalSeconds();
        } else {
            LocalDateTime ldt = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.of(hour, minute, second));
            List<ZoneOffset> valid = zone.getRules().getValidOffsets(ldt);
            if (valid.size() != 1) {
                throw new CellException("local time " + ldt + (valid.isEmpty() ? " does not exist" : " is ambiguous")
                        + " in zone " + zone + " (daylight-saving change)");
            }
            offsetSeconds = valid.get(0).getTotalSeconds();
        }
        long seconds = localSeconds - offsetSeconds;
        try {
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nano);
        } catch (ArithmeticException e) {
            throw new CellException("timestamp out of range (years 1677..2262)");
        }
    }

    private ZoneOffset parseOffset(char[] b, int i, int end) throws CellException {
        if (b[i] == 'Z' && i + 1 == end) {
            return ZoneOffset.UTC;
        }
        if (b[i] != '+' && b[i] != '-') {
            throw notDateTime();
        }
        int sign = b[i] == '-' ? -1 : 1;
        int rest = end - i - 1;
        int hours;
        int minutes = 0;
        if (rest == 2) {
            hours = digits(b, i + 1, 2);
        } else if (rest == 4) {
            hours = digits(b, i + 1, 2);
            minutes = digits(b, i + 3, 2);
        } else if (rest == 5 && b[i + 3] == ':') {
            hours = digits(b, i + 1, 2);
            minutes = digits(b, i + 4, 2);
        } else {
            throw notDateTime();
        }
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw new CellException("invalid offset (" + e.getMessage() + ")");
        }
    }

    private static int digits(char[] b, int at, int n) throws CellException {
        int v = 0;
        for (int k = at; k < at + n; k++) {
            char c = b[k];
            if (c < '0' || c > '9') {
                throw notDateTime();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static CellException notDateTime() {
        return new CellException("not a date-time (expected epoch digits, ISO-8601 or yyyy-MM-dd HH:mm:ss[.SSS])");
    }
}
