package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * How cross-validation splits n rows into training and test sets.
 *
 * <ul>
 * <li>{@link #kFold(int)}: row i (from 0) belongs to fold {@code i mod k}; each fold is tested on
 * a model trained on all the other rows (cv.glmnet with {@code foldid = (i mod k) + 1}). Rows of a
 * time series then train on their future: use it for exchangeable rows only.</li>
 * <li>{@link #forwardChaining(int)}: the rows, in time order, are cut into {@code k + 1}
 * contiguous blocks as equal as possible; split m (1..k) trains on blocks 0..m-1 and tests on block
 * m, so every test row lies strictly after every row its model was trained on.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Folds {

    private final int k;
    private final boolean chained;

    private Folds(int k, boolean chained) {
        this.k = k;
        this.chained = chained;
    }

    /**
     * Interleaved k-fold: row i in fold {@code i mod k}.
     *
     * @param k the number of folds, at least 3 (cv.glmnet's minimum)
     * @return the folds
     * @throws IllegalArgumentException if k is below 3
     */
    public static Folds kFold(int k) {
        Args.check(k >= 3, "k", k, "be at least 3");
        return new Folds(k, false);
    }

    /**
     * Forward chaining (time-series cross-validation) with k test blocks.
     *
     * @param k the number of splits, at least 2
     * @return the folds
     * @throws IllegalArgumentException if k is below 2
     */
    public static Folds forwardChaining(int k) {
        Args.check(k >= 2, "k", k, "be at least 2");
        return new Folds(k, true);
    }

    /**
     * Returns the number of splits.
     *
     * @return k
     */
    public int count() {
        return k;
    }

    /**
     * Whether every test row follows all its training rows in time.
     *
     * @return true for forward chaining
     */
    public boolean isForwardChaining() {
        return chained;
    }

    /** The fewest rows the splits need: 2 (k + 1) for forward chaining, 2k for k-fold. */
    int minimumRows() {
        return chained ? 2 * (k + 1) : 2 * k;
    }

    /**
     * Returns the splits of n rows: element m is {@code {trainingRows, testRows}}, each sorted.
     *
     * @param n the number of rows
     * @return the splits
     * @throws IllegalArgumentException if n is too small for the folds (fewer than 2 rows in a
     *     training set, or an empty test set)
     */
    public List<int[][]> splits(int n) {
        Args.check(n >= minimumRows(), "n", n, chained
                ? "be at least 2 (k + 1) = " + minimumRows() + " rows for " + k + " forward-chaining splits"
                : "be at least 2k = " + minimumRows() + " rows for " + k + " folds");
        List<int[][]> out = new ArrayList<>();
        if (chained) {
            int[] start = new int[k + 2];
            for (int b = 0; b <= k + 1; b++) {
                start[b] = (int) ((long) b * n / (k + 1));
            }
            for (int m = 1; m <= k; m++) {
                out.add(new int[][] {range(0, start[m]), range(start[m], start[m + 1])});
            }
        } else {
            for (int f = 0; f < k; f++) {
                int[] test = new int[(n - f + k - 1) / k];
                int[] train = new int[n - test.length];
                int a = 0;
                int b = 0;
                for (int i = 0; i < n; i++) {
                    if (i % k == f) {
                        test[a++] = i;
                    } else {
                        train[b++] = i;
                    }
                }
                out.add(new int[][] {train, test});
            }
        }
        return out;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    @Override
    public String toString() {
        return chained ? "forward chaining(" + k + ")" : k + "-fold";
    }
}
