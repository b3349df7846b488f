package io.github.basisspread.venues;

import java.time.Duration;
import java.util.Locale;

/**
 * The candle intervals every client supports, named as on the command line ({@code 1m},
 * {@code 5m}, {@code 15m}, {@code 1h}, {@code 4h}, {@code 1d}); each client maps them to its
 * venue's own codes.
 */
public enum BarInterval {
    /** One minute. */
    M1("1m", Duration.ofMinutes(1)),
    /** Five minutes. */
    M5("5m", Duration.ofMinutes(5)),
    /** Fifteen minutes. */
    M15("15m", Duration.ofMinutes(15)),
    /** One hour. */
    H1("1h", Duration.ofHours(1)),
    /** Four hours. */
    H4("4h", Duration.ofHours(4)),
    /** One day (UTC). */
    D1("1d", Duration.ofDays(1));

    private final String code;
    private final Duration duration;

    BarInterval(String code, Duration duration) {
        this.code = code;
        this.duration = duration;
    }

    /**
     * Returns the code: {@code 1m}, {@code 5m}, {@code 15m}, {@code 1h}, {@code 4h} or {@code 1d}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the length of one bar.
     *
     * @return the duration
     */
    public Duration duration() {
        return duration;
    }

    /**
     * Returns the length of one bar in milliseconds.
     *
     * @return the milliseconds
     */
    public long millis() {
        return duration.toMillis();
    }

    /**
     * Parses a code such as {@code 1h}.
     *
     * @param code the code, case-insensitive
     * @return the interval
     * @throws IllegalArgumentException naming the argument and its value if it is not a code
     */
    public static BarInterval parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (BarInterval i : values()) {
            if (i.code.equals(c)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Argument 'interval' must be one of 1m, 5m, 15m, 1h, 4h, 1d but has value "
                + code);
    }
}
