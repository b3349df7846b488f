package io.github.basisspread.ml.internal;

/**
 * Argument checks of basis-ml: each message names the argument and its value. Not exported.
 *
 * <p>Stateless.
 */
public final class Args {

    private Args() {
    }

    /**
     * Fails unless the condition holds.
     *
     * @param condition the condition
     * @param name the argument's name
     * @param value the argument's value, as shown in the message
     * @param requirement what the argument must satisfy ("be positive")
     * @throws IllegalArgumentException if the condition is false
     */
    public static void check(boolean condition, String name, Object value, String requirement) {
        if (!condition) {
            throw new IllegalArgumentException("Argument '" + name + "' must " + requirement + " but has value " + value);
        }
    }

    /**
     * Fails if the value is null.
     *
     * @param <T> the type
     * @param value the value
     * @param name the argument's name
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
     * Fails unless the value is at least 1.
     *
     * @param value the value
     * @param name the argument's name
     * @return the value
     * @throws IllegalArgumentException if the value is below 1
     */
    public static int positive(int value, String name) {
        check(value >= 1, name, value, "be at least 1");
        return value;
    }
}
