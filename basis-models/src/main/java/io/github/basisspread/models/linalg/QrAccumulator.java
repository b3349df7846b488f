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
            double sigma = 0;
            for (int t = 0; t < rows; t++) {
                double v = block[cj + t];
                sigma += v * v;
            }
            if (sigma == 0) {
                continue;
            }
            int jj = j * m + j;
            double alpha = r[jj];
            double norm = Math.sqrt(alpha * alpha + sigma);
            double beta = alpha >= 0 ? -norm : norm;
            double tau = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            for (int t = 0; t < rows; t++) {
                block[cj + t] *= scale;
            }
            r[jj] = beta;
            for (int c = j + 1; c < m; c++) {
                int cc = c * ld;
                double dot = r[j * m + c];
                for (int t = 0; t < rows; t++) {
                    dot += block[cj + t] * block[cc + t];
                }
                dot *= tau;
                r[j * m + c] -= dot;
                for (int t = 0; t < rows; t++) {
                    block[cc + t] -= dot * block[cj + t];
                }
            }
        }
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
