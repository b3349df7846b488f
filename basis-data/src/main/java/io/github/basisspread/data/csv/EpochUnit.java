package io.github.basisspread.data.csv;

/**
 * The unit of an integer epoch timestamp: seconds, milliseconds, microseconds or nanoseconds
 * since 1970-01-01T00:00Z.
 *
 * <p>{@link #detect(long)} infers the unit from the magnitude of a timestamp, the convention
 * of exchange dumps (Binance spot klines switched from milliseconds to microseconds on
 * 2025-01-01). It is unambiguous for instants between 1973-03-03 and 2286-11-20, where a
 * seconds timestamp has at most 10 digits, milliseconds 12 to 13, microseconds 15 to 16 and
 * nanoseconds 18 to 19.
 */
public enum EpochUnit {
    /** Seconds since the epoch. */
    SECONDS(1_000_000_000L),
    /** Milliseconds since the epoch. */
    MILLISECONDS(1_000_000L),
    /** Microseconds since the epoch. */
    MICROSECONDS(1_000L),
    /** Nanoseconds since the epoch. */
    NANOSECONDS(1L);

    // Detection thresholds: 1e11 s is the year 5138, 1e11 ms is 1973-03-03; each further unit
    // is a factor 1000 apart, so the magnitude classes never overlap for 1973..5138.
    private static final long SECONDS_BELOW = 100_000_000_000L;
    private static final long MILLIS_BELOW = 100_000_000_000_000L;
    private static final long MICROS_BELOW = 100_000_000_000_000_000L;

    private final long nanosPerUnit;

    EpochUnit(long nanosPerUnit) {
        this.nanosPerUnit = nanosPerUnit;
    }

    /**
     * Returns the number of nanoseconds in one unit.
     *
     * @return 1e9 for seconds, 1e6 for milliseconds, 1e3 for microseconds, 1 for nanoseconds
     */
    public long nanosPerUnit() {
        return nanosPerUnit;
    }

    /**
     * Converts a timestamp in this unit to nanoseconds since the epoch.
     *
     * @param value the timestamp in this unit
     * @return the nanoseconds since the epoch
     * @throws ArithmeticException if the result does not fit a long (outside 1677..2262)
     */
    public long toEpochNanos(long value) {
        return Math.multiplyExact(value, nanosPerUnit);
    }

    /**
     * Infers the unit of an epoch timestamp from its magnitude: below 1e11 seconds, below 1e14
     * milliseconds, below 1e17 microseconds, otherwise nanoseconds.
     *
     * @param value the timestamp
     * @return the inferred unit
     */
    public static EpochUnit detect(long value) {
        long magnitude = value == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(value);
        if (magnitude < SECONDS_BELOW) {
            return SECONDS;
        }
        if (magnitude < MILLIS_BELOW) {
            return MILLISECONDS;
        }
        return magnitude < MICROS_BELOW ? MICROSECONDS : NANOSECONDS;
    }
}
