package io.github.basisspread.data.csv;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How the timestamp column of a file is written. A closed family:
 *
 * <ul>
 *   <li>{@link Epoch}: integers in a stated {@link EpochUnit};</li>
 *   <li>{@link DetectedEpoch}: integers whose unit is {@linkplain EpochUnit#detect(long)
 *       detected} from the first row and then required of every row (a file mixing units fails);
 *       a first timestamp that is a valid {@code yyyyMMdd} date (20260101) is refused rather than
 *       read as seconds of 1970;</li>
 *   <li>{@link Text}: ISO-8601 or {@code yyyy-MM-dd HH:mm:ss[.SSS]} text, read in a stated time
 *       zone unless the text carries its own offset ({@code Z}, {@code +03:00});</li>
 *   <li>{@link Detected}: the default; epoch integers with a detected unit if the first row's
 *       timestamp is an integer, text in the given zone otherwise; if that integer is a valid
 *       {@code yyyyMMdd} date of the years 1900..2262 (20260101), every row is such a date, read
 *       as midnight in the given zone.</li>
 * </ul>
 *
 * <p>Accepted text: {@code yyyy-MM-dd}, optionally followed by {@code T} or a space and
 * {@code HH:mm}, optionally {@code :ss} and a fraction of 1 to 9 digits, optionally an offset
 * {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM}. A local time that does not exist or is
 * ambiguous in the zone (a daylight-saving gap or overlap) is malformed rather than guessed.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface TimestampFormat permits TimestampFormat.Epoch, TimestampFormat.DetectedEpoch,
        TimestampFormat.Text, TimestampFormat.Detected {

    /**
     * Integer epoch timestamps in a stated unit.
     *
     * @param unit the unit of every timestamp
     */
    record Epoch(EpochUnit unit) implements TimestampFormat {
        /**
         * Validates the unit.
         *
         * @param unit the unit
         * @throws IllegalArgumentException if the unit is null
         */
        public Epoch {
            requireNonNull(unit, "unit");
        }
    }

    /**
     * Integer epoch timestamps whose unit is detected from the first row of each file.
     */
    record DetectedEpoch() implements TimestampFormat {
    }

    /**
     * Date-time text, read in a zone unless it carries an offset.
     *
     * @param zone the zone of local date-times in the file
     */
    record Text(ZoneId zone) implements TimestampFormat {
        /**
         * Validates the zone.
         *
         * @param zone the zone
         * @throws IllegalArgumentException if the zone is null
         */
        public Text {
            requireNonNull(zone, "zone");
        }
    }

    /**
     * Epoch integers (unit detected) or text (in the zone), decided by the first row.
     *
     * @param textZone the zone of local date-times if the file turns out to hold text
     */
    record Detected(ZoneId textZone) implements TimestampFormat {
        /**
         * Validates the zone.
         *
         * @param textZone the zone
         * @throws IllegalArgumentException if the zone is null
         */
        public Detected {
            requireNonNull(textZone, "textZone");
        }
    }

    /**
     * Integer epoch timestamps in the given unit.
     *
     * @param unit the unit
     * @return the format
     * @throws IllegalArgumentException if the unit is null
     */
    static TimestampFormat epoch(EpochUnit unit) {
        return new Epoch(unit);
    }

    /**
     * Integer epoch timestamps with the unit detected per file.
     *
     * @return the format
     */
    static TimestampFormat epochDetected() {
        return new DetectedEpoch();
    }

    /**
     * Date-time text in the given zone.
     *
     * @param zone the zone of local date-times, e.g. {@code ZoneOffset.ofHours(3)}
     * @return the format
     * @throws IllegalArgumentException if the zone is null
     */
    static TimestampFormat text(ZoneId zone) {
        return new Text(zone);
    }

    /**
     * Date-time text in UTC.
     *
     * @return the format
     */
    static TimestampFormat textUtc() {
        return new Text(ZoneOffset.UTC);
    }

    /**
     * Epoch integers (unit detected) or date-time text in UTC, decided by the first row: the
     * default of {@link CsvSeriesReader}.
     *
     * @return the format
     */
    static TimestampFormat detected() {
        return new Detected(ZoneOffset.UTC);
    }

    /**
     * Epoch integers (unit detected) or date-time text in the given zone.
     *
     * @param textZone the zone of local date-times
     * @return the format
     * @throws IllegalArgumentException if the zone is null
     */
    static TimestampFormat detected(ZoneId textZone) {
        return new Detected(textZone);
    }

    private static void requireNonNull(Object value, String name) {
        if (Objects.isNull(value)) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
    }
}
