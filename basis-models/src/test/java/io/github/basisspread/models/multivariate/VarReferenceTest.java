package io.github.basisspread.models.multivariate;

import static io.github.basisspread.models.multivariate.VecmReferenceTest.close;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The VAR against statsmodels 0.13 {@code VAR(...).fit(p, trend)} and {@code select_order}, within 1e-6 relative. */
class VarReferenceTest {

    private static final References SM = References.load("statsmodels.properties");

    @ParameterizedTest
    @CsvSource({"n,2", "c,2", "ct,2", "c,1"})
    void denmark(String trend, int p) {
        VarFit fit = VarSpec.of(p).withTrend(VarTrend.parse(trend)).fit(References.denmark());
        check(SM, "var." + trend + ".p" + p, fit);
    }

    /**
     * Forecasts, intervals and impulse responses against statsmodels; coefficients, standard
     * errors, Sigma and the log-likelihood against make_exact.py's 50-digit values (statsmodels'
     * standard errors are 1e-5 away from them: it inverts Z'Z of nearly collinear lagged levels).
     */
    @Test
    void realPerpetualAndSpot() {
        VarFit fit = VarSpec.of(3).fit(References.realLogPrices());
        check(References.load("real.properties").overriddenBy(References.load("exact.properties")), "var.c.p3", fit);
    }

    @ParameterizedTest
    @CsvSource({"c,4", "n,4"})
    void denmarkOrderSelection(String trend, int maxLags) {
        LagOrderSelection s = VarSpec.selectOrder(References.denmark(), maxLags, VarTrend.parse(trend));
        checkSelection(SM, "select." + trend + ".max" + maxLags, s);
    }

    @Test
    void realOrderSelection() {
        LagOrderSelection s = VarSpec.selectOrder(References.realLogPrices(), 8, VarTrend.CONSTANT);
        checkSelection(References.load("real.properties"), "select.c.max8", s);
    }

    @Test
    void selectedOrderIsFittedOnTheWholeSample() {
        LagOrderSelection s = VarSpec.selectOrder(References.denmark(), 4, VarTrend.CONSTANT);
        VarFit fit = VarSpec.selectedBy(LagCriterion.BIC, 4).fit(References.denmark());
        assertThat(fit.lags()).isEqualTo(s.selected(LagCriterion.BIC));
        assertThat(fit.estimates()).containsExactly(VarSpec.of(fit.lags()).fit(References.denmark()).estimates());
        assertThat(fit.selection()).isPresent();
    }

    static void checkSelection(References ref, String key, LagOrderSelection s) {
        String[] names = {"aic", "bic", "hqic", "fpe"};
        for (LagCriterion c : LagCriterion.values()) {
            String name = names[c.ordinal()];
            close(s.values(c), ref.values(key + "." + name), name);
            assertThat(s.selected(c)).as(name).isEqualTo((int) ref.value(key + "." + name + ".selected"));
        }
    }

    static void check(References ref, String key, VarFit fit) {
        int k = fit.names().size();
        assertThat(fit.nobs()).isEqualTo((int) ref.value(key + ".nobs"));
        close(References.flat(fit.coefficients()), ref.values(key + ".params"), "params");
        close(References.flat(fit.coefficientStandardErrors()), ref.values(key + ".stderr"), "stderr");
        close(References.flat(fit.sigma()), ref.values(key + ".sigma"), "sigma");
        close(References.flat(fit.sigmaMle()), ref.values(key + ".sigmaMle"), "sigmaMle");
        double llf = ref.value(key + ".llf");
        assertThat(fit.logLikelihood()).isCloseTo(llf, within(1e-6 * Math.abs(llf)));
        double[] ic = ref.values(key + ".ic");
        double[] ours = fit.lutkepohlCriteria();
        for (int i = 0; i < 4; i++) {
            assertThat(ours[i]).as("ic %d", i).isCloseTo(ic[i], within(1e-6 * Math.abs(ic[i])));
        }
        MultivariateForecast f = fit.forecast(10);
        double[] mean = new double[10 * k];
        double[] lower = new double[10 * k];
        double[] upper = new double[10 * k];
        for (int j = 0; j < k; j++) {
            var band = f.variable(j).interval(0.95);
            for (int h = 0; h < 10; h++) {
                mean[h * k + j] = f.variable(j).mean(h + 1);
                lower[h * k + j] = band.lower()[h];
                upper[h * k + j] = band.upper()[h];
            }
        }
        close(mean, ref.values(key + ".forecast"), "forecast");
        close(lower, ref.values(key + ".lower"), "lower");
        close(upper, ref.values(key + ".upper"), "upper");
        ImpulseResponses irf = fit.impulseResponses(10);
        double[] theta = new double[11 * k * k];
        for (int h = 0; h <= 10; h++) {
            System.arraycopy(References.flat(irf.matrix(h)), 0, theta, h * k * k, k * k);
        }
        close(theta, ref.values(key + ".orthIrf"), "orthIrf");
    }
}
