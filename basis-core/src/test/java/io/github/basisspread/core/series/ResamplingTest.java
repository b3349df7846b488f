package io.github.basisspread.core.series;

import static io.github.basisspread.core.series.SeriesArbitraries.T0;
import static io.github.basisspread.core.series.SeriesArbitraries.at;
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

class ResamplingTest {

    private static final double NaN = Double.NaN;
    private static final Duration HOUR = Duration.ofHours(1);

    // 00:10 -> 10, 00:20 -> missing, 00:50 -> 14, 01:00 -> 12 (on the boundary: bucket 01:00),
    // 01:30 -> 16, 03:59:59 -> 11, 04:15 -> missing. Bucket 02:00 is empty, bucket 04:00 only missing.
    private static final TimeSeries PRICES = at(new long[] {600, 1200, 3000, 3600, 5400, 14_399, 15_300},
            10, NaN, 14, 12, 16, 11, NaN);

    private static Instant hour(int h) {
        return T0.plus(HOUR.multipliedBy(h));
    }

    @Test
    void aggregatesEachBucketIgnoringMissingValues() {
        Resampling r = Resampling.of(HOUR, EmptyBuckets.MISSING);
        TimeSeries first = r.aggregate(PRICES, Aggregation.FIRST);
        assertThat(first.size()).isEqualTo(5);
        for (int h = 0; h < 5; h++) {
            assertThat(first.time(h)).isEqualTo(hour(h));
        }
        assertThat(first.valuesArray()).containsExactly(10, 12, NaN, 11, NaN);
        assertThat(r.aggregate(PRICES, Aggregation.LAST).valuesArray()).containsExactly(14, 16, NaN, 11, NaN);
        // (10 + 14) / 2 = 12, (12 + 16) / 2 = 14
        assertThat(r.aggregate(PRICES, Aggregation.MEAN).valuesArray()).containsExactly(12, 14, NaN, 11, NaN);
        // 10 + 14 = 24, 12 + 16 = 28; the only-missing bucket sums to missing, not 0
        assertThat(r.aggregate(PRICES, Aggregation.SUM).valuesArray()).containsExactly(24, 28, NaN, 11, NaN);
        assertThat(r.aggregate(PRICES, Aggregation.MIN).valuesArray()).containsExactly(10, 12, NaN, 11, NaN);
        assertThat(r.aggregate(PRICES, Aggregation.MAX).valuesArray()).containsExactly(14, 16, NaN, 11, NaN);
    }

    @Test
    void omitsEmptyBucketsButKeepsBucketsWithOnlyMissingValues() {
        TimeSeries last = Resampling.of(HOUR, EmptyBuckets.OMIT).aggregate(PRICES, Aggregation.LAST);
        assertThat(last.size()).isEqualTo(4);
        assertThat(last.time(2)).isEqualTo(hour(3));
        assertThat(last.time(3)).isEqualTo(hour(4));
        assertThat(last.valuesArray()).containsExactly(14, 16, 11, NaN);
        assertThat(Resampling.of(HOUR, EmptyBuckets.OMIT).aggregate(TimeSeries.empty(), Aggregation.SUM).isEmpty()).isTrue();
        assertThat(Resampling.of(HOUR, EmptyBuckets.MISSING).aggregate(TimeSeries.empty(), Aggregation.SUM).isEmpty())
                .isTrue();
    }

    @Test
    void buildsOhlcBars() {
        OhlcSeries bars = Resampling.of(HOUR, EmptyBuckets.MISSING).ohlc(PRICES);
        assertThat(bars.size()).isEqualTo(5);
        assertThat(bars.time(1)).isEqualTo(hour(1));
        assertThat(bars.open().valuesArray()).containsExactly(10, 12, NaN, 11, NaN);
        assertThat(bars.high().valuesArray()).containsExactly(14, 16, NaN, 11, NaN);
        assertThat(bars.low().valuesArray()).containsExactly(10, 12, NaN, 11, NaN);
        assertThat(bars.close().valuesArray()).containsExactly(14, 16, NaN, 11, NaN);
        assertThat(bars.close().epochNanosArray()).containsExactly(bars.open().epochNanosArray());
        assertThat(Resampling.of(HOUR, EmptyBuckets.OMIT).ohlc(PRICES).size()).isEqualTo(4);
        assertThat(bars).isEqualTo(Resampling.of(HOUR, EmptyBuckets.MISSING).ohlc(PRICES))
                .hasSameHashCodeAs(Resampling.of(HOUR, EmptyBuckets.MISSING).ohlc(PRICES))
                .isNotEqualTo(Resampling.of(HOUR, EmptyBuckets.OMIT).ohlc(PRICES)).isNotEqualTo("bars")
                .hasToString("OhlcSeries[size=5, from=2024-01-01T00:00:00Z, to=2024-01-01T04:00:00Z]");
        assertThat(Resampling.of(HOUR, EmptyBuckets.OMIT).ohlc(TimeSeries.empty())).hasToString("OhlcSeries[size=0]");
    }

    @Test
    void bucketsAreAnchoredAtTheEpochAndLabelledByTheirStart() {
        // Before 1970 the bucket is the one below: 1969-12-31T12:00 lies in the day starting 1969-12-31T00:00.
        assertThat(Resampling.of(Duration.ofDays(1), EmptyBuckets.OMIT).bucketStart(Instant.parse("1969-12-31T12:00:00Z")))
                .isEqualTo(Instant.parse("1969-12-31T00:00:00Z"));
        assertThat(Resampling.of(Duration.ofHours(8), EmptyBuckets.OMIT).bucketStart(Instant.parse("2024-05-01T09:30:00Z")))
                .isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        // 15 min = 2 * 7 min + 1 min, so the 7-minute bucket of 00:15 starts at 00:14.
        assertThat(Resampling.of(Duration.ofMinutes(7), EmptyBuckets.OMIT).bucketStart(Instant.parse("1970-01-01T00:15:00Z")))
                .isEqualTo(Instant.parse("1970-01-01T00:14:00Z"));
        // A start exactly on the boundary is its own bucket.
        assertThat(Resampling.of(HOUR, EmptyBuckets.OMIT).bucketStart(hour(3))).isEqualTo(hour(3));
        TimeSeries daily = Resampling.of(Duration.ofDays(1), EmptyBuckets.MISSING).aggregate(
                TimeSeries.of(List.of(Instant.parse("1969-12-31T12:00:00Z"), Instant.parse("1970-01-02T01:00:00Z")),
                        new double[] {1, 2}), Aggregation.LAST);
        assertThat(daily.time(0)).isEqualTo(Instant.parse("1969-12-31T00:00:00Z"));
        assertThat(daily.valuesArray()).containsExactly(1, NaN, 2);
    }

    @Test
    void valueSemantics() {
        Resampling r = Resampling.of(HOUR, EmptyBuckets.OMIT);
        assertThat(r.interval()).isEqualTo(HOUR);
        assertThat(r.emptyBuckets()).isEqualTo(EmptyBuckets.OMIT);
        assertThat(r).isEqualTo(Resampling.of(Duration.ofMinutes(60), EmptyBuckets.OMIT))
                .hasSameHashCodeAs(Resampling.of(Duration.ofMinutes(60), EmptyBuckets.OMIT))
                .isNotEqualTo(Resampling.of(HOUR, EmptyBuckets.MISSING))
                .isNotEqualTo(Resampling.of(Duration.ofMinutes(61), EmptyBuckets.OMIT)).isNotEqualTo("r")
                .hasToString("Resampling[interval=PT1H, emptyBuckets=OMIT]");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Resampling.of(Duration.ZERO, EmptyBuckets.OMIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval' must be positive")
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Resampling.of(Duration.ofSeconds(-5), EmptyBuckets.OMIT))
                .hasMessageContaining("'interval' must be positive").hasMessageContaining("PT-5S");
        assertThatThrownBy(() -> Resampling.of(Duration.ofDays(365L * 300), EmptyBuckets.OMIT))
                .hasMessageContaining("'interval' must be at most").hasMessageContaining("PT2628000H");
        assertThatThrownBy(() -> Resampling.of(null, EmptyBuckets.OMIT)).hasMessageContaining("'interval' must not be null");
        assertThatThrownBy(() -> Resampling.of(HOUR, null)).hasMessageContaining("'emptyBuckets' must not be null");
        Resampling r = Resampling.of(HOUR, EmptyBuckets.MISSING);
        assertThatThrownBy(() -> r.aggregate(null, Aggregation.SUM)).hasMessageContaining("'series' must not be null");
        assertThatThrownBy(() -> r.aggregate(PRICES, null)).hasMessageContaining("'aggregation' must not be null");
        assertThatThrownBy(() -> r.ohlc(null)).hasMessageContaining("'series' must not be null");
        assertThatThrownBy(() -> r.bucketStart(null)).hasMessageContaining("'t' must not be null");
        // 1e308 + 1e308 overflows.
        assertThatThrownBy(() -> r.aggregate(at(new long[] {0, 1}, 1e308, 1e308), Aggregation.SUM))
                .hasMessageContaining("'series' overflows to Infinity in the SUM of the bucket starting at 2024-01-01T00:00:00Z");
        // ...but their mean does not.
        assertThat(r.aggregate(at(new long[] {0, 1}, 1e308, 1e308), Aggregation.MEAN).valuesArray()).containsExactly(1e308);
        // 20 years of 1 ns buckets is about 6.3e17 buckets.
        TimeSeries twoDecades = TimeSeries.of(List.of(Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2020-01-01T00:00:00Z")), new double[] {1, 2});
        assertThatThrownBy(() -> Resampling.of(Duration.ofNanos(1), EmptyBuckets.MISSING).aggregate(twoDecades, Aggregation.LAST))
                .hasMessageContaining("'interval' with value PT0.000000001S cuts the series").hasMessageContaining("buckets");
        assertThat(Resampling.of(Duration.ofNanos(1), EmptyBuckets.OMIT).aggregate(twoDecades, Aggregation.LAST).size())
                .isEqualTo(2);
        // 1677 to 2262 in 1 ns buckets: the unsigned bucket count exceeds a signed long.
        TimeSeries whole = TimeSeries.ofEpochNanos(new long[] {-9_000_000_000_000_000_000L, 9_000_000_000_000_000_000L},
                new double[] {1, 2});
        assertThatThrownBy(() -> Resampling.of(Duration.ofNanos(1), EmptyBuckets.MISSING).aggregate(whole, Aggregation.LAST))
                .hasMessageContaining("buckets");
        // The daily bucket of the first representable nanosecond starts before 1677.
        TimeSeries earliest = TimeSeries.ofEpochNanos(new long[] {Long.MIN_VALUE + 1}, new double[] {1});
        assertThatThrownBy(() -> Resampling.of(Duration.ofDays(1), EmptyBuckets.OMIT).aggregate(earliest, Aggregation.LAST))
                .hasMessageContaining("bucket start of width PT24H before the representable range");
    }

    @Test
    void ohlcRejectsInconsistentBars() {
        TimeSeries one = at(new long[] {0}, 5);
        TimeSeries other = at(new long[] {1}, 5);
        assertThatThrownBy(() -> OhlcSeries.of(one, one, one, at(new long[] {0, 1}, 5, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'close' must have the size of 'open' (1)");
        assertThatThrownBy(() -> OhlcSeries.of(one, other, one, one))
                .hasMessageContaining("'high' must have the timestamps of 'open'").hasMessageContaining("index 0");
        assertThatThrownBy(() -> OhlcSeries.of(one, one, at(new long[] {0}, NaN), one))
                .hasMessageContaining("must be all missing or all present").hasMessageContaining("low=NaN");
        // low 6 > open 5
        assertThatThrownBy(() -> OhlcSeries.of(one, at(new long[] {0}, 7), at(new long[] {0}, 6), one))
                .hasMessageContaining("'low' and 'high' must bound 'open' and 'close'").hasMessageContaining("low=6.0");
        // high 4 < close 5
        assertThatThrownBy(() -> OhlcSeries.of(one, at(new long[] {0}, 4), at(new long[] {0}, 3), one))
                .hasMessageContaining("must bound").hasMessageContaining("high=4.0");
        assertThatThrownBy(() -> OhlcSeries.of(null, one, one, one)).hasMessageContaining("'open' must not be null");
        assertThat(OhlcSeries.of(one, at(new long[] {0}, 6), at(new long[] {0}, 4), one).high().value(0)).isEqualTo(6);
    }

    // ---- properties ----

    @Provide
    Arbitrary<TimeSeries> series() {
        return SeriesArbitraries.series(60, 400, -1000, 1000);
    }

    @Property
    void everyBucketAggregatesExactlyTheObservationsOfItsInterval(@ForAll("series") TimeSeries s,
            @ForAll @IntRange(min = 1, max = 900) int intervalSeconds) {
        Duration w = Duration.ofSeconds(intervalSeconds);
        Resampling missing = Resampling.of(w, EmptyBuckets.MISSING);
        Resampling omit = Resampling.of(w, EmptyBuckets.OMIT);
        TimeSeries first = missing.aggregate(s, Aggregation.FIRST);
        TimeSeries last = missing.aggregate(s, Aggregation.LAST);
        TimeSeries mean = missing.aggregate(s, Aggregation.MEAN);
        TimeSeries sum = missing.aggregate(s, Aggregation.SUM);
        TimeSeries min = missing.aggregate(s, Aggregation.MIN);
        TimeSeries max = missing.aggregate(s, Aggregation.MAX);
        OhlcSeries bars = missing.ohlc(s);
        List<Instant> nonEmpty = new ArrayList<>();
        double totalAbs = 0;
        for (int k = 0; k < first.size(); k++) {
            Instant start = first.time(k);
            assertThat(start.getEpochSecond() % intervalSeconds).isZero();
            if (k > 0) {
                assertThat(Duration.between(first.time(k - 1), start)).isEqualTo(w);
            }
            // Naive: the observations with start <= t < start + w.
            List<Double> present = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < s.size(); i++) {
                if (!s.time(i).isBefore(start) && s.time(i).isBefore(start.plus(w))) {
                    any = true;
                    if (!s.isMissing(i)) {
                        present.add(s.value(i));
                    }
                }
            }
            if (any) {
                nonEmpty.add(start);
            }
            if (present.isEmpty()) {
                for (TimeSeries a : List.of(first, last, mean, sum, min, max, bars.open(), bars.close())) {
                    assertThat(a.isMissing(k)).isTrue();
                }
                continue;
            }
            double naiveSum = 0;
            double abs = 0;
            for (double v : present) {
                naiveSum += v;
                abs += Math.abs(v);
            }
            totalAbs += abs;
            assertThat(first.value(k)).isEqualTo(present.get(0));
            assertThat(last.value(k)).isEqualTo(present.get(present.size() - 1));
            assertThat(min.value(k)).isEqualTo(present.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
            assertThat(max.value(k)).isEqualTo(present.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            // Two summation orders differ by at most n * eps * sum|x|; 1e-12 covers n <= 60 with room.
            assertThat(sum.value(k)).isCloseTo(naiveSum, within(1e-12 * abs));
            assertThat(mean.value(k)).isCloseTo(naiveSum / present.size(), within(1e-12 * abs));
            assertThat(min.value(k)).isLessThanOrEqualTo(mean.value(k));
            assertThat(mean.value(k)).isLessThanOrEqualTo(max.value(k));
            assertThat(bars.open().value(k)).isEqualTo(first.value(k));
            assertThat(bars.high().value(k)).isEqualTo(max.value(k));
            assertThat(bars.low().value(k)).isEqualTo(min.value(k));
            assertThat(bars.close().value(k)).isEqualTo(last.value(k));
        }
        // The buckets cover every present value once.
        double all = 0;
        for (int i = 0; i < s.size(); i++) {
            all += s.isMissing(i) ? 0 : s.value(i);
        }
        double bucketTotal = 0;
        for (int k = 0; k < sum.size(); k++) {
            bucketTotal += sum.isMissing(k) ? 0 : sum.value(k);
        }
        assertThat(bucketTotal).isCloseTo(all, within(1e-12 * Math.max(totalAbs, 1)));
        // OMIT keeps exactly the buckets that hold an observation, with the same values.
        TimeSeries omitted = omit.aggregate(s, Aggregation.LAST);
        assertThat(omitted.size()).isEqualTo(nonEmpty.size());
        for (int k = 0; k < omitted.size(); k++) {
            assertThat(omitted.time(k)).isEqualTo(nonEmpty.get(k));
            int j = last.indexAtOrBefore(omitted.time(k));
            assertThat(Double.valueOf(omitted.value(k))).isEqualTo(Double.valueOf(last.value(j)));
        }
    }
}
