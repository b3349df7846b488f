package io.github.basisspread.models.risk;

/** Argument checks whose messages name the argument and its value. */
final class RiskArgs {

    private RiskArgs() {
    }

    static IllegalArgumentException fail(String name, Object value, String requirement) {
        return new IllegalArgumentException("Argument '" + name + "' must " + requirement + " but has value " + value);
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw fail(name, "null", "not be null");
        }
        return value;
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw fail(name, value, "be finite");
        }
        return value;
    }

    static double positive(double value, String name) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw fail(name, value, "be positive and finite");
        }
        return value;
    }

    static double level(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw fail(name, value, "be in (0, 1)");
        }
        return value;
    }

    static double[] finiteSample(double[] values, String name, int minimumSize) {
        notNull(values, name);
        if (values.length < minimumSize) {
            throw fail(name, "of length " + values.length, "hold at least " + minimumSize + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw fail(name, values[i] + " at index " + i, "hold finite values");
            }
        }
        return values;
    }
}
