package io.github.basisspread.core.series;

import static io.github.basisspread.core.series.SeriesArbitraries.regular;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReturnsTest {

    private static final double NaN = Double.NaN;
    private static final TimeSeries PRICES = regular(3600, 100, 110, NaN, 121, 99);

    @Test
    void simpleReturnsAreStampedAtTheLaterTime() {
        TimeSeries r = Returns.simple(PRICES);
        assertThat(r.size()).isEqualTo(4);
        assertThat(r.time(0)).isEqualTo(PRICES.time(1));
        assertThat(r.time(3)).isEqualTo(PRICES.time(4));
        // 110/100 - 1 = 0.1; both returns touching the missing value are missing; 99/121 - 1 = -22/121 = -2/11.
        assertThat(r.value(0)).isCloseTo(0.1, within(1e-15));
        assertThat(r.isMissing(1)).isTrue();
        assertThat(r.isMissing(2)).isTrue();
        assertThat(r.value(3)).isCloseTo(-2.0 / 11.0, within(1e-15));
    }

    @Test
    void logReturns() {
        TimeSeries r = Returns.log(PRICES);
        // ln(1.1) = 0.0953101798043249; ln(99/121) = ln 9 - ln 11 = 2.1972245773362196 - 2.3978952727983707.
        assertThat(r.value(0)).isCloseTo(0.0953101798043249, within(1e-15));
        assertThat(r.isMissing(1)).isTrue();
        assertThat(r.isMissing(2)).isTrue();
        assertThat(r.value(3)).isCloseTo(-0.2006706954621511, within(1e-15));
        // ln(4) = 1.3862943611198906: a large move goes through the difference of logs.
        assertThat(Returns.log(regular(1, 1, 4)).value(0)).isCloseTo(1.3862943611198906, within(1e-15));
        // 1e300 / 1e-300 overflows, but ln(1e300) - ln(1e-300) = 600 ln 10 = 1381.5510557964274.
        assertThat(Returns.log(regular(1, 1e-300, 1e300)).value(0)).isCloseTo(1381.5510557964274, within(1e-12));
        assertThat(Returns.log(regular(1, 1e300, 1e-300)).value(0)).isCloseTo(-1381.5510557964274, within(1e-12));
    }

    @Test
    void smallReturnsKeepTheirDigits() {
        // 1e8 + 1 - 1e8 = 1 exactly, 1 / 1e8 = 1e-8; the naive (1e8 + 1) / 1e8 - 1 gives 1.0000000050247593e-8.
        TimeSeries close = regular(1, 1e8, 1e8 + 1);
        assertThat(Returns.simple(close).value(0)).isEqualTo(1e-8);
        // ln(1 + x) = x - x^2/2 + x^3/3: 1e-8 - 5e-17 + 3.3e-25.
        assertThat(Returns.log(close).value(0)).isCloseTo(1e-8 - 5e-17, within(1e-24));
    }

    @Test
    void differencesWithLag() {
        // lag 1: 110 - 100 = 10, missing, missing, 99 - 121 = -22
        assertThat(Returns.differences(PRICES, 1).valuesArray()).containsExactly(10, NaN, NaN, -22);
        // lag 2: NaN - 100, 121 - 110 = 11, 99 - NaN
        TimeSeries d2 = Returns.differences(PRICES, 2);
        assertThat(d2.valuesArray()).containsExactly(NaN, 11, NaN);
        assertThat(d2.time(0)).isEqualTo(PRICES.time(2));
        // lag 4: 99 - 100 = -1
        assertThat(Returns.differences(PRICES, 4).valuesArray()).containsExactly(-1);
        assertThat(Returns.differences(PRICES, 5).isEmpty()).isTrue();
        assertThat(Returns.differences(regular(1, -3, 4), 1).valuesArray()).containsExactly(7);
    }

    @Test
    void shortSeriesGiveEmptyReturns() {
        assertThat(Returns.simple(TimeSeries.empty()).isEmpty()).isTrue();
        assertThat(Returns.log(regular(1, 5)).isEmpty()).isTrue();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Returns.simple(regular(3600, 100, 0, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'prices' must have positive values but has value 0.0 at index 1 (2024-01-01T01:00:00Z)");
        assertThatThrownBy(() -> Returns.log(regular(3600, -1)))
                .hasMessageContaining("'prices' must have positive values but has value -1.0 at index 0");
        assertThatThrownBy(() -> Returns.simple(null)).hasMessageContaining("'prices' must not be null");
        assertThatThrownBy(() -> Returns.differences(null, 1)).hasMessageContaining("'series' must not be null");
        assertThatThrownBy(() -> Returns.differences(PRICES, 0))
                .hasMessageContaining("'lag' must be greater than zero but has value 0");
        assertThatThrownBy(() -> Returns.simple(regular(1, 1e-300, 1e300)))
                .hasMessageContaining("'prices' has a return overflowing to infinity").hasMessageContaining("index 1");
        assertThatThrownBy(() -> Returns.differences(regular(1, -1e308, 1e308), 1))
                .hasMessageContaining("'series' has a difference overflowing to Infinity").hasMessageContaining("index 1");
    }

    // ---- properties ----

    @Provide
    Arbitrary<TimeSeries> prices() {
        return SeriesArbitraries.series(50, 60, 1, 1000);
    }

    @Property
    void returnsAreMissingExactlyWhenTheyTouchAMissingPrice(@ForAll("prices") TimeSeries p) {
        TimeSeries simple = Returns.simple(p);
        TimeSeries log = Returns.log(p);
        assertThat(simple.size()).isEqualTo(Math.max(0, p.size() - 1));
        for (int i = 0; i < simple.size(); i++) {
            boolean touches = p.isMissing(i) || p.isMissing(i + 1);
            assertThat(simple.isMissing(i)).isEqualTo(touches);
            assertThat(log.isMissing(i)).isEqualTo(touches);
            assertThat(simple.time(i)).isEqualTo(p.time(i + 1));
            if (!touches) {
                double before = p.value(i);
                double after = p.value(i + 1);
                // References evaluated the naive way: each ln of a price in [1, 1000] is below 7 with an
                // error under 7 eps = 1.6e-15; the naive ratio - 1 carries the rounding of the ratio and
                // of the subtraction, each at most one ulp, and the result under test one more.
                double ratio = after / before;
                assertThat(log.value(i)).isCloseTo(Math.log(after) - Math.log(before), within(1e-14));
                assertThat(simple.value(i)).isCloseTo(ratio - 1, within(2 * (Math.ulp(ratio) + Math.ulp(ratio - 1))));
            }
        }
    }

    @Property
    void logReturnsTelescope(@ForAll("prices") TimeSeries p) {
        TimeSeries present = p.withoutMissing();
        if (present.size() < 2) {
            return;
        }
        double sum = 0;
        double product = 1;
        TimeSeries log = Returns.log(present);
        TimeSeries simple = Returns.simple(present);
        for (int i = 0; i < log.size(); i++) {
            sum += log.value(i);
            product *= 1 + simple.value(i);
        }
        double ratio = present.value(present.size() - 1) / present.value(0);
        // Sum of n <= 50 terms each below 7 in size: error well under 1e-12.
        assertThat(sum).isCloseTo(Math.log(ratio), within(1e-12));
        assertThat(product / ratio).isCloseTo(1.0, within(1e-12));
    }

    @Property
    void differencesMatchTheirDefinition(@ForAll("prices") TimeSeries p, @ForAll @IntRange(min = 1, max = 5) int lag) {
        TimeSeries d = Returns.differences(p, lag);
        assertThat(d.size()).isEqualTo(Math.max(0, p.size() - lag));
        for (int i = 0; i < d.size(); i++) {
            assertThat(Double.valueOf(d.value(i))).isEqualTo(Double.valueOf(p.value(i + lag) - p.value(i)));
            assertThat(d.epochNanos(i)).isEqualTo(p.epochNanos(i + lag));
        }
    }
}
