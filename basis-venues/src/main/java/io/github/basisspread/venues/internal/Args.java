package io.github.basisspread.venues.internal;

/** Argument checks whose messages name the argument and its value. */
public final class Args {

    private Args() {
    }

    /**
     * Fails if the value is null.
     *
     * @param value the value
     * @param name the argument name
     */
    public static void notNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
    }

    /**
     * Fails if the value is not finite.
     *
     * @param value the value
     * @param name the argument name
     */
    public static void finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Argument '" + name + "' must be finite but has value " + value);
        }
    }

    /**
     * Fails if the condition is false.
     *
     * @param condition the condition
     * @param name the argument name
     * @param value the value, for the message
     * @param requirement what the argument must do, e.g. "be positive"
     */
    public static void isTrue(boolean condition, String name, Object value, String requirement) {
        if (!condition) {
            throw new IllegalArgumentException("Argument '" + name + "' must " + requirement + " but has value " + value);
        }
    }

    /**
     * Fails if the text is null or blank.
     *
     * @param value the text
     * @param name the argument name
     * @return the text
     */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be blank but has value '" + value + "'");
        }
        return value;
    }

    /**
     * Fails unless the text is a venue symbol: letters, digits, {@code _ - .} and {@code :} only
     * (it is put into URLs and file names).
     *
     * @param value the symbol
     * @param name the argument name
     * @return the symbol
     */
    public static String symbol(String value, String name) {
        notBlank(value, name);
        if (!value.matches("[A-Za-z0-9_.:\\-]+")) {
            throw new IllegalArgumentException("Argument '" + name + "' must hold only letters, digits, '_', '-', '.'"
                    + " and ':' but has value '" + value + "'");
        }
        return value;
    }
}
