package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngleGrangerTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"c,aic", "c,bic", "c,t-stat", "ct,aic", "ct,bic", "ct,t-stat", "n,aic", "n,bic", "n,t-stat"})
    void matchesStatsmodelsCoint(String trend, String autolag) {
        Deterministic d = switch (trend) {
            case "n" -> Deterministic.NONE;
            case "c" -> Deterministic.CONSTANT;
            default -> Deterministic.CONSTANT_TREND;
        };
        LagSelection l = switch (autolag) {
            case "aic" -> LagSelection.AIC;
            case "bic" -> LagSelection.BIC;
            default -> LagSelection.T_STAT;
        };
        String key = "coint.pair." + trend + "." + autolag;
        EngleGrangerResult r = EngleGranger.of(d).withLagSelection(l)
                .test(Reference.series("pair_y"), Reference.series("pair_x"));
        double stat = Reference.value(key + ".stat");
        assertThat(r.statistic()).isCloseTo(stat, within(1e-9 * Math.abs(stat)));
        double p = Reference.value(key + ".pvalue");
        assertThat(r.pValue()).isCloseTo(p, within(1e-8 * p + 1e-300));
        double[] crit = Reference.values(key + ".crit");
        if (d == Deterministic.NONE) {
            assertThat(crit).containsOnly(-1.0); // statsmodels: NaN, no table
            assertThat(r.criticalValues().isEmpty()).isTrue();
        } else {
            assertThat(new double[] {r.criticalValues().at(0.01), r.criticalValues().at(0.05),
                r.criticalValues().at(0.10)}).containsExactly(crit, within(1e-12));
        }
        assertThat(r.seriesCount()).isEqualTo(2);
        assertThat(r.deterministic()).isEqualTo(d);
        // The pair was simulated as y = 1 + 2 x + AR(1) noise.
        assertThat(r.cointegratingCoefficients().get(0)).isCloseTo(2.0, within(0.05));
        assertThat(r.rejectsNull(0.01)).isTrue();
    }

    @Test
    void fixedLagAndNoCointegration() {
        EngleGrangerResult r = EngleGranger.of().withMaxLag(2).withLagSelection(LagSelection.FIXED)
                .test(Reference.series("pair_y"), Reference.series("pair_x"));
        assertThat(r.statistic()).isCloseTo(Reference.value("coint.pair.c.fixed2.stat"), within(1e-8));
        assertThat(r.lagsUsed()).isEqualTo(2);
        double[] x = Reference.series("pair_x");
        double[] ref = Reference.values("coint.nocoint.c.aic");
        EngleGrangerResult none = EngleGranger.of()
                .test(Reference.series("rw"), java.util.Arrays.copyOf(x, 250));
        assertThat(none.statistic()).isCloseTo(ref[0], within(1e-9 * Math.abs(ref[0])));
        assertThat(none.pValue()).isCloseTo(ref[1], within(1e-9 * ref[1]));
        assertThat(none.criticalValues().at(0.05)).isCloseTo(ref[3], within(1e-12));
        assertThat(none.rejectsNull(0.10)).isFalse();
        assertThat(none.nullHypothesis()).contains("not cointegrated");
        assertThat(none.alternativeHypothesis()).contains("are cointegrated");
    }

    @Test
    void futureAgainstSpotAndAnotherFuture() {
        for (String trend : new String[] {"c", "ct"}) {
            Deterministic d = trend.equals("c") ? Deterministic.CONSTANT : Deterministic.CONSTANT_TREND;
            double[] ref = Reference.values("coint.three." + trend + ".aic");
            EngleGrangerResult r = EngleGranger.of(d)
                    .test(Reference.series("fut1"), Reference.series("spot"), Reference.series("fut2"));
            assertThat(r.statistic()).isCloseTo(ref[0], within(1e-9 * Math.abs(ref[0])));
            assertThat(r.pValue()).isCloseTo(ref[1], within(1e-8 * ref[1] + 1e-300));
            assertThat(new double[] {r.criticalValues().at(0.01), r.criticalValues().at(0.05),
                r.criticalValues().at(0.10)}).containsExactly(new double[] {ref[2], ref[3], ref[4]}, within(1e-12));
            assertThat(r.seriesCount()).isEqualTo(3);
        }
    }

    @Test
    void refusesBadInput() {
        double[] y = Reference.series("pair_y");
        double[] x = Reference.series("pair_x");
        EngleGranger eg = EngleGranger.of();
        assertThatThrownBy(() -> eg.test(y, java.util.Arrays.copyOf(x, 299)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x[0]' must have the same length as 'y' (300) but has length 299");
        assertThatThrownBy(() -> eg.test(y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' must hold between 1 and 5 series").hasMessageContaining("but has 0");
        double[] exact = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            exact[i] = 3 + 2 * x[i];
        }
        assertThatThrownBy(() -> eg.test(exact, x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'y' must not be an exact linear combination of 'x'");
        double[] nan = x.clone();
        nan[7] = Double.NaN;
        assertThatThrownBy(() -> eg.test(y, nan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x[0]' must not contain missing (NaN)").hasMessageContaining("at index 7");
        assertThatThrownBy(() -> eg.test(new double[] {1, 2, 3, 1, 2, 3, 4}, new double[] {1, 0, 3, 2, 5, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'y' must have at least 9 observations").hasMessageContaining("length 7");
        assertThatThrownBy(() -> eg.test(y, new double[300])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x[0]' must not be constant");
    }
}
