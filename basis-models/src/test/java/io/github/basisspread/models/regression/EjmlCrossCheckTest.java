package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

/** An independent check of the coefficients and (X'X)^-1 against EJML's SVD pseudo-inverse. */
class EjmlCrossCheckTest {

    @Test
    void coefficientsAndCovarianceMatchAnSvdSolution() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 200;
        int k = 5;
        double[][] x = new double[k][n];
        double[] y = new double[n];
        DMatrixRMaj a = new DMatrixRMaj(n, k + 1);
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            a.set(i, 0, 1);
            double s = 0.5;
            for (int j = 0; j < k; j++) {
                x[j][i] = rnd.nextGaussian() * (j + 1) + j;
                a.set(i, j + 1, x[j][i]);
                s += (j - 2) * x[j][i];
            }
            y[i] = s + rnd.nextGaussian();
            b.set(i, 0, y[i]);
        }
        LinearSolverDense<DMatrixRMaj> svd = LinearSolverFactory_DDRM.pseudoInverse(true);
        assertThat(svd.setA(a.copy())).isTrue();
        DMatrixRMaj beta = new DMatrixRMaj(k + 1, 1);
        svd.solve(b, beta);
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(y, x));
        double[] coef = fit.coefficients();
        for (int j = 0; j <= k; j++) {
            assertThat(coef[j]).as("coefficient %d", j).isCloseTo(beta.get(j, 0), offset(1e-10 * (1 + Math.abs(coef[j]))));
        }
        // classical covariance = s^2 (A'A)^-1
        DMatrixRMaj ata = new DMatrixRMaj(k + 1, k + 1);
        CommonOps_DDRM.multTransA(a, a, ata);
        assertThat(CommonOps_DDRM.invert(ata)).isTrue();
        double s2 = fit.residualStandardError() * fit.residualStandardError();
        double[][] cov = fit.covariance();
        for (int i = 0; i <= k; i++) {
            for (int j = 0; j <= k; j++) {
                assertThat(cov[i][j]).isCloseTo(s2 * ata.get(i, j), offset(1e-10 * Math.abs(s2 * ata.get(i, i))));
            }
        }
    }
}
