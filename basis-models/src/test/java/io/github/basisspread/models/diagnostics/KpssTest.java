package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KpssTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String s : new String[] {"rw", "ar1", "trend", "short"}) {
            for (String reg : new String[] {"c", "ct"}) {
                for (String lags : new String[] {"auto", "legacy", "4"}) {
                    out.add(Arguments.of(s, reg, lags));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void matchesStatsmodelsKpss(String series, String reg, String lags) {
        Kpss kpss = reg.equals("c") ? Kpss.level() : Kpss.trend();
        kpss = switch (lags) {
            case "auto" -> kpss.withAutoLags();
            case "legacy" -> kpss.withLegacyLags();
            default -> kpss.withFixedLags(Integer.parseInt(lags));
        };
        String key = "kpss." + series + "." + reg + "." + lags;
        KpssResult r = kpss.test(Reference.series(series));
        double stat = Reference.value(key + ".stat");
        assertThat(r.statistic()).isCloseTo(stat, within(1e-10 * stat));
        assertThat(r.lagsUsed()).isEqualTo((int) Reference.value(key + ".lags"));
        assertThat(r.pValue()).isCloseTo(Reference.value(key + ".pvalue"), within(1e-12));
        double[] crit = Reference.values(key + ".crit");
        assertThat(new double[] {r.criticalValues().at(0.10), r.criticalValues().at(0.05),
            r.criticalValues().at(0.025), r.criticalValues().at(0.01)}).containsExactly(crit, within(0.0));
        PValueBound expectedBound = r.statistic() > crit[3] ? PValueBound.UPPER_BOUND
                : r.statistic() < crit[0] ? PValueBound.LOWER_BOUND : PValueBound.POINT;
        assertThat(r.pValueBound()).isEqualTo(expectedBound);
    }

    @Test
    void levelStatisticAndInterpolatedPValueByHand() {
        // x = 1, 2, 3, 4; residuals from the mean 2.5: -1.5, -0.5, 0.5, 1.5.
        // Partial sums -1.5, -2, -1.5, 0: sum of squares 2.25 + 4 + 2.25 + 0 = 8.5; eta = 8.5/16 = 0.53125.
        // Zero lags: s^2 = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25. KPSS = 0.53125/1.25 = 0.425.
        // Between 0.347 (10%) and 0.463 (5%): w = 0.078/0.116 = 0.6724138, p = 0.10 - 0.05 w = 0.0663793.
        KpssResult r = Kpss.level().withFixedLags(0).test(new double[] {1, 2, 3, 4});
        assertThat(r.statistic()).isCloseTo(0.425, within(1e-15));
        assertThat(r.pValue()).isCloseTo(0.0663793, within(1e-7));
        assertThat(r.pValueBound()).isEqualTo(PValueBound.POINT);
        assertThat(r.nobs()).isEqualTo(4);
        assertThat(r.rejectsNull(0.10)).isTrue();
        assertThat(r.rejectsNull(0.05)).isFalse();
    }

    @Test
    void oneLagBartlettVarianceByHand() {
        // Same residuals, one lag: gamma_1 sum = (-0.5)(-1.5) + (0.5)(-0.5) + (1.5)(0.5) = 0.75 - 0.25 + 0.75 = 1.25;
        // weight 1 - 1/2 = 0.5: s^2 = (5 + 2 * 1.25 * 0.5)/4 = 6.25/4 = 1.5625. KPSS = 0.53125/1.5625 = 0.34.
        // 0.34 < 0.347: p-value clipped at 0.10, true p-value greater.
        KpssResult r = Kpss.level().withFixedLags(1).test(new double[] {1, 2, 3, 4});
        assertThat(r.statistic()).isCloseTo(0.34, within(1e-15));
        assertThat(r.pValue()).isEqualTo(0.10);
        assertThat(r.pValueBound()).isEqualTo(PValueBound.LOWER_BOUND);
        assertThat(r.rejectsNull(0.10)).isFalse();
        assertThat(r.nullHypothesis()).isEqualTo("The series is level stationary");
        assertThat(r.alternativeHypothesis()).contains("not level stationary");
        assertThat(r.lagsUsed()).isEqualTo(1);
    }

    @Test
    void randomWalkIsBeyondTheTable() {
        KpssResult r = Kpss.level().test(Reference.series("rw"));
        assertThat(r.pValue()).isEqualTo(0.01);
        assertThat(r.pValueBound()).isEqualTo(PValueBound.UPPER_BOUND);
        // The true p-value is below 0.01, so the null is rejected at 1% too.
        assertThat(r.rejectsNull(0.01)).isTrue();
        assertThat(r.rejectsNull(0.005)).isFalse();
        KpssResult t = Kpss.trend().test(Reference.series("trend"));
        assertThat(t.nullHypothesis()).isEqualTo("The series is trend stationary");
        assertThat(t.alternativeHypothesis()).contains("not trend stationary");
        assertThat(Kpss.trend().lagRule()).isEqualTo(Kpss.LagRule.AUTO);
        assertThat(Kpss.trend().stationarity()).isEqualTo(Kpss.Stationarity.TREND);
    }

    @Test
    void timeSeriesWithAGapIsRefused() {
        TimeSeries s = TimeSeries.ofEpochMillis(new long[] {1, 2, 3, 4}, new double[] {1, Double.NaN, 2, 3});
        assertThatThrownBy(() -> Kpss.level().test(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain missing (NaN)").hasMessageContaining("at index 1");
        TimeSeries ok = TimeSeries.ofEpochMillis(new long[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4});
        assertThat(Kpss.level().withFixedLags(0).test(ok).statistic()).isCloseTo(0.425, within(1e-15));
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Kpss.level().test(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' must have at least 3 observations").hasMessageContaining("length 2");
        assertThatThrownBy(() -> Kpss.level().test(new double[] {2, 2, 2, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be constant");
        assertThatThrownBy(() -> Kpss.level().withFixedLags(4).test(new double[] {1, 2, 3, 5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lags' must be less than the 4 observations but has value 4");
        assertThatThrownBy(() -> Kpss.level().withFixedLags(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lags' must be zero or greater but has value -1");
    }

    @Property(tries = 30)
    void statisticIsScaleAndShiftInvariant(@ForAll @DoubleRange(min = 0.01, max = 100) double scale,
            @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
        // Residuals scale by a and lose b; eta and s^2 both scale by a^2, so their ratio is unchanged.
        double[] x = Reference.series("trend");
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = scale * x[i] + shift;
        }
        assertThat(Kpss.trend().test(y).statistic()).isCloseTo(Kpss.trend().test(x).statistic(), within(1e-9));
    }
}
