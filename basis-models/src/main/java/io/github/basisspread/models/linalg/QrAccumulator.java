package io.github.basisspread.models.linalg;

/**
 * Streaming Householder QR: accumulates the upper-triangular factor {@code R} of a tall matrix
 * fed in blocks of rows, without ever holding the whole matrix or its {@code Q}.
 *
 * <p>This is the "tall skinny QR" of Demmel, Grigori, Hoemmen and Langou (2012, SIAM J. Sci.
 * Comput. 34) in its sequential form: each block of rows is stacked under the current {@code R}
 * and a Householder reflector (Golub and Van Loan 2013, algorithm 5.1.1, with the sign choice of
 * LAPACK's {@code dlarfg}) annihilates it column by column. Because column {@code j} of {@code R}
 * is zero below its diagonal, the reflector for column {@code j} acts only on row {@code j} of
 * {@code R} and on the block: {@code 2 b m^2} flops per block of {@code b} rows and {@code m}
 * columns, in cache-sized column-major blocks, and no allocation after construction.
 *
 * <p>Mutable and not thread-safe; internal to the module.
 */
public final class QrAccumulator {

    private final int m;
    private final double[] r;

    /**
     * Creates an accumulator of {@code m} columns, with {@code R = 0}.
     *
     * @param m the number of columns
     */
    public QrAccumulator(int m) {
        this.m = m;
        this.r = new double[m * m];
    }

    /**
     * Stacks a block of rows under {@code R} and re-triangularises.
     *
     * @param block the rows, column-major with leading dimension {@code ld}: element (t, j) at
     *     {@code block[j * ld + t]}; modified (overwritten by the reflectors)
     * @param rows the number of rows in the block
     * @param ld the leading dimension of the block, at least {@code rows}
     */
    public void addBlock(double[] block, int rows, int ld) {
        for (int j = 0; j < m; j++) {
            int cj = j * ld;
            double sigma = dot(block, cj, block, cj, rows);
            if (sigma == 0) {
                continue;
            }
            int jj = j * m + j;
            double alpha = r[jj];
            double norm = Math.sqrt(alpha * alpha + sigma);
            double beta = alpha >= 0 ? -norm : norm;
            double tau = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            r[jj] = beta;
            int rowJ = j * m;
            // each pass over the block applies one update and takes the dot product the next
            // column needs (that column is untouched until then), so the Householder vector is
            // read once per column instead of twice; the sums keep the order of dot(), bit for bit
            double next = scaleAndDot(block, cj, scale, j + 1 < m ? (j + 1) * ld : -1, rows);
            for (int c = j + 1; c < m; c++) {
                int cc = c * ld;
                double d = (r[rowJ + c] + next) * tau;
                r[rowJ + c] -= d;
                next = axpyAndDot(block, cj, cc, d, c + 1 < m ? (c + 1) * ld : -1, rows);
            }
        }
    }

    /** Scales {@code v} in place by {@code scale}; returns its dot with column {@code in} (0 if -1). */
    private static double scaleAndDot(double[] a, int iv, double scale, int in, int len) {
        if (in < 0) {
            for (int t = 0; t < len; t++) {
                a[iv + t] *= scale;
            }
            return 0;
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int t = 0;
        for (; t + 3 < len; t += 4) {
            double v0 = a[iv + t] * scale;
            double v1 = a[iv + t + 1] * scale;
            double v2 = a[iv + t + 2] * scale;
            double v3 = a[iv + t + 3] * scale;
            a[iv + t] = v0;
            a[iv + t + 1] = v1;
            a[iv + t + 2] = v2;
            a[iv + t + 3] = v3;
            s0 += v0 * a[in + t];
            s1 += v1 * a[in + t + 1];
            s2 += v2 * a[in + t + 2];
            s3 += v3 * a[in + t + 3];
        }
        for (; t < len; t++) {
            double v0 = a[iv + t] * scale;
            a[iv + t] = v0;
            s0 += v0 * a[in + t];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Column {@code ic -= d * v}; returns the dot of {@code v} with column {@code in} (0 if -1),
     * summed as in {@link #dot}.
     */
    private static double axpyAndDot(double[] a, int iv, int ic, double d, int in, int len) {
        if (in < 0) {
            for (int t = 0; t < len; t++) {
                a[ic + t] -= d * a[iv + t];
            }
            return 0;
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int t = 0;
        for (; t + 3 < len; t += 4) {
            double v0 = a[iv + t];
            double v1 = a[iv + t + 1];
            double v2 = a[iv + t + 2];
            double v3 = a[iv + t + 3];
            a[ic + t] -= d * v0;
            a[ic + t + 1] -= d * v1;
            a[ic + t + 2] -= d * v2;
            a[ic + t + 3] -= d * v3;
            s0 += v0 * a[in + t];
            s1 += v1 * a[in + t + 1];
            s2 += v2 * a[in + t + 2];
            s3 += v3 * a[in + t + 3];
        }
        for (; t < len; t++) {
            double v0 = a[iv + t];
            a[ic + t] -= d * v0;
            s0 += v0 * a[in + t];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Dot product with four independent accumulators: the JIT does not reorder floating-point
     * sums, so a single accumulator would wait on the latency of every addition.
     */
    private static double dot(double[] a, int ia, double[] b, int ib, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int t = 0;
        for (; t + 3 < len; t += 4) {
            s0 += a[ia + t] * b[ib + t];
            s1 += a[ia + t + 1] * b[ib + t + 1];
            s2 += a[ia + t + 2] * b[ib + t + 2];
            s3 += a[ia + t + 3] * b[ib + t + 3];
        }
        for (; t < len; t++) {
            s0 += a[ia + t] * b[ib + t];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Returns the accumulated factor.
     *
     * @return a copy of {@code R}, row-major {@code m x m}, upper triangular
     */
    public double[] r() {
        return r.clone();
    }
}
