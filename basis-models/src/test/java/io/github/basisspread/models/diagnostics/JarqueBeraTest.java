package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JarqueBeraTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar1", "fat", "rw", "short"})
    void matchesStatsmodelsJarqueBera(String name) {
        double[] expected = Reference.values("jb." + name);
        JarqueBeraResult r = JarqueBera.of().test(Reference.series(name));
        assertThat(r.statistic()).isCloseTo(expected[0], within(1e-10 * expected[0]));
        assertThat(r.pValue()).isCloseTo(expected[1], within(1e-9 * expected[1] + 1e-300));
        assertThat(r.skewness()).isCloseTo(expected[2], within(1e-10 * Math.abs(expected[2])));
        assertThat(r.kurtosis()).isCloseTo(expected[3], within(1e-10 * expected[3]));
    }

    @Test
    void byHand() {
        // x = 0, 0, 0, 1: mean 0.25, deviations -0.25 (x3), 0.75.
        // m2 = (3 * 0.0625 + 0.5625)/4 = 0.1875; m3 = (-3 * 0.015625 + 0.421875)/4 = 0.09375;
        // m4 = (3 * 0.00390625 + 0.31640625)/4 = 0.08203125.
        // S = 0.09375 / 0.1875^1.5 = 2/sqrt(3) = 1.1547005; K = 0.08203125/0.03515625 = 7/3.
        // JB = 4/6 (4/3 + (2/3)^2/4) = (2/3)(13/9) = 26/27; chi2(2) tail exp(-JB/2) = exp(-13/27) = 0.6178674.
        JarqueBeraResult r = JarqueBera.of().test(new double[] {0, 0, 0, 1});
        assertThat(r.skewness()).isCloseTo(2 / Math.sqrt(3), within(1e-14));
        assertThat(r.kurtosis()).isCloseTo(7.0 / 3, within(1e-14));
        assertThat(r.statistic()).isCloseTo(26.0 / 27, within(1e-14));
        assertThat(r.pValue()).isCloseTo(0.6178674, within(1e-7));
        assertThat(r.nobs()).isEqualTo(4);
        assertThat(r.lagsUsed()).isZero();
        // chi2(2) 5% critical value: -2 ln 0.05 = 5.9914645.
        assertThat(r.criticalValues().at(0.05)).isCloseTo(5.9914645, within(1e-7));
        assertThat(r.rejectsNull(0.05)).isFalse();
        assertThat(r.nullHypothesis()).contains("normally distributed");
        assertThat(r.alternativeHypothesis()).contains("not normally");
    }

    @Test
    void fatTailedDataRejectNormality() {
        // t(4) innovations: excess kurtosis, rejected at 1%.
        assertThat(JarqueBera.of().test(Reference.series("fat")).rejectsNull(0.01)).isTrue();
        long[] t = {1, 2, 3, 4};
        assertThat(JarqueBera.of().test(TimeSeries.ofEpochMillis(t, new double[] {0, 0, 0, 1})).statistic())
                .isCloseTo(26.0 / 27, within(1e-14));
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> JarqueBera.of().test(new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' must have at least 2 observations for the Jarque-Bera test but has length 1");
        assertThatThrownBy(() -> JarqueBera.of().test(new double[] {1, 1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be constant");
        assertThatThrownBy(() -> JarqueBera.of().test(new double[] {1, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has value Infinity at index 1");
    }

    @Property(tries = 50)
    void negationFlipsSkewnessAndKeepsKurtosis(@ForAll @DoubleRange(min = 0.1, max = 10) double scale) {
        double[] x = Reference.series("fat");
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = -scale * x[i];
        }
        JarqueBeraResult a = JarqueBera.of().test(x);
        JarqueBeraResult b = JarqueBera.of().test(y);
        assertThat(b.skewness()).isCloseTo(-a.skewness(), within(1e-10));
        assertThat(b.kurtosis()).isCloseTo(a.kurtosis(), within(1e-10));
        assertThat(b.statistic()).isCloseTo(a.statistic(), within(1e-8));
    }
}
