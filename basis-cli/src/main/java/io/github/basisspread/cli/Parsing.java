package io.github.basisspread.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for instants and durations. */
final class Parsing {

    private Parsing() {
    }

    /**
     * An instant: ISO-8601 {@code 2026-12-25T08:00:00Z}, or a date {@code 2026-12-25} read as
     * 08:00 UTC, the settlement time of the quarterly futures of Binance, OKX, Bybit and Deribit.
     */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value).atTime(LocalTime.of(8, 0)).toInstant(ZoneOffset.UTC);
                }
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + Text.clip(value) + "' is not a date (2026-12-25) or an instant "
                        + "(2026-12-25T08:00:00Z)");
            }
        }
    }

    /** A time zone: {@code UTC}, an offset {@code +03:00} or a region {@code Europe/Moscow}. */
    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (java.time.DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time zone such as UTC, +03:00 or "
                        + "Europe/Moscow");
            }
        }
    }

    /** A duration of zero or more: {@code 0}, {@code 90s}, {@code 1h} or ISO-8601 {@code PT0S}. */
    static final class StalenessConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (value.strip().equals("0")) {
                return Duration.ZERO;
            }
            if (value.strip().equalsIgnoreCase("PT0S")) {
                return Duration.ZERO;
            }
            return new DurationConverter().convert(value);
        }
    }

    /** The longest duration accepted, 366 days: every interval the commands take (funding) is far shorter. */
    static final Duration MAX_DURATION = Duration.ofDays(366);

    /**
     * A positive duration of at most {@link #MAX_DURATION}: {@code 8h}, {@code 30m}, {@code 1d} or
     * ISO-8601 {@code PT8H}.
     */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Duration d;
            try {
                if (v.startsWith("pt") || v.startsWith("p")) {
                    d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                } else if (v.length() > 1) {
                    long n = Long.parseLong(v.substring(0, v.length() - 1));
                    d = switch (v.charAt(v.length() - 1)) {
                        case 'd' -> Duration.ofDays(n);
                        case 'h' -> Duration.ofHours(n);
                        case 'm' -> Duration.ofMinutes(n);
                        case 's' -> Duration.ofSeconds(n);
                        default -> null;
                    };
                } else {
                    d = null;
                }
            } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
                d = null;
            }
            if (d == null || d.isNegative() || d.isZero()) {
                throw new TypeConversionException("'" + Text.clip(value) + "' is not a positive duration such as 8h, "
                        + "30m, 1d or PT8H");
            }
            if (d.compareTo(MAX_DURATION) > 0) {
                throw new TypeConversionException("'" + Text.clip(value) + "' is longer than the 366 days a duration "
                        + "may be here");
            }
            return d;
        }
    }
}
