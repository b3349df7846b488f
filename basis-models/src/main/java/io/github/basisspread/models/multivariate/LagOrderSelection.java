package io.github.basisspread.models.multivariate;

/**
 * The lag-order selection of a VAR: for each order p from the smallest to {@code maxLags}, the
 * four {@link LagCriterion criteria}, each computed on the same T = n - maxLags observations (as
 * statsmodels' {@code VAR.select_order}), and the order each selects.
 *
 * <p>Immutable and thread-safe; arrays returned are copies.
 */
public final class LagOrderSelection {

    private final int minLag;
    private final double[][] values;

    LagOrderSelection(int minLag, double[][] values) {
        this.minLag = minLag;
        this.values = values;
    }

    /**
     * Returns the smallest order compared (0 with deterministic terms, else 1).
     *
     * @return the smallest order
     */
    public int minLag() {
        return minLag;
    }

    /**
     * Returns the largest order compared.
     *
     * @return maxLags
     */
    public int maxLag() {
        return minLag + values[0].length - 1;
    }

    /**
     * Returns a criterion's values for orders {@link #minLag()}..{@link #maxLag()}.
     *
     * @param criterion the criterion
     * @return the values (a copy)
     */
    public double[] values(LagCriterion criterion) {
        return values[criterion.ordinal()].clone();
    }

    /**
     * Returns the order a criterion selects (its minimum; the smallest order on a tie).
     *
     * @param criterion the criterion
     * @return the selected order
     */
    public int selected(LagCriterion criterion) {
        double[] v = values[criterion.ordinal()];
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return minLag + best;
    }

    /**
     * Returns a table: one row per order, one column per criterion, the minimum of each starred.
     *
     * @return the selection as text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("VAR order selection (* the minimum)\n");
        sb.append(String.format("%4s", "p"));
        for (LagCriterion c : LagCriterion.values()) {
            sb.append(String.format(" %15s", c.name()));
        }
        sb.append('\n');
        for (int i = 0; i < values[0].length; i++) {
            sb.append(String.format("%4d", minLag + i));
            for (LagCriterion c : LagCriterion.values()) {
                boolean star = selected(c) == minLag + i;
                sb.append(String.format(" %14.6g%s", values[c.ordinal()][i], star ? "*" : " "));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
