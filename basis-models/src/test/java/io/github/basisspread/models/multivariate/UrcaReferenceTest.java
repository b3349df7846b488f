package io.github.basisspread.models.multivariate;

import static io.github.basisspread.models.multivariate.VecmReferenceTest.close;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The VECM against R's {@code urca::ca.jo(spec = "transitory", K = 2)} and {@code cajorls(r = 1)}
 * on urca's Danish data (make_urca.R): ecdet "none" is statsmodels' "co", "const" is "ci",
 * "trend" is "coli". Eigenvalues, normalised beta (with the restricted term), alpha and every
 * coefficient of the short-run equations, within 1e-6 relative.
 */
class UrcaReferenceTest {

    private static final References URCA = References.load("urca.properties");

    @ParameterizedTest
    @CsvSource({"co", "ci", "coli"})
    void denmark(String det) {
        VecmFit fit = VecmSpec.of(1, 1).withDeterministic(det).fit(References.denmark());
        String key = "urca." + det + ".";
        double[] eig = URCA.values(key + "eigenvalues");
        // urca lists an eigenvalue of 0 for the restricted term too; statsmodels and we list K + d_in
        close(java.util.Arrays.copyOf(fit.eigenvalues(), eig.length), eig, "eigenvalues");
        double[] beta = URCA.values(key + "beta");
        double[] ours = new double[beta.length];
        double[][] b = fit.beta();
        double[][] d = fit.betaDeterministic();
        for (int i = 0; i < beta.length; i++) {
            ours[i] = i < b.length ? b[i][0] : d[i - b.length][0];
        }
        close(ours, beta, "beta");
        close(References.flat(fit.alpha()), URCA.values(key + "alpha"), "alpha");
        // rlm rows: ect1, [constant], then LRM.dl1 .. IDE.dl1 (our Gamma_1 row, const last)
        for (int eq = 0; eq < 4; eq++) {
            double[] rlm = URCA.values(key + "rlm." + (eq + 1));
            double[] expect = new double[rlm.length - 1];
            double[] got = new double[rlm.length - 1];
            boolean constant = det.startsWith("co");
            for (int j = 0; j < 4; j++) {
                expect[j] = rlm[(constant ? 2 : 1) + j];
                got[j] = fit.gamma()[eq][j];
            }
            if (constant) {
                expect[4] = rlm[1];
                got[4] = fit.deterministicOutside()[eq][0];
            }
            close(got, expect, "rlm equation " + (eq + 1));
        }
    }
}
