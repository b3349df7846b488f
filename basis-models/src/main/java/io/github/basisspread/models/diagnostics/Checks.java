package io.github.basisspread.models.diagnostics;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * Argument checks shared by the tests of this package; messages name the argument and its value.
 *
 * <p>Package-private; the generic checks delegate to the core module's {@code ArgChecker}.
 */
final class Checks {

    private Checks() {
    }

    /** Fails unless the array is non-null and every value is finite (NaN marks a missing value). */
    static double[] series(double[] x, String name) {
        if (x == null) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("Argument '" + name
                        + "' must not contain missing (NaN) or infinite values but has value " + x[i]
                        + " at index " + i);
            }
        }
        return x;
    }

    /** Fails unless the series has at least {@code min} observations. */
    static void minLength(double[] x, int min, String name, String why) {
        if (x.length < min) {
            throw new IllegalArgumentException("Argument '" + name + "' must have at least " + min
                    + " observations " + why + " but has length " + x.length);
        }
    }

    /** Fails if every value of the series is the same. */
    static void notConstant(double[] x, String name) {
        for (int i = 1; i < x.length; i++) {
            if (x[i] != x[0]) {
                return;
            }
        }
        throw new IllegalArgumentException("Argument '" + name
                + "' must not be constant but has every value equal to " + (x.length == 0 ? "nothing" : x[0]));
    }

    /** Fails if two series differ in length. */
    static void sameLength(double[] x, String name, int expected, String expectedName) {
        if (x.length != expected) {
            throw new IllegalArgumentException("Argument '" + name + "' must have the same length as '"
                    + expectedName + "' (" + expected + ") but has length " + x.length);
        }
    }

    /** Fails unless {@code 0 < alpha < 1}. */
    static double significance(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(
                    "Argument 'alpha' must be strictly between 0 and 1 but has value " + alpha);
        }
        return alpha;
    }

    /** Fails if the int is negative. */
    static int nonNegative(int value, String name) {
        return ArgChecker.nonNegative(value, name);
    }

    /** Fails on null. */
    static <T> T notNull(T value, String name) {
        return ArgChecker.notNull(value, name);
    }
}
