package io.github.basisspread.core.internal;

import java.util.Objects;

/**
 * Argument checks whose messages name the argument and its value.
 *
 * <p>Every check is written so that NaN fails it: {@code !(value > 0)} rather than
 * {@code value <= 0}. Messages take the form
 * {@code "Argument 'price' must be greater than zero but has value -1.0"}.
 *
 * <p>Internal to the project: not exported to users.
 */
public final class ArgChecker {

    private ArgChecker() {
    }

    /**
     * Checks that a reference is non-null.
     *
     * @param <T> the type of the value
     * @param value the value
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
        return value;
    }

    /**
     * Checks that a value is finite and strictly positive.
     *
     * @param value the value
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is NaN, infinite, zero or negative
     */
    public static double positive(double value, String name) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must be finite and greater than zero but has value " + value);
        }
        return value;
    }

    /**
     * Checks that a value is finite and zero or positive.
     *
     * @param value the value
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is NaN, infinite or negative
     */
    public static double nonNegative(double value, String name) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must be finite and zero or greater but has value " + value);
        }
        return value;
    }

    /**
     * Checks that a value is finite (not NaN and not infinite).
     *
     * @param value the value
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Argument '" + name + "' must be finite but has value " + value);
        }
        return value;
    }

    /**
     * Checks that a value lies in the closed interval {@code [low, high]}.
     *
     * @param value the value
     * @param low the lower bound, inclusive
     * @param high the upper bound, inclusive
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is outside the interval or NaN
     */
    public static double inRangeInclusive(double value, double low, double high, String name) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException("Argument '" + name + "' must be between " + low + " and " + high
                    + " inclusive but has value " + value);
        }
        return value;
    }

    /**
     * Checks that an int is strictly positive.
     *
     * @param value the value
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is zero or negative
     */
    public static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must be greater than zero but has value " + value);
        }
        return value;
    }

    /**
     * Checks that an int is zero or positive.
     *
     * @param value the value
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is negative
     */
    public static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must be zero or greater but has value " + value);
        }
        return value;
    }

    /**
     * Checks that a string is non-null and not blank.
     *
     * @param value the value
     * @param name the argument name
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must not be blank but has value " + quoted(value));
        }
        return value;
    }

    /**
     * Checks a condition, failing with a message that names the argument and its value.
     *
     * @param condition the condition that must hold
     * @param name the argument name
     * @param value the argument value, shown in the message
     * @param requirement what the argument must satisfy, e.g. "be after 'start'"
     * @throws IllegalArgumentException if the condition is false
     */
    public static void isTrue(boolean condition, String name, Object value, String requirement) {
        if (!condition) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must " + requirement + " but has value " + Objects.toString(value));
        }
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
