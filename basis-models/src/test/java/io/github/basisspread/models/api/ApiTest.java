package io.github.basisspread.models.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ApiTest {

    @Test
    void informationCriteriaWorkedByHand() {
        // l = -10, k = 3, n = 50: AIC = 20 + 6 = 26; AICc = 26 + 2*3*4 / 46 = 26.52173913;
        // BIC = 20 + 3 ln 50 = 20 + 3 * 3.91202301 = 31.73606902;
        // HQIC = 20 + 6 ln ln 50 = 20 + 6 * 1.3640546329 = 28.1843277974
        InformationCriteria ic = InformationCriteria.of(-10, 3, 50);
        assertThat(ic.aic()).isCloseTo(26, offset(1e-12));
        assertThat(ic.aicc()).isCloseTo(26 + 24.0 / 46, offset(1e-12));
        assertThat(ic.bic()).isCloseTo(31.73606902, offset(1e-8));
        assertThat(ic.hqic()).isCloseTo(28.1843277974, offset(1e-9));
        // n - k - 1 = 0: AICc undefined -> +infinity
        assertThat(InformationCriteria.of(-10, 3, 4).aicc()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void informationCriteriaRejectBadInput() {
        assertThatThrownBy(() -> InformationCriteria.of(Double.NaN, 1, 10))
                .hasMessageContaining("Argument 'logLikelihood' must be finite but has value NaN");
        assertThatThrownBy(() -> InformationCriteria.of(1, -1, 10))
                .hasMessageContaining("Argument 'numberOfParameters' must be zero or greater but has value -1");
        assertThatThrownBy(() -> InformationCriteria.of(1, 1, 1))
                .hasMessageContaining("Argument 'nobs' must be at least 2 but has value 1");
        assertThatThrownBy(() -> new InformationCriteria(1, Double.NaN, 1, 1))
                .hasMessageContaining("Argument 'aicc' must be finite or positive infinity but has value NaN");
        assertThatThrownBy(() -> new InformationCriteria(Double.POSITIVE_INFINITY, 1, 1, 1))
                .hasMessageContaining("Argument 'aic' must be finite");
    }

    @Property
    void criteriaOrderFollowsPenalties(@ForAll @DoubleRange(min = -1e6, max = 1e6) double llf,
            @ForAll @IntRange(min = 0, max = 20) int k, @ForAll @IntRange(min = 30, max = 100_000) int n) {
        InformationCriteria ic = InformationCriteria.of(llf, k, n);
        // AICc adds a nonnegative correction; for n >= 8 (ln n > 2) BIC penalises at least as much as AIC
        assertThat(ic.aicc()).isGreaterThanOrEqualTo(ic.aic());
        assertThat(ic.bic()).isGreaterThanOrEqualTo(ic.aic());
        assertThat(ic.aic() - ic.bic()).isCloseTo(k * (2 - Math.log(n)), offset(1e-6 * (1 + Math.abs(llf))));
    }

    @Test
    void convergenceInfo() {
        assertThat(ConvergenceInfo.closedForm()).isEqualTo(new ConvergenceInfo(0, 0, 0.0, true));
        assertThatThrownBy(() -> new ConvergenceInfo(-1, 0, 0, true)).hasMessageContaining("'iterations'");
        assertThatThrownBy(() -> new ConvergenceInfo(0, -1, 0, true)).hasMessageContaining("'evaluations'");
        assertThatThrownBy(() -> new ConvergenceInfo(0, 0, Double.NaN, true))
                .hasMessageContaining("'gradientNorm' must be finite and zero or greater but has value NaN");
    }

    @Test
    void estimationExceptionCarriesDiagnostics() {
        ConvergenceInfo info = new ConvergenceInfo(100, 250, 0.5, false);
        EstimationException e = new EstimationException("no convergence", List.of("gradient 0.5"), info, 42);
        assertThat(e).hasMessage("no convergence");
        assertThat(e.diagnostics()).containsExactly("gradient 0.5");
        assertThat(e.convergence()).contains(info);
        assertThat(e.detail(Integer.class)).contains(42);
        assertThat(e.detail(String.class)).isEmpty();
        EstimationException plain = new EstimationException("singular", List.of());
        assertThat(plain.convergence()).isEqualTo(Optional.empty());
        assertThat(plain.detail(Object.class)).isEmpty();
    }

    @Test
    void fittedModelDefaultCriteria() {
        FittedModel model = new FittedModel() {
            @Override
            public List<String> parameterNames() {
                return List.of("mu");
            }

            @Override
            public double[] estimates() {
                return new double[] {1};
            }

            @Override
            public double[] standardErrors() {
                return new double[] {0.1};
            }

            @Override
            public double logLikelihood() {
                return -5;
            }

            @Override
            public int nobs() {
                return 10;
            }

            @Override
            public int numberOfParameters() {
                return 2;
            }

            @Override
            public ConvergenceInfo convergence() {
                return ConvergenceInfo.closedForm();
            }
        };
        Estimator<double[], FittedModel> estimator = data -> model;
        // AIC = 10 + 4 = 14
        assertThat(estimator.fit(new double[0]).informationCriteria().aic()).isEqualTo(14);
    }
}
