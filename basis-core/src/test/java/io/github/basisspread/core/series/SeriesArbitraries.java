package io.github.basisspread.core.series;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of random series shared by the property tests of this package. */
final class SeriesArbitraries {

    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private SeriesArbitraries() {
    }

    /**
     * Series starting near {@code T0} with gaps of 1 to {@code maxGapSeconds} seconds, values in
     * [low, high], about one in five missing.
     */
    static Arbitrary<TimeSeries> series(int maxSize, int maxGapSeconds, double low, double high) {
        Arbitrary<Integer> gap = Arbitraries.integers().between(1, maxGapSeconds);
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(low, high)),
                Tuple.of(1, Arbitraries.just(Double.NaN)));
        return Combinators.combine(gap, value).as((g, v) -> new double[] {g, v})
                .list().ofMaxSize(maxSize).map(SeriesArbitraries::build);
    }

    private static TimeSeries build(List<double[]> gapsAndValues) {
        TimeSeries.Builder b = TimeSeries.builder();
        long seconds = 0;
        for (double[] gv : gapsAndValues) {
            seconds += (long) gv[0];
            b.add(T0.plusSeconds(seconds), gv[1]);
        }
        return b.build();
    }

    /** Builds a series at {@code T0 + k * stepSeconds}. */
    static TimeSeries regular(long stepSeconds, double... values) {
        TimeSeries.Builder b = TimeSeries.builder();
        for (int i = 0; i < values.length; i++) {
            b.add(T0.plusSeconds(stepSeconds * i), values[i]);
        }
        return b.build();
    }

    /** Builds a series at {@code T0 + seconds[k]}. */
    static TimeSeries at(long[] seconds, double... values) {
        TimeSeries.Builder b = TimeSeries.builder();
        for (int i = 0; i < values.length; i++) {
            b.add(T0.plusSeconds(seconds[i]), values[i]);
        }
        return b.build();
    }
}
