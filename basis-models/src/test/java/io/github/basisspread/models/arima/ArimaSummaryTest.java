package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.models.api.ModelSummary;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ARIMA summary reads as R's print of an Arima fit, with z statistics and p-values. */
class ArimaSummaryTest {

    @Test
    void summaryHasTheModelMethodCoefficientsAndCriteria() {
        ArimaFit fit = ArimaSpec.of(1, 0, 1).fit(ArimaSpecContractTest.arma11(300, 11));
        String s = fit.summary().toString();
        assertThat(s).startsWith("ARIMA(1,0,1) with non-zero mean\nmethod: CSS-ML\nconvergence: converged after ")
                .contains("P>|z|", "sigma2 " + ModelSummary.number(fit.sigma2()),
                        "AICc " + ModelSummary.number(fit.aicc()), "BIC " + ModelSummary.number(fit.bic()), "nobs 300");
        double z = fit.coefficient("ar1") / fit.standardError("ar1");
        assertThat(s).containsPattern("ar1 +" + ModelSummary.number(fit.coefficient("ar1")).replace(".", "\\.") + " +"
                + ModelSummary.number(fit.standardError("ar1")).replace(".", "\\.") + " +"
                + String.format(Locale.ROOT, "%.3f", z).replace(".", "\\."));
        assertThat(fit.toString()).startsWith("ARIMA(1,0,1) with non-zero mean: ar1 ");
    }

    @Test
    void cssPrintsNoInformationCriteriaAsR() {
        ArimaFit fit = ArimaSpec.of(1, 0, 0).withMethod(ArimaSpec.Method.CSS).fit(ArimaSpecContractTest.arma11(100, 3));
        assertThat(fit.summary().toString()).contains("method: CSS", "log-likelihood").doesNotContain("AIC");
    }
}
