package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

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

class AugmentedDickeyFullerTest {

    /** Relative tolerance of statistics against statsmodels (the brief asks 1e-6; we hold 1e-9). */
    private static final double STAT_REL = 1e-9;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String s : new String[] {"rw", "ar1", "trend", "short"}) {
            for (Deterministic d : Deterministic.values()) {
                for (LagSelection l : LagSelection.values()) {
                    out.add(Arguments.of(s, d, l));
                }
            }
        }
        return out.stream();
    }

    private static String code(Deterministic d) {
        return switch (d) {
            case NONE -> "n";
            case CONSTANT -> "c";
            case CONSTANT_TREND -> "ct";
        };
    }

    private static String code(LagSelection l) {
        return switch (l) {
            case AIC -> "AIC";
            case BIC -> "BIC";
            case T_STAT -> "t-stat";
            case FIXED -> "fixed";
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void matchesStatsmodelsAdfuller(String series, Deterministic d, LagSelection l) {
        String key = "adf." + series + "." + code(d) + "." + code(l);
        AugmentedDickeyFuller adf = AugmentedDickeyFuller.of(d).withLagSelection(l);
        if (l == LagSelection.FIXED) {
            adf = adf.withMaxLag(3); // the script ran adfuller(maxlag=3, autolag=None)
        }
        AdfResult r = adf.test(Reference.series(series));
        assertThat(r.statistic()).isCloseTo(Reference.value(key + ".stat"), relative(Reference.value(key + ".stat")));
        assertThat(r.lagsUsed()).isEqualTo((int) Reference.value(key + ".usedlag"));
        assertThat(r.nobs()).isEqualTo((int) Reference.value(key + ".nobs"));
        // p-value: same polynomial and normal cdf; 1e-9 relative, 1e-15 absolute near 0.
        double p = Reference.value(key + ".pvalue");
        assertThat(r.pValue()).isCloseTo(p, within(1e-9 * p + 1e-15));
        double[] crit = Reference.values(key + ".crit");
        assertThat(r.criticalValues().at(0.01)).isCloseTo(crit[0], within(1e-12));
        assertThat(r.criticalValues().at(0.05)).isCloseTo(crit[1], within(1e-12));
        assertThat(r.criticalValues().at(0.10)).isCloseTo(crit[2], within(1e-12));
        if (l == LagSelection.FIXED) {
            assertThat(r.selectionCriterion()).isEmpty();
        } else {
            assertThat(r.selectionCriterion().getAsDouble())
                    .isCloseTo(Reference.value(key + ".icbest"), relative(Reference.value(key + ".icbest")));
        }
    }

    /** STAT_REL relative to the reference value, as an AssertJ offset. */
    static org.assertj.core.data.Offset<Double> relative(double expected) {
        return within(STAT_REL * Math.abs(expected));
    }

    @Test
    void explicitMaxLagWithAicSearchesOnlyUpToIt() {
        AdfResult r = AugmentedDickeyFuller.of().withMaxLag(5).test(Reference.series("ar1"));
        assertThat(r.statistic()).isCloseTo(Reference.value("adf.ar1.c.AIC5.stat"), withinPercentage(1e-7));
        assertThat(r.lagsUsed()).isEqualTo((int) Reference.value("adf.ar1.c.AIC5.usedlag"));
        assertThat(r.nobs()).isEqualTo((int) Reference.value("adf.ar1.c.AIC5.nobs"));
        assertThat(r.maxLag()).isEqualTo(5);
    }

    @Test
    void dickeyFullerWithoutLagsByHand() {
        // x = 0, 1, 0, 2, 1; no lags, no terms: dx_t = g x_{t-1} + e over t = 1..4.
        // dx = 1, -1, 2, -1 and x_{t-1} = 0, 1, 0, 2.
        // g = sum(x dx)/sum(x^2) = (0 - 1 + 0 - 2)/(0 + 1 + 0 + 4) = -3/5 = -0.6.
        // residuals = 1, -1+0.6, 2, -1+1.2 = 1, -0.4, 2, 0.2; SSR = 1 + 0.16 + 4 + 0.04 = 5.2.
        // s^2 = 5.2/3; se(g) = sqrt(s^2/5) = sqrt(0.3466667) = 0.5887841; tau = -0.6/0.5887841 = -1.0190493.
        AdfResult r = AugmentedDickeyFuller.of(Deterministic.NONE).withFixedLags(0).test(new double[] {0, 1, 0, 2, 1});
        assertThat(r.statistic()).isCloseTo(-1.0190493, within(1e-7));
        assertThat(r.nobs()).isEqualTo(4);
        assertThat(r.lagsUsed()).isZero();
        // tau = -1.019 is right of tau*(n, N=1) = -1.04: the large-p cubic
        // 0.4797 + 0.93557 tau - 0.06999 tau^2 + 0.033066 tau^3
        // = 0.4797 - 0.9533920 - 0.0726819 - 0.0349919 = -0.5813658; Phi(-0.5813658) = 0.2804970.
        assertThat(r.pValue()).isCloseTo(0.2804970, within(1e-6));
    }

    @Test
    void describesTheHypotheses() {
        AdfResult r = AugmentedDickeyFuller.of().test(Reference.series("ar1"));
        assertThat(r.nullHypothesis()).contains("unit root");
        assertThat(r.alternativeHypothesis()).isEqualTo("The series is stationary around a constant");
        assertThat(AugmentedDickeyFuller.of(Deterministic.NONE).test(Reference.series("ar1")).alternativeHypothesis())
                .contains("around zero");
        assertThat(AugmentedDickeyFuller.of(Deterministic.CONSTANT_TREND).test(Reference.series("ar1"))
                .alternativeHypothesis()).contains("linear trend");
        // The stationary AR(1) (phi = 0.6) rejects the unit root; the random walk does not.
        assertThat(r.rejectsNull(0.01)).isTrue();
        assertThat(AugmentedDickeyFuller.of().test(Reference.series("rw")).rejectsNull(0.05)).isFalse();
    }

    @Test
    void specAccessorsAndTimeSeries() {
        AugmentedDickeyFuller adf = AugmentedDickeyFuller.of().withDeterministic(Deterministic.CONSTANT_TREND)
                .withLagSelection(LagSelection.BIC);
        assertThat(adf.deterministic()).isEqualTo(Deterministic.CONSTANT_TREND);
        assertThat(adf.lagSelection()).isEqualTo(LagSelection.BIC);
        assertThat(adf.maxLag()).isEmpty();
        double[] x = Reference.series("trend");
        long[] t = new long[x.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 60_000L;
        }
        assertThat(adf.test(TimeSeries.ofEpochMillis(t, x))).isEqualTo(adf.test(x));
    }

    @Test
    void refusesBadInput() {
        AugmentedDickeyFuller adf = AugmentedDickeyFuller.of();
        assertThatThrownBy(() -> adf.test((double[]) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' must not be null");
        assertThatThrownBy(() -> adf.test(new double[] {1, 2, Double.NaN, 4, 5, 6, 7, 8}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' must not contain missing (NaN)").hasMessageContaining("at index 2");
        assertThatThrownBy(() -> adf.test(new double[] {3, 3, 3, 3, 3, 3, 3, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' must not be constant but has every value equal to 3.0");
        assertThatThrownBy(() -> adf.test(new double[] {1, 2, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' must have at least 4 observations").hasMessageContaining("length 3");
        assertThatThrownBy(() -> adf.withFixedLags(14).test(Reference.series("short")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'maxLag' must be at most n/2 - 1 - 1 = 13")
                .hasMessageContaining("value 14");
        assertThatThrownBy(() -> adf.withMaxLag(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'maxLag' must be zero or greater but has value -1");
        assertThatThrownBy(() -> adf.test(Reference.series("ar1")).rejectsNull(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'alpha'");
    }

    @Property(tries = 30)
    void statisticIsInvariantToAffineRescaling(@ForAll @DoubleRange(min = 0.01, max = 100) double scale,
            @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
        // With a constant, x -> a x + b rescales dx and x_{t-1} alike and the constant absorbs b:
        // the t-value of the level is unchanged, and so is the AIC ranking of the lags.
        double[] x = Reference.series("ar1");
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = scale * x[i] + shift;
        }
        AdfResult a = AugmentedDickeyFuller.of().test(x);
        AdfResult b = AugmentedDickeyFuller.of().test(y);
        assertThat(b.lagsUsed()).isEqualTo(a.lagsUsed());
        assertThat(b.statistic()).isCloseTo(a.statistic(), within(1e-8));
    }
}
