package io.github.basisspread.data.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FundingRateHistoryTest {

    private static final TimeSeries RATES = TimeSeries.ofEpochMillis(new long[] {0, 28_800_000, 43_200_000},
            new double[] {0.0001, -0.0002, 0.00005});

    @Test
    void aprUsesEachObservationsInterval() {
        FundingRateHistory h = FundingRateHistory.of(RATES, new int[] {8, 4, 1});
        // 0.0001 * 8760 / 8 = 0.1095; -0.0002 * 8760 / 4 = -0.438; 0.00005 * 8760 / 1 = 0.438.
        assertThat(h.apr(0)).isCloseTo(0.1095, within(1e-15));
        assertThat(h.apr(1)).isCloseTo(-0.438, within(1e-15));
        assertThat(h.apr(2)).isCloseTo(0.438, within(1e-15));
        assertThat(h.aprs().valuesArray()).containsExactly(h.apr(0), h.apr(1), h.apr(2));
        assertThat(h.rates()).isEqualTo(RATES);
        assertThat(h.rate(1)).isEqualTo(-0.0002);
        assertThat(h.intervalHours(2)).isEqualTo(1);
        assertThat(h.time(1)).isEqualTo(RATES.time(1));
        assertThat(h.size()).isEqualTo(3);
        assertThat(h).isEqualTo(FundingRateHistory.of(RATES, new int[] {8, 4, 1}))
                .hasSameHashCodeAs(FundingRateHistory.of(RATES, new int[] {8, 4, 1}))
                .isNotEqualTo(FundingRateHistory.ofConstantInterval(RATES, 8));
        assertThat(h.toString()).isEqualTo("FundingRateHistory[size=3, from=1970-01-01T00:00:00Z, to=1970-01-01T12:00:00Z]");
    }

    @Test
    void copiesIntervals() {
        int[] hours = {8, 8, 8};
        FundingRateHistory h = FundingRateHistory.of(RATES, hours);
        hours[0] = 1;
        h.intervalHoursArray()[1] = 1;
        assertThat(h.intervalHoursArray()).containsExactly(8, 8, 8);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> FundingRateHistory.of(null, new int[0])).hasMessage("Argument 'rates' must not be null");
        assertThatThrownBy(() -> FundingRateHistory.of(RATES, null)).hasMessage("Argument 'intervalHours' must not be null");
        assertThatThrownBy(() -> FundingRateHistory.of(RATES, new int[] {8}))
                .hasMessage("Arguments 'rates' and 'intervalHours' must have the same length but have 3 and 1");
        assertThatThrownBy(() -> FundingRateHistory.of(RATES, new int[] {8, 0, 8}))
                .hasMessage("Argument 'intervalHours' must be greater than zero but has value 0 at index 1");
        TimeSeries missing = TimeSeries.ofEpochMillis(new long[] {0}, new double[] {Double.NaN});
        assertThatThrownBy(() -> FundingRateHistory.ofConstantInterval(missing, 8))
                .hasMessage("Argument 'rates' must have no missing values but has one at index 0 (1970-01-01T00:00:00Z)");
        assertThatThrownBy(() -> FundingRateHistory.ofConstantInterval(RATES, -8))
                .hasMessage("Argument 'intervalHours' must be greater than zero but has value -8");
        assertThatThrownBy(() -> FundingRateHistory.ofConstantInterval(null, 8)).hasMessage("Argument 'rates' must not be null");
    }

    @Property
    void aprTimesIntervalsPerYearGivesBackTheRate(@ForAll @DoubleRange(min = -0.01, max = 0.01) double rate,
                                                  @ForAll @IntRange(min = 1, max = 24) int hours) {
        FundingRateHistory h = FundingRateHistory.ofConstantInterval(TimeSeries.ofEpochMillis(new long[] {0}, new double[] {rate}), hours);
        // Four correctly rounded operations (x8760, /hours, xhours, /8760), each within half an
        // ulp relative: the round trip is within 2 ulps of the rate; allow 4 with margin.
        assertThat(h.apr(0) * hours / 8760.0).isCloseTo(rate, within(4 * Math.ulp(rate)));
    }
}
