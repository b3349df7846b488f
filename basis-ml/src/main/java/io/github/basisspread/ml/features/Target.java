package io.github.basisspread.ml.features;

import io.github.basisspread.ml.internal.Args;

/**
 * What a learner predicts at row t, h rows ahead: the basis {@code b_{t+h}} ({@link #level(int)}),
 * its change {@code b_{t+h} - b_t} ({@link #change(int)}), or the sign of that change, -1, 0 or 1
 * ({@link #sign(int)}). The target is the only column that reads the future; it is NaN for the
 * last h rows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is predicted
 * @param horizon h, at least 1
 */
public record Target(Kind kind, int horizon) {

    /** What a target measures. */
    public enum Kind {
        /** The basis h rows ahead. */
        LEVEL,
        /** The change of the basis over the next h rows. */
        CHANGE,
        /** The sign of that change. */
        SIGN
    }

    /**
     * Validates the target.
     *
     * @param kind what is predicted, not null
     * @param horizon h, at least 1
     * @throws IllegalArgumentException if the kind is null or h below 1
     */
    public Target {
        Args.notNull(kind, "kind");
        Args.positive(horizon, "horizon");
    }

    /**
     * The basis h rows ahead.
     *
     * @param h the horizon
     * @return the target
     */
    public static Target level(int h) {
        return new Target(Kind.LEVEL, h);
    }

    /**
     * The change of the basis over the next h rows.
     *
     * @param h the horizon
     * @return the target
     */
    public static Target change(int h) {
        return new Target(Kind.CHANGE, h);
    }

    /**
     * The sign of the change of the basis over the next h rows.
     *
     * @param h the horizon
     * @return the target
     */
    public static Target sign(int h) {
        return new Target(Kind.SIGN, h);
    }

    /**
     * Computes the target at every row of a basis.
     *
     * @param basis the basis values
     * @return a new array: the target at row t, NaN for the last h rows or where a value is missing
     */
    public double[] compute(double[] basis) {
        Args.notNull(basis, "basis");
        double[] out = new double[basis.length];
        for (int t = 0; t < basis.length; t++) {
            if (t + horizon >= basis.length) {
                out[t] = Double.NaN;
                continue;
            }
            double ahead = basis[t + horizon];
            out[t] = switch (kind) {
                case LEVEL -> ahead;
                case CHANGE -> ahead - basis[t];
                case SIGN -> Double.isNaN(ahead - basis[t]) ? Double.NaN : Math.signum(ahead - basis[t]);
            };
        }
        return out;
    }

    /**
     * Turns a prediction of this target at row t into a forecast of the basis at t + h.
     *
     * @param prediction the prediction of the target
     * @param current the basis at t
     * @return the forecast of the basis
     * @throws IllegalStateException for a sign target, which does not forecast a level
     */
    public double toLevel(double prediction, double current) {
        return switch (kind) {
            case LEVEL -> prediction;
            case CHANGE -> current + prediction;
            case SIGN -> throw new IllegalStateException("a sign target does not forecast the level of the basis");
        };
    }

    /**
     * Returns the column name of the target, for example {@code change_h8}.
     *
     * @return the name
     */
    public String name() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "_h" + horizon;
    }
}
