package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.models.api.EstimationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input raises clear exceptions; non-convergence is reported, or thrown when strict. */
class ArimaBadInputTest {

    private static final double[] LH = RReference.load("lh_ar1_ml.txt").values("y");

    @Test
    void tooShortForTheOrder() {
        assertThatThrownBy(() -> ArimaSpec.of(2, 0, 2).withConstant().fit(new double[] {1, 2, 3, 2, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                // Issue 15: "to estimate 41 coefficients ... but has 50" did not say how many were needed.
                .hasMessageContaining("Argument 'y' must have at least 8 usable observations")
                .hasMessageContaining("and the p + P s = 2 the CSS likelihood conditions on")
                .hasMessageContaining("to estimate the 5 coefficients of ARIMA(2,0,2) with non-zero mean but has 5");
        assertThatThrownBy(() -> ArimaSpec.of(2, 0, 2).withConstant().withMethod(ArimaSpec.Method.ML)
                .fit(new double[] {1, 2, 3, 2, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'y' must have at least 7 usable observations (non-missing, less the "
                        + "d + D s = 0 absorbed by differencing) to estimate the 5 coefficients");
    }

    @Test
    void constantSeries() {
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withConstant().fit(new double[] {3, 3, 3, 3, 3, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'y' must vary but all its 6 observed values equal 3.0");
        // A straight line differenced twice leaves nothing.
        assertThatThrownBy(() -> ArimaSpec.of(0, 2, 1).fit(new double[] {1, 2, 3, 4, 5, 6, 7}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must vary after differencing");
        // A straight line with a drift is fitted exactly by the regression.
        assertThatThrownBy(() -> ArimaSpec.of(0, 1, 1).withDrift().fit(new double[] {1, 3, 5, 7, 9, 11, 13}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must vary after differencing and regression on [drift]");
    }

    @Test
    void differencingTooLarge() {
        assertThatThrownBy(() -> ArimaSpec.of(0, 4, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'd' must be in [0, 3] but has value 4");
        assertThatThrownBy(() -> ArimaSpec.of(0, 1, 0).withSeasonal(0, 1, 0, 12).fit(new double[] {1, 2, 3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be longer than the d + D s = 13 observations absorbed by the differencing"
                        + " of ARIMA(0,1,0)(0,1,0)[12] but has 5");
    }

    @Test
    void allMissingOrInfinite() {
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().fit(new double[] {Double.NaN, Double.NaN, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must hold at least one observed value but all 3 are missing");
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().fit(new double[] {1, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("element 1 is Infinity");
        assertThatThrownBy(() -> ArimaData.of(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
    }

    @Test
    void explosiveStartValues() {
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().withStartValues(Map.of("ar1", 1.5)).fit(LH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'start' must give a stationary AR part")
                .hasMessageContaining("[1.5]");
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().withStartValues(Map.of("ar1", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ar1' has value NaN");
        // Stationary start values are used.
        assertThat(ArimaSpec.of(1, 0, 0).withConstant().withStartValues(Map.of("ar1", 0.3))
                .withMethod(ArimaSpec.Method.ML).fit(LH).coefficient("ar1")).isBetween(0.5, 0.65);
    }

    @Test
    void ordersThatCannotBeEstimated() {
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().withSeasonal(1, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'period' must be at least 2 for a seasonal part (P, D, Q) = (1, 0, 0)"
                        + " but has value 1");
        assertThatThrownBy(() -> ArimaSpec.of(0, 2, 1).withConstant())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'constant' needs d + D <= 1");
        assertThatThrownBy(() -> ArimaSpec.of(0, 1, 1).withDrift().withSeasonal(0, 1, 1, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'drift' needs d + D <= 1 but the order has d + D = 2");
        assertThatThrownBy(() -> ArimaSpec.of(-1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'p' must be in [0, 50] but has value -1");
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().withFixed(Map.of("ma1", 0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must name coefficients of the model [ar1] but names 'ma1'");
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().withRegressors("ar1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not repeat a coefficient name");
        // A constant regressor vanishes under differencing: no unique coefficient.
        double[][] ones = new double[LH.length][];
        for (int t = 0; t < ones.length; t++) {
            ones[t] = new double[] {1};
        }
        assertThatThrownBy(() -> ArimaSpec.of(0, 1, 1).withRegressors("level").fit(ArimaData.of(LH, ones)))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("are collinear after differencing");
        assertThatThrownBy(() -> ArimaSpec.of(0, 1, 1).withRegressors("level").fit(LH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one regressor column per name [level] but has 0 columns");
    }

    @Test
    void nonConvergenceIsReportedOrThrownWhenStrict() {
        ArimaSpec spec = ArimaSpec.of(1, 0, 1).withConstant().withMethod(ArimaSpec.Method.ML).withMaxIterations(1);
        ArimaFit fit = spec.fit(LH);
        assertThat(fit.convergence().converged()).isFalse();
        assertThat(fit.convergence().iterations()).isEqualTo(1);
        assertThat(fit.notes()).anySatisfy(n -> assertThat(n).contains("did not converge in 1 iterations"));
        assertThatThrownBy(() -> spec.withStrict(true).fit(LH))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("ARIMA(1,0,1) with non-zero mean estimation did not converge")
                .satisfies(e -> assertThat(((EstimationException) e).convergence()).isPresent());
        assertThatThrownBy(() -> ArimaSpec.of(1, 0, 0).withoutConstant().withMaxIterations(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has value 0");
    }

    @Test
    void forecastArguments() {
        ArimaFit fit = ArimaSpec.of(1, 0, 0).withConstant().fit(LH);
        assertThatThrownBy(() -> fit.forecast(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'horizon' must be between 1 and 1000000 steps but has value 0");
        // Issue 15: forecast(Integer.MAX_VALUE) ran out of memory instead of refusing the horizon.
        assertThatThrownBy(() -> fit.forecast(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'horizon' must be between 1 and 1000000 steps but has value 2147483647");
        assertThatThrownBy(() -> fit.forecast(ArimaFit.MAX_HORIZON + 1, new double[0][0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'horizon'");
        assertThatThrownBy(() -> fit.simulate(Integer.MAX_VALUE, new java.util.Random(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'horizon'");
        assertThat(fit.forecast(ArimaFit.MAX_HORIZON).mean()).hasSize(ArimaFit.MAX_HORIZON);
        assertThatThrownBy(() -> fit.forecast(2).interval(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'level' must be in (0, 1) but has value 1.0");
        assertThatThrownBy(() -> fit.coefficient("ma1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but is 'ma1'");
        assertThatThrownBy(() -> fit.ljungBox(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'fitdf' must be in [0, 0] but has value 1");
        assertThatThrownBy(() -> fit.simulate(3, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'random' must not be null");
        assertThatThrownBy(() -> fit.append(1.0, Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("element 1 is -Infinity");
    }
}
