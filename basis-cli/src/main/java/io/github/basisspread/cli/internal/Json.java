package io.github.basisspread.cli.internal;

import io.github.basisspread.data.csv.ShortestDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal JSON writer (RFC 8259) for the command line's output: one object per line.
 *
 * <p>Values are {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
 * {@link Double} (or another {@link Number}, written as a double), {@link Map} with string keys
 * (written in iteration order) and {@link Collection}. Strings are escaped per RFC 8259 section 7:
 * quote, backslash and the control characters U+0000..U+001F; everything else is written as is
 * (the output is UTF-8). Doubles are written as the shortest decimal that reads back to the same
 * double ({@link ShortestDecimal}); NaN and the infinities, which JSON cannot represent, are
 * written as {@code null}. Stateless and thread-safe.
 */
public final class Json {

    private Json() {
    }

    /**
     * Starts an ordered object, to be filled with {@code put} and written with {@link #write(Object)}.
     *
     * @return a new, empty, insertion-ordered map
     */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /**
     * Writes a value as JSON text on one line.
     *
     * @param value the value
     * @return the JSON text
     * @throws IllegalArgumentException if the value (or a nested one) is of an unsupported type
     *     or a map key is not a string
     */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            appendString(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            sb.append(((Number) value).longValue());
        } else if (value instanceof Number n) {
            appendDouble(sb, n.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("Argument 'value' must have string map keys but has key "
                            + e.getKey());
                }
                if (!first) {
                    sb.append(',');
                }
                first = false;
                appendString(sb, key);
                sb.append(':');
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof Collection<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object o : list) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                append(sb, o);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("Argument 'value' must be a JSON value but has type "
                    + value.getClass().getName());
        }
    }

    private static void appendDouble(StringBuilder sb, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            sb.append("null");
        } else {
            // ShortestDecimal writes 1.5E-8 or 67191.4: both are JSON numbers (RFC 8259 section 6).
            sb.append(ShortestDecimal.format(x));
        }
    }

    private static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
