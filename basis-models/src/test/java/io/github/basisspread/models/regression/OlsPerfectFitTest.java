package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.basisspread.models.api.InformationCriteria;
import org.junit.jupiter.api.Test;

/**
 * A perfect fit (zero residuals) has the values R and statsmodels give it, not an exception:
 * R-squared 1, log-likelihood +infinity, information criteria -infinity (R: {@code AIC(lm(...))}
 * = -Inf when the residual sum of squares is 0), and the "essentially perfect fit" flag of R's
 * {@code summary.lm}.
 */
class OlsPerfectFitTest {

    private static final double[] X = {1, 2, 4, 3, 5};

    @Test
    void aZeroResponseWithoutInterceptIsFittedExactly() {
        // y = 0 * x: coefficient 0, every residual 0, TSS (uncentered) 0. Both threw
        // IllegalStateException before (R-squared and information criteria "undefined").
        OlsFit fit = OlsSpec.of().withoutIntercept().fit(RegressionData.of(new double[5], X));
        assertThat(fit.sumOfSquaredResiduals()).isZero();
        assertThat(fit.rSquared()).isEqualTo(1.0);
        assertThat(fit.adjustedRSquared()).isEqualTo(1.0);
        assertThat(fit.logLikelihood()).isEqualTo(Double.POSITIVE_INFINITY);
        InformationCriteria ic = fit.informationCriteria();
        assertThat(ic.aic()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ic.bic()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ic.hqic()).isEqualTo(Double.NEGATIVE_INFINITY);
        // n - k - 1 = 3 > 0: the correction is finite, so AICc is -infinity too.
        assertThat(ic.aicc()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(fit.isEssentiallyPerfectFit()).isTrue();
    }

    @Test
    void aConstantResponseWithInterceptHasRSquaredOne() {
        // TSS = 0: R and statsmodels print 0/0 = NaN; here 1 with the flag (nothing to explain).
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(new double[] {5, 5, 5, 5, 5}, X));
        assertThat(fit.rSquared()).isEqualTo(1.0);
        assertThat(fit.isEssentiallyPerfectFit()).isTrue();
        assertThat(fit.informationCriteria().aic()).isLessThan(-100);
    }

    @Test
    void anExactLineIsFlaggedAsRFlagsIt() {
        // y = 2 x + 1: R's lm leaves SSR = 1.8e-29 of rounding and warns "essentially perfect fit".
        double[] y = new double[X.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 * X[i] + 1;
        }
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(y, X));
        assertThat(fit.rSquared()).isCloseTo(1.0, offset(1e-15));
        assertThat(fit.isEssentiallyPerfectFit()).isTrue();
        assertThat(fit.informationCriteria().aic()).isLessThan(-100);
    }

    @Test
    void onlyAPerfectFitsInfinityGetsIn() {
        InformationCriteria perfect = InformationCriteria.of(Double.POSITIVE_INFINITY, 2, 3);
        assertThat(perfect.aic()).isEqualTo(Double.NEGATIVE_INFINITY);
        // n - k - 1 = 0: AICc stays undefined (+infinity).
        assertThat(perfect.aicc()).isEqualTo(Double.POSITIVE_INFINITY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InformationCriteria.of(Double.NEGATIVE_INFINITY, 1, 10))
                .hasMessageContaining("Argument 'logLikelihood' must be finite but has value -Infinity");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InformationCriteria(1, 1, Double.POSITIVE_INFINITY, 1))
                .hasMessageContaining("Argument 'bic' must be finite (or negative infinity, for a perfect fit)");
    }

    @Test
    void anOrdinaryFitIsNotFlagged() {
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(new double[] {1.1, 2.3, 3.9, 3.2, 5.4}, X));
        assertThat(fit.isEssentiallyPerfectFit()).isFalse();
        assertThat(fit.rSquared()).isBetween(0.9, 1.0);
        assertThat(fit.informationCriteria().aic()).isEqualTo(-2 * fit.logLikelihood() + 2 * 2, offset(1e-12));
    }
}
