package io.github.basisspread.core.series;

import static io.github.basisspread.core.series.SeriesArbitraries.at;
import static io.github.basisspread.core.series.SeriesArbitraries.regular;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RollingWindowTest {

    private static final double NaN = Double.NaN;
    private static final TimeSeries HOURLY = regular(3600, 1, 2, 4, NaN, 8, 16);

    @Test
    void countWindowRequiresAFullWindowByDefault() {
        RollingWindow w = RollingWindow.ofCount(3);
        assertThat(w.minObservations()).isEqualTo(3);
        // Only {1, 2, 4} is a full window of present values: sum 7, mean 7/3,
        // squared deviations (4/3)^2 + (1/3)^2 + (5/3)^2 = 42/9, over 2: variance 7/3.
        assertThat(w.sum(HOURLY).valuesArray()).containsExactly(NaN, NaN, 7, NaN, NaN, NaN);
        assertThat(w.mean(HOURLY).value(2)).isCloseTo(7.0 / 3, within(1e-15));
        assertThat(w.variance(HOURLY).value(2)).isCloseTo(7.0 / 3, within(1e-15));
        assertThat(w.standardDeviation(HOURLY).value(2)).isCloseTo(Math.sqrt(7.0 / 3), within(1e-15));
        assertThat(w.min(HOURLY).valuesArray()).containsExactly(NaN, NaN, 1, NaN, NaN, NaN);
        assertThat(w.max(HOURLY).valuesArray()).containsExactly(NaN, NaN, 4, NaN, NaN, NaN);
        assertThat(w.sum(HOURLY).epochNanosArray()).containsExactly(HOURLY.epochNanosArray());
    }

    @Test
    void countWindowWithFewerObservationsRequired() {
        RollingWindow w = RollingWindow.ofCount(3).withMinObservations(2);
        // Windows of present values: {1}, {1,2}, {1,2,4}, {2,4}, {4,8}, {8,16}.
        assertThat(w.sum(HOURLY).valuesArray()).containsExactly(NaN, 3, 7, 6, 12, 24);
        assertThat(w.mean(HOURLY).valuesArray()).containsExactly(NaN, 1.5, 7.0 / 3, 3, 6, 12);
        // {1,2}: (0.25 + 0.25) / 1 = 0.5; {2,4}: (1 + 1) / 1 = 2; {4,8}: 4 + 4 = 8; {8,16}: 16 + 16 = 32.
        double[] variance = w.variance(HOURLY).valuesArray();
        assertThat(variance[0]).isNaN();
        assertThat(variance[1]).isCloseTo(0.5, within(1e-15));
        assertThat(variance[2]).isCloseTo(7.0 / 3, within(1e-15));
        assertThat(variance[3]).isCloseTo(2, within(1e-15));
        assertThat(variance[4]).isCloseTo(8, within(1e-14));
        assertThat(variance[5]).isCloseTo(32, within(1e-14));
        assertThat(w.min(HOURLY).valuesArray()).containsExactly(NaN, 1, 1, 2, 4, 8);
        assertThat(w.max(HOURLY).valuesArray()).containsExactly(NaN, 2, 4, 4, 8, 16);
    }

    @Test
    void timeWindowIsHalfOpenOnTheLeft() {
        RollingWindow w = RollingWindow.ofDuration(Duration.ofHours(2));
        assertThat(w.minObservations()).isEqualTo(1);
        // (t - 2h, t]: the observation exactly 2 h old has left. Windows: {1}, {1,2}, {2,4}, {4,NaN}, {NaN,8}, {8,16}.
        assertThat(w.sum(HOURLY).valuesArray()).containsExactly(1, 3, 6, 4, 8, 24);
        assertThat(w.mean(HOURLY).valuesArray()).containsExactly(1, 1.5, 3, 4, 8, 12);
        // A single present value has no sample variance.
        assertThat(w.variance(HOURLY).valuesArray()).containsExactly(NaN, 0.5, 2, NaN, NaN, 32);
        assertThat(w.min(HOURLY).valuesArray()).containsExactly(1, 1, 2, 4, 8, 8);
        assertThat(w.max(HOURLY).valuesArray()).containsExactly(1, 2, 4, 4, 8, 16);
    }

    @Test
    void timeWindowOnIrregularTimes() {
        // At 0, 30, 90 and 200 min. One hour windows: {10}, {10,20}, {30} (the 30 min value is exactly 1 h old), {40}.
        TimeSeries s = at(new long[] {0, 1800, 5400, 12_000}, 10, 20, 30, 40);
        RollingWindow w = RollingWindow.ofDuration(Duration.ofHours(1));
        assertThat(w.sum(s).valuesArray()).containsExactly(10, 30, 30, 40);
        assertThat(w.withMinObservations(2).mean(s).valuesArray()).containsExactly(NaN, 15, NaN, NaN);
        assertThat(w.max(s).valuesArray()).containsExactly(10, 20, 30, 40);
        assertThat(w.min(s).valuesArray()).containsExactly(10, 10, 30, 40);
    }

    @Test
    void varianceIsStableFarFromZero() {
        // 1e9 + {4, 7, 13, 16}: mean 1e9 + 10, squared deviations 36 + 9 + 9 + 36 = 90, variance 90 / 3 = 30.
        // The next window {7, 13, 16, 4} has the same variance. A naive sum of squares works at 1e18,
        // where one ulp is 128, and loses every digit; Welford's updates work on deviations of size 6.
        TimeSeries s = regular(1, 1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16, 1e9 + 4);
        TimeSeries v = RollingWindow.ofCount(4).variance(s);
        // Each update rounds at ulp(1e9) = 1.2e-7 times deviations of about 6: a few 1e-6 at worst.
        assertThat(v.value(3)).isCloseTo(30, within(1e-5));
        assertThat(v.value(4)).isCloseTo(30, within(1e-5));
        // Constant windows have a variance of exactly zero, never a negative one.
        TimeSeries constant = regular(1, 0.1, 0.1, 0.1, 0.1, 0.1);
        assertThat(RollingWindow.ofCount(3).variance(constant).valuesArray()).containsExactly(NaN, NaN, 0, 0, 0);
    }

    @Test
    void stateResetsWhenTheWindowEmpties() {
        // 1e16 leaves the window before 1 and 2 arrive; compensated sums give exactly 1 and 3 afterwards.
        TimeSeries s = at(new long[] {0, 10_000, 10_001}, 1e16, 1, 2);
        RollingWindow w = RollingWindow.ofDuration(Duration.ofHours(1));
        assertThat(w.sum(s).valuesArray()).containsExactly(1e16, 1, 3);
        assertThat(w.variance(s).valuesArray()).containsExactly(NaN, NaN, 0.5);
        // In a count window the compensation also survives a large value leaving: {1e16, 1, 1} -> {1, 1, 2}.
        TimeSeries t = regular(1, 1e16, 1, 1, 2);
        assertThat(RollingWindow.ofCount(3).sum(t).valuesArray()).containsExactly(NaN, NaN, 1e16 + 2, 4);
    }

    @Test
    void valueSemantics() {
        assertThat(RollingWindow.ofCount(3)).isEqualTo(RollingWindow.ofCount(3))
                .hasSameHashCodeAs(RollingWindow.ofCount(3)).isNotEqualTo(RollingWindow.ofCount(3).withMinObservations(2))
                .isNotEqualTo(RollingWindow.ofDuration(Duration.ofNanos(3))).isNotEqualTo("w")
                .hasToString("RollingWindow[count=3, minObservations=3]");
        assertThat(RollingWindow.ofDuration(Duration.ofMinutes(5)))
                .isEqualTo(RollingWindow.ofDuration(Duration.ofSeconds(300)))
                .hasToString("RollingWindow[duration=PT5M, minObservations=1]");
        assertThat(RollingWindow.ofDuration(Duration.ofMinutes(5)).withMinObservations(100).minObservations()).isEqualTo(100);
        assertThat(RollingWindow.ofCount(2).sum(TimeSeries.empty()).isEmpty()).isTrue();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> RollingWindow.ofCount(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'n' must be greater than zero but has value 0");
        assertThatThrownBy(() -> RollingWindow.ofDuration(Duration.ZERO))
                .hasMessageContaining("'width' must be positive but has value PT0S");
        assertThatThrownBy(() -> RollingWindow.ofDuration(Duration.ofSeconds(-1)))
                .hasMessageContaining("'width' must be positive but has value PT-1S");
        assertThatThrownBy(() -> RollingWindow.ofDuration(null)).hasMessageContaining("'width' must not be null");
        assertThatThrownBy(() -> RollingWindow.ofCount(3).withMinObservations(0))
                .hasMessageContaining("'minObservations' must be greater than zero but has value 0");
        assertThatThrownBy(() -> RollingWindow.ofCount(3).withMinObservations(4))
                .hasMessageContaining("'minObservations' must be at most the window length 3 but has value 4");
        assertThatThrownBy(() -> RollingWindow.ofCount(3).mean(null)).hasMessageContaining("'series' must not be null");
        assertThatThrownBy(() -> RollingWindow.ofCount(3).max(null)).hasMessageContaining("'series' must not be null");
        assertThatThrownBy(() -> RollingWindow.ofCount(2).sum(regular(1, 1e308, 1e308)))
                .hasMessageContaining("'series' overflows to Infinity in the rolling SUM at index 1");
        assertThatThrownBy(() -> RollingWindow.ofCount(2).mean(regular(1, -1e308, -1e308)))
                .hasMessageContaining("'series' overflows to -Infinity in the rolling MEAN at index 1");
        // Deviations of 2e308 square beyond the double range.
        assertThatThrownBy(() -> RollingWindow.ofCount(2).variance(regular(1, -1e308, 1e308)))
                .hasMessageContaining("'series' overflows to Infinity in the rolling VARIANCE at index 1");
    }

    // ---- properties ----

    @Provide
    Arbitrary<TimeSeries> series() {
        return SeriesArbitraries.series(60, 20, -100, 100);
    }

    @Property
    void countWindowsMatchNaiveRecomputation(@ForAll("series") TimeSeries s, @ForAll @IntRange(min = 1, max = 8) int n,
            @ForAll @IntRange(min = 1, max = 8) int minObs) {
        RollingWindow w = RollingWindow.ofCount(n).withMinObservations(Math.min(minObs, n));
        List<List<Double>> windows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            windows.add(presentValues(s, Math.max(0, i - n + 1), i));
        }
        checkAgainstNaive(w, s, windows, Math.min(minObs, n));
    }

    @Property
    void timeWindowsMatchNaiveRecomputation(@ForAll("series") TimeSeries s,
            @ForAll @IntRange(min = 1, max = 100) int widthSeconds, @ForAll @IntRange(min = 1, max = 4) int minObs) {
        RollingWindow w = RollingWindow.ofDuration(Duration.ofSeconds(widthSeconds)).withMinObservations(minObs);
        List<List<Double>> windows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Instant t = s.time(i);
            int from = 0;
            while (!s.time(from).isAfter(t.minusSeconds(widthSeconds))) {
                from++;
            }
            windows.add(presentValues(s, from, i));
        }
        checkAgainstNaive(w, s, windows, minObs);
    }

    @Property
    void outputsUseOnlyDataAtOrBeforeTheirTime(@ForAll("series") TimeSeries s, @ForAll @IntRange(max = 60) int cut,
            @ForAll @IntRange(min = 1, max = 100) int widthSeconds) {
        // Changing every value after index 'cut' leaves every output at or before it unchanged.
        TimeSeries.Builder b = TimeSeries.builder();
        for (int i = 0; i < s.size(); i++) {
            b.add(s.time(i), i <= cut ? s.value(i) : (s.isMissing(i) ? 50 : (i % 2 == 0 ? NaN : -s.value(i) + 1)));
        }
        TimeSeries changed = b.build();
        for (RollingWindow w : List.of(RollingWindow.ofCount(4).withMinObservations(1),
                RollingWindow.ofDuration(Duration.ofSeconds(widthSeconds)))) {
            TimeSeries[] before = {w.sum(s), w.mean(s), w.variance(s), w.min(s), w.max(s)};
            TimeSeries[] after = {w.sum(changed), w.mean(changed), w.variance(changed), w.min(changed), w.max(changed)};
            for (int k = 0; k < before.length; k++) {
                for (int i = 0; i <= Math.min(cut, s.size() - 1); i++) {
                    assertThat(Double.valueOf(after[k].value(i))).isEqualTo(Double.valueOf(before[k].value(i)));
                }
            }
        }
    }

    private static List<Double> presentValues(TimeSeries s, int from, int to) {
        List<Double> out = new ArrayList<>();
        for (int j = from; j <= to; j++) {
            if (!s.isMissing(j)) {
                out.add(s.value(j));
            }
        }
        return out;
    }

    private static void checkAgainstNaive(RollingWindow w, TimeSeries s, List<List<Double>> windows, int minObs) {
        TimeSeries sum = w.sum(s);
        TimeSeries mean = w.mean(s);
        TimeSeries variance = w.variance(s);
        TimeSeries std = w.standardDeviation(s);
        TimeSeries min = w.min(s);
        TimeSeries max = w.max(s);
        for (int i = 0; i < s.size(); i++) {
            List<Double> v = windows.get(i);
            int m = v.size();
            if (m < minObs) {
                for (TimeSeries out : List.of(sum, mean, variance, std, min, max)) {
                    assertThat(out.isMissing(i)).isTrue();
                }
                continue;
            }
            double naiveSum = 0;
            for (double x : v) {
                naiveSum += x;
            }
            double naiveMean = naiveSum / m;
            double ss = 0;
            for (double x : v) {
                ss += (x - naiveMean) * (x - naiveMean);
            }
            // Values in [-100, 100], at most 60 updates: sums are exact to about 60 * eps * 6000 = 8e-11,
            // squared deviations (scale 1e4) to about 60 * eps * 1e4 * 60 = 1.6e-8 after repeated add/remove.
            assertThat(sum.value(i)).isCloseTo(naiveSum, within(1e-9));
            assertThat(mean.value(i)).isCloseTo(naiveMean, within(1e-9));
            if (m < 2) {
                assertThat(variance.isMissing(i)).isTrue();
                assertThat(std.isMissing(i)).isTrue();
            } else {
                assertThat(variance.value(i)).isCloseTo(ss / (m - 1), within(1e-7));
                assertThat(variance.value(i)).isGreaterThanOrEqualTo(0);
                assertThat(std.value(i)).isEqualTo(Math.sqrt(variance.value(i)));
            }
            assertThat(min.value(i)).isEqualTo(v.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
            assertThat(max.value(i)).isEqualTo(v.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        }
    }
}
