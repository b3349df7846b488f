package io.github.basisspread.core.series;

import static io.github.basisspread.core.series.SeriesArbitraries.T0;
import static io.github.basisspread.core.series.SeriesArbitraries.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static final double NaN = Double.NaN;

    // left at +0, +10, +20, +30 s; right at +5, +12, +29 (missing), +40 s.
    private static final TimeSeries LEFT = at(new long[] {0, 10, 20, 30}, 100, 101, NaN, 103);
    private static final TimeSeries RIGHT = at(new long[] {5, 12, 29, 40}, 1, 2, NaN, 4);
    private static final Alignment TEN_SECONDS = Alignment.asOf(Duration.ofSeconds(10));

    @Test
    void leftJoinTakesLastPresentRightValueWithinStaleness() {
        AlignedPair p = TEN_SECONDS.leftJoin(LEFT, RIGHT);
        // t=0: no right observation yet; t=10: right@5 is 5 s old; t=20: right@12 is 8 s old;
        // t=30: right@29 is missing, so the last present is right@12, 18 s old > 10 s: stale.
        assertThat(p.epochNanosArray()).containsExactly(LEFT.epochNanosArray());
        assertThat(p.left().valuesArray()).containsExactly(100, 101, NaN, 103);
        assertThat(p.right().valuesArray()).containsExactly(NaN, 1, 2, NaN);
        assertThat(p.right().epochNanosArray()).containsExactly(LEFT.epochNanosArray());
        assertThat(p.leftSourceIndex(2)).isEqualTo(-1);
        assertThat(p.leftSourceIndex(3)).isEqualTo(3);
        assertThat(p.rightSourceIndex(0)).isEqualTo(-1);
        assertThat(p.rightSourceIndex(1)).isZero();
        assertThat(p.rightSourceIndex(2)).isEqualTo(1);
        assertThat(p.rightSourceIndex(3)).isEqualTo(-1);
        assertThat(p.size()).isEqualTo(4);
        assertThat(p.time(1)).isEqualTo(T0.plusSeconds(10));
        assertThat(p.epochNanos(1)).isEqualTo(LEFT.epochNanos(1));
    }

    @Test
    void innerKeepsOnlyTimesWithBothValuesPresentAndFresh() {
        AlignedPair p = TEN_SECONDS.inner(LEFT, RIGHT);
        // Of the left-join above only t=10 has both values (t=20 has no left value).
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.time(0)).isEqualTo(T0.plusSeconds(10));
        assertThat(p.left().valuesArray()).containsExactly(101);
        assertThat(p.right().valuesArray()).containsExactly(1);
        assertThat(p.leftSourceIndex(0)).isEqualTo(1);
        assertThat(p.rightSourceIndex(0)).isZero();
    }

    @Test
    void outerAlignsBothSidesOnTheUnionOfTimestamps() {
        AlignedPair p = TEN_SECONDS.outer(LEFT, RIGHT);
        // Union 0, 5, 10, 12, 20, 29, 30, 40.
        assertThat(p.epochNanosArray()).containsExactly(Arrays.stream(new long[] {0, 5, 10, 12, 20, 29, 30, 40})
                .map(s -> T0.plusSeconds(s).getEpochSecond() * 1_000_000_000L).toArray());
        // Left: 20 is missing, so left@10 (exactly 10 s old at 20: still fresh, the limit is inclusive);
        // at 29 left@10 is 19 s old; at 40 left@30 is exactly 10 s old.
        assertThat(p.left().valuesArray()).containsExactly(100, 100, 101, 101, 101, NaN, 103, 103);
        // Right: at 29 and 30 the last present is right@12, 17 and 18 s old.
        assertThat(p.right().valuesArray()).containsExactly(NaN, 1, 1, 2, 2, NaN, NaN, 4);
    }

    @Test
    void outerMergesEqualTimestampsOnce() {
        TimeSeries a = at(new long[] {0, 10}, 1, 2);
        TimeSeries b = at(new long[] {10, 20}, 3, 4);
        AlignedPair p = Alignment.exact().outer(a, b);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.left().valuesArray()).containsExactly(1, 2, NaN);
        assertThat(p.right().valuesArray()).containsExactly(NaN, 3, 4);
        assertThat(Alignment.exact().outer(TimeSeries.empty(), TimeSeries.empty()).size()).isZero();
    }

    @Test
    void onGridSamplesBothSidesAsOfEachGridTime() {
        AlignedPair p = TEN_SECONDS.onGrid(List.of(T0.plusSeconds(15), T0.plusSeconds(41)), LEFT, RIGHT);
        // Left at 15: left@10, 5 s old; at 41: left@30, 11 s old (stale).
        // Right at 15: right@12, 3 s old; at 41: right@40, 1 s old.
        assertThat(p.left().valuesArray()).containsExactly(101, NaN);
        assertThat(p.right().valuesArray()).containsExactly(2, 4);
        assertThat(p.rightSourceIndex(1)).isEqualTo(3);
    }

    @Test
    void exactAlignmentMatchesEqualTimestampsOnly() {
        TimeSeries a = at(new long[] {0, 10}, 1, 2);
        TimeSeries b = at(new long[] {1, 10}, 7, 8);
        assertThat(Alignment.exact().leftJoin(a, b).right().valuesArray()).containsExactly(NaN, 8);
        assertThat(Alignment.asOf(Duration.ZERO)).isSameAs(Alignment.exact());
        assertThat(Alignment.exact().maxStaleness()).isEqualTo(Duration.ZERO);
    }

    @Test
    void veryLongStalenessSpansTheWholeRepresentableRange() {
        // 1700 to 2200 is 182,621 days (500 years, 121 leap days), more than a signed long of
        // nanoseconds holds (292 years). Limits: 600 y saturates at 2^64 - 1 ns; 550 y = 200,750 days
        // and 450 y = 164,250 days both exceed a signed long but fit an unsigned one.
        TimeSeries old = TimeSeries.of(List.of(Instant.parse("1700-01-01T00:00:00Z")), new double[] {5});
        TimeSeries late = TimeSeries.of(List.of(Instant.parse("2200-01-01T00:00:00Z")), new double[] {6});
        assertThat(Alignment.asOf(Duration.ofDays(365L * 600)).leftJoin(late, old).right().valuesArray())
                .containsExactly(5);
        assertThat(Alignment.asOf(Duration.ofDays(365L * 550)).leftJoin(late, old).right().valuesArray())
                .containsExactly(5);
        assertThat(Alignment.asOf(Duration.ofDays(365L * 450)).leftJoin(late, old).right().valuesArray())
                .containsExactly(NaN);
        assertThat(Alignment.asOf(Duration.ofDays(182_621)).leftJoin(late, old).right().valuesArray())
                .containsExactly(5);
        assertThat(Alignment.asOf(Duration.ofDays(182_621).minusNanos(1)).leftJoin(late, old).right().valuesArray())
                .containsExactly(NaN);
        assertThat(Alignment.asOf(Duration.ofSeconds(Long.MAX_VALUE)).leftJoin(late, old).right().valuesArray())
                .containsExactly(5);
    }

    @Test
    void valueSemantics() {
        assertThat(Alignment.asOf(Duration.ofSeconds(3))).isEqualTo(Alignment.asOf(Duration.ofMillis(3000)))
                .hasSameHashCodeAs(Alignment.asOf(Duration.ofMillis(3000)))
                .isNotEqualTo(Alignment.exact()).hasToString("Alignment[asOf, maxStaleness=PT3S]");
        AlignedPair p = TEN_SECONDS.leftJoin(LEFT, RIGHT);
        assertThat(p).isEqualTo(TEN_SECONDS.leftJoin(LEFT, RIGHT)).hasSameHashCodeAs(TEN_SECONDS.leftJoin(LEFT, RIGHT))
                .isNotEqualTo(TEN_SECONDS.inner(LEFT, RIGHT)).isNotEqualTo("x").isEqualTo(p);
        assertThat(p.toString()).isEqualTo("AlignedPair[size=4, from=2024-01-01T00:00:00Z, to=2024-01-01T00:00:30Z]");
        assertThat(TEN_SECONDS.inner(LEFT, TimeSeries.empty())).hasToString("AlignedPair[size=0]");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Alignment.asOf(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'maxStaleness' must be zero or positive").hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> Alignment.asOf(null)).hasMessageContaining("'maxStaleness' must not be null");
        assertThatThrownBy(() -> TEN_SECONDS.leftJoin(null, RIGHT)).hasMessageContaining("'left' must not be null");
        assertThatThrownBy(() -> TEN_SECONDS.leftJoin(LEFT, null)).hasMessageContaining("'right' must not be null");
        assertThatThrownBy(() -> TEN_SECONDS.outer(LEFT, null)).hasMessageContaining("'right' must not be null");
        assertThatThrownBy(() -> TEN_SECONDS.onGrid(null, LEFT, RIGHT)).hasMessageContaining("'grid' must not be null");
        assertThatThrownBy(() -> TEN_SECONDS.onGrid(List.of(T0.plusSeconds(1), T0), LEFT, RIGHT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'grid' must be strictly increasing").hasMessageContaining("index 1");
        List<Instant> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> TEN_SECONDS.onGrid(withNull, LEFT, RIGHT))
                .hasMessageContaining("'grid' must not contain null");
    }

    // ---- properties ----

    @Provide
    Arbitrary<TimeSeries> series() {
        return SeriesArbitraries.series(40, 20, -100, 100);
    }

    @Property
    void neverLooksAhead(@ForAll("series") TimeSeries left, @ForAll("series") TimeSeries right,
            @ForAll @IntRange(max = 30) int stalenessSeconds, @ForAll @IntRange(max = 200) int cutSeconds) {
        Alignment a = Alignment.asOf(Duration.ofSeconds(stalenessSeconds));
        Instant cut = T0.plusSeconds(cutSeconds);
        // Change every right value after the cut (present becomes another value or missing, missing becomes present)
        // and add a later observation: nothing aligned at or before the cut may change.
        TimeSeries.Builder changed = TimeSeries.builder();
        for (int i = 0; i < right.size(); i++) {
            boolean after = right.time(i).isAfter(cut);
            double v = right.value(i);
            changed.add(right.time(i), !after ? v : (Double.isNaN(v) ? 7.0 : (i % 2 == 0 ? v + 1 : Double.NaN)));
        }
        changed.add(T0.plusSeconds(100_000), 9.0);
        TimeSeries right2 = changed.build();
        List<AlignedPair[]> pairs = List.of(
                new AlignedPair[] {a.leftJoin(left, right), a.leftJoin(left, right2)},
                new AlignedPair[] {a.outer(left, right), a.outer(left, right2)},
                new AlignedPair[] {a.onGrid(gridOf(left), left, right), a.onGrid(gridOf(left), left, right2)});
        for (AlignedPair[] pair : pairs) {
            for (int i = 0; i < pair[0].size(); i++) {
                if (!pair[0].time(i).isAfter(cut)) {
                    assertThat(Double.valueOf(pair[1].right().value(i))).isEqualTo(Double.valueOf(pair[0].right().value(i)));
                    assertThat(Double.valueOf(pair[1].left().value(i))).isEqualTo(Double.valueOf(pair[0].left().value(i)));
                    assertThat(pair[1].rightSourceIndex(i)).isEqualTo(pair[0].rightSourceIndex(i));
                }
            }
        }
        AlignedPair inner = a.inner(left, right);
        AlignedPair inner2 = a.inner(left, right2);
        List<String> before = new ArrayList<>();
        List<String> before2 = new ArrayList<>();
        for (int i = 0; i < inner.size(); i++) {
            if (!inner.time(i).isAfter(cut)) {
                before.add(inner.time(i) + "=" + inner.right().value(i));
            }
        }
        for (int i = 0; i < inner2.size(); i++) {
            if (!inner2.time(i).isAfter(cut)) {
                before2.add(inner2.time(i) + "=" + inner2.right().value(i));
            }
        }
        assertThat(before2).isEqualTo(before);
    }

    @Property
    void alignedValueComesFromTheLastPresentObservationWithinTheLimit(@ForAll("series") TimeSeries left,
            @ForAll("series") TimeSeries right, @ForAll @IntRange(max = 30) int stalenessSeconds) {
        Duration limit = Duration.ofSeconds(stalenessSeconds);
        Alignment a = Alignment.asOf(limit);
        for (AlignedPair p : List.of(a.leftJoin(left, right), a.outer(left, right), a.inner(left, right))) {
            for (int i = 0; i < p.size(); i++) {
                Instant t = p.time(i);
                int src = p.rightSourceIndex(i);
                // Naive search: the last present right observation at or before t.
                int last = -1;
                for (int j = 0; j < right.size(); j++) {
                    if (!right.time(j).isAfter(t) && !right.isMissing(j)) {
                        last = j;
                    }
                }
                boolean fresh = last >= 0 && Duration.between(right.time(last), t).compareTo(limit) <= 0;
                assertThat(src).isEqualTo(fresh ? last : -1);
                if (src >= 0) {
                    assertThat(right.time(src)).isBeforeOrEqualTo(t);
                    assertThat(p.right().value(i)).isEqualTo(right.value(src));
                } else {
                    assertThat(p.right().isMissing(i)).isTrue();
                }
            }
        }
        AlignedPair inner = a.inner(left, right);
        for (int i = 0; i < inner.size(); i++) {
            assertThat(inner.left().isMissing(i) || inner.right().isMissing(i)).isFalse();
            assertThat(inner.left().value(i)).isEqualTo(left.value(inner.leftSourceIndex(i)));
            assertThat(left.time(inner.leftSourceIndex(i))).isEqualTo(inner.time(i));
        }
    }

    private static List<Instant> gridOf(TimeSeries s) {
        List<Instant> grid = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            grid.add(s.time(i).plusMillis(500));
        }
        return grid;
    }
}
