package io.github.basisspread.models.multivariate;

/**
 * The deterministic terms of a VECM, named as statsmodels' {@code VECM(deterministic=...)} names
 * them: {@code "n"} none; {@code "co"} a constant outside the cointegration relation
 * (unrestricted); {@code "ci"} a constant inside it (restricted); {@code "lo"} a linear trend
 * outside; {@code "li"} a linear trend inside; and their combinations of one constant and one
 * trend term, e.g. {@code "coli"} (Johansen's case 4: restricted trend, unrestricted constant)
 * and {@code "colo"} (case 5). Johansen's (1995, sec. 5.7) five cases are n, ci, co, coli, colo.
 *
 * <p>The trend inside the relation at observation t (0-based) is t, the trend outside is t + 1,
 * as in statsmodels (so forecasts continue them at the same values).
 *
 * <p>Immutable and thread-safe.
 *
 * @param constantOutside a constant in the short-run equations ({@code co})
 * @param constantInside a constant in the cointegration relation ({@code ci})
 * @param trendOutside a linear trend in the short-run equations ({@code lo})
 * @param trendInside a linear trend in the cointegration relation ({@code li})
 */
public record DeterministicTerms(boolean constantOutside, boolean constantInside, boolean trendOutside,
        boolean trendInside) {

    /** No deterministic terms ({@code "n"}). */
    public static final DeterministicTerms NONE = new DeterministicTerms(false, false, false, false);

    /**
     * Validates the combination.
     *
     * @param constantOutside a constant outside the relation
     * @param constantInside a constant inside the relation
     * @param trendOutside a trend outside the relation
     * @param trendInside a trend inside the relation
     * @throws IllegalArgumentException if both constants or both trends are asked for
     */
    public DeterministicTerms {
        if (constantOutside && constantInside) {
            throw new IllegalArgumentException("Argument 'deterministic' must not hold both \"co\" and \"ci\" but has "
                    + "both (a constant inside the relation and one outside are not identified)");
        }
        if (trendOutside && trendInside) {
            throw new IllegalArgumentException("Argument 'deterministic' must not hold both \"lo\" and \"li\" but has "
                    + "both (a trend inside the relation and one outside are not identified)");
        }
    }

    /**
     * Parses statsmodels' code: {@code "n"}, or a concatenation of at most one of {@code co},
     * {@code ci} and at most one of {@code lo}, {@code li} (e.g. {@code "co"}, {@code "cili"}).
     *
     * @param code the code
     * @return the terms
     * @throws IllegalArgumentException if the code is null or not of that form
     */
    public static DeterministicTerms parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("Argument 'deterministic' must not be null but has value null");
        }
        if (code.equals("n") || code.equals("nc")) {
            return NONE;
        }
        boolean co = false;
        boolean ci = false;
        boolean lo = false;
        boolean li = false;
        if (code.isEmpty() || code.length() % 2 != 0 || code.length() > 4) {
            throw bad(code);
        }
        for (int i = 0; i < code.length(); i += 2) {
            String token = code.substring(i, i + 2);
            boolean repeated;
            switch (token) {
                case "co" -> {
                    repeated = co;
                    co = true;
                }
                case "ci" -> {
                    repeated = ci;
                    ci = true;
                }
                case "lo" -> {
                    repeated = lo;
                    lo = true;
                }
                case "li" -> {
                    repeated = li;
                    li = true;
                }
                default -> throw bad(code);
            }
            if (repeated) {
                throw bad(code);
            }
        }
        return new DeterministicTerms(co, ci, lo, li);
    }

    private static IllegalArgumentException bad(String code) {
        return new IllegalArgumentException("Argument 'deterministic' must be \"n\" or a combination of one of "
                + "\"co\", \"ci\" and one of \"lo\", \"li\" (statsmodels' names, e.g. \"co\", \"ci\", \"lo\", \"li\", "
                + "\"colo\", \"coli\") but has value \"" + code + "\"");
    }

    /**
     * Returns statsmodels' code of these terms.
     *
     * @return e.g. {@code "n"}, {@code "co"}, {@code "coli"}
     */
    public String code() {
        String s = (constantOutside ? "co" : "") + (constantInside ? "ci" : "") + (trendOutside ? "lo" : "")
                + (trendInside ? "li" : "");
        return s.isEmpty() ? "n" : s;
    }

    /** The number of rows added to the cointegration relation (ci, li). */
    int insideCount() {
        return (constantInside ? 1 : 0) + (trendInside ? 1 : 0);
    }

    /** The number of columns added to the short-run equations (co, lo). */
    int outsideCount() {
        return (constantOutside ? 1 : 0) + (trendOutside ? 1 : 0);
    }

    /**
     * Returns the code.
     *
     * @return {@link #code()}
     */
    @Override
    public String toString() {
        return code();
    }
}
