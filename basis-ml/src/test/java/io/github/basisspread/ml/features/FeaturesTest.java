package io.github.basisspread.ml.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feature values computed by hand on small series. */
class FeaturesTest {

    // 2025-03-03 is a Monday; 06:00 UTC is two hours before Binance's 08:00 funding.
    private static final Instant START = Instant.parse("2025-03-03T06:00:00Z");
    private static final double[] BASIS = {1, 3, 2, 6, 4};
    private static final double[] SPOT = {100, 110, 99, 99, 108.9};
    private static final double[] FUNDING = {1e-4, 3e-4, 2e-4, Double.NaN, 4e-4};

    private static FeatureInputs inputs() {
        Duration h = Duration.ofHours(1);
        return FeatureInputs.of(TimeSeries.regular(START, h, BASIS))
                .withSpot(TimeSeries.regular(START, h, SPOT))
                .withFundingRate(TimeSeries.regular(START, h, FUNDING))
                .withFundingSchedule(FundingSchedule.binance8h());
    }

    private static double[] col(Feature f) {
        return f.compute(inputs());
    }

    @Test
    void lagsAndRollingStatisticsOfTheBasis() {
        assertThat(col(Features.basisLag(0))).containsExactly(1, 3, 2, 6, 4);
        assertThat(col(Features.basisLag(2))).containsExactly(Double.NaN, Double.NaN, 1, 3, 2);
        assertThat(col(Features.rollingMean(3))).containsExactly(Double.NaN, Double.NaN, 2, 11.0 / 3, 4);
        // sd of {2, 6, 4}: mean 4, squares 4 + 4 + 0 = 8, divisor 2: 2.
        assertThat(col(Features.rollingStd(3))[4]).isCloseTo(2, within(1e-15));
        // z of 4 against {2, 6, 4} is 0; z of 6 against {3, 2, 6}: mean 11/3, sd sqrt(13/3).
        assertThat(col(Features.rollingZScore(3))[4]).isCloseTo(0, within(1e-15));
        assertThat(col(Features.rollingZScore(3))[3]).isCloseTo((6 - 11.0 / 3) / Math.sqrt(13.0 / 3), within(1e-15));
        assertThat(col(Features.rollingMin(2))).containsExactly(Double.NaN, 1, 2, 2, 4);
        assertThat(col(Features.rollingMax(2))).containsExactly(Double.NaN, 3, 3, 6, 6);
    }

    @Test
    void rollingMinAndMaxEqualAScanOfEveryWindow() {
        java.util.Random r = new java.util.Random(3);
        double[] x = new double[2000];
        for (int t = 0; t < x.length; t++) {
            int kind = r.nextInt(20);
            x[t] = kind == 0 ? Double.NaN : kind == 1 ? 0.0 : kind == 2 ? -0.0 : r.nextInt(7) - 3;
        }
        FeatureInputs in = FeatureInputs.of(TimeSeries.regular(START, Duration.ofHours(1), x));
        for (int w : new int[] {1, 2, 5, 24}) {
            double[] min = Features.rollingMin(w).compute(in);
            double[] max = Features.rollingMax(w).compute(in);
            for (int t = 0; t < x.length; t++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                boolean nan = t + 1 < w;
                for (int i = Math.max(0, t - w + 1); i <= t; i++) {
                    nan |= Double.isNaN(x[i]);
                    lo = Math.min(lo, x[i]);
                    hi = Math.max(hi, x[i]);
                }
                // Boxed: Double.equals holds NaN equal to NaN and tells -0.0 from 0.0.
                assertThat(Double.valueOf(min[t])).as("min w=%d t=%d", w, t).isEqualTo(Double.valueOf(nan ? Double.NaN : lo));
                assertThat(Double.valueOf(max[t])).as("max w=%d t=%d", w, t).isEqualTo(Double.valueOf(nan ? Double.NaN : hi));
            }
        }
    }

    @Test
    void hoursToFundingOverManyIntervalsAsTheScheduleSaysAtEveryRow() {
        // 37-minute steps cross settlements at every phase, and land on some exactly.
        double[] x = new double[3000];
        TimeSeries s = TimeSeries.regular(START, Duration.ofMinutes(37), x);
        double[] h = Features.hoursToNextFunding().compute(FeatureInputs.of(s).withFundingSchedule(FundingSchedule.binance8h()));
        for (int t = 0; t < x.length; t++) {
            Instant now = s.time(t);
            double expected = Duration.between(now, FundingSchedule.binance8h().nextSettlementAfter(now)).toSeconds() / 3600.0;
            assertThat(h[t]).as("row %d at %s", t, now).isEqualTo(expected);
        }
    }

    @Test
    void spotReturnsAndRealisedVolatility() {
        double[] r1 = col(Features.spotReturn(1));
        assertThat(r1[0]).isNaN();
        assertThat(r1[1]).isCloseTo(Math.log(1.1), within(1e-15));
        assertThat(col(Features.spotReturn(4))[4]).isCloseTo(Math.log(1.089), within(1e-15));
        double[] rv = col(Features.realisedVolatility(2));
        assertThat(rv[1]).isNaN();
        double a = Math.log(1.1);
        double b = Math.log(0.9);
        assertThat(rv[2]).isCloseTo(Math.sqrt(a * a + b * b), within(1e-15));
        assertThat(rv[3]).isCloseTo(Math.abs(b), within(1e-15));
    }

    @Test
    void fundingRateAndItsMeanNeverFillAMissingValue() {
        assertThat(col(Features.fundingRate())).containsExactly(FUNDING);
        double[] m = col(Features.fundingRateMean(2));
        assertThat(m[1]).isCloseTo(2e-4, within(1e-18));
        assertThat(m[2]).isCloseTo(2.5e-4, within(1e-18));
        assertThat(m[3]).isNaN();
        assertThat(m[4]).isNaN();
    }

    @Test
    void calendarAndHoursToTheNextFunding() {
        assertThat(col(Features.hourOfDay())).containsExactly(6, 7, 8, 9, 10);
        assertThat(col(Features.dayOfWeek())).containsExactly(1, 1, 1, 1, 1);
        // Settlements at 00, 08, 16 UTC: from 06:00 two hours; at 08:00 itself the next is 16:00.
        assertThat(col(Features.hoursToNextFunding())).containsExactly(2, 1, 8, 7, 6);
    }

    @Test
    void datasetKeepsCompleteRowsAndTheTargetLooksAhead() {
        FeatureFrame frame = FeaturePipeline.of(Features.basisLag(0), Features.basisLag(1)).transform(inputs());
        Dataset level = frame.dataset(Target.level(1));
        // Row 0 lacks lag 1; row 4 lacks a target: rows 1..3 remain.
        assertThat(level.rows()).isEqualTo(3);
        assertThat(level.response()).containsExactly(2, 6, 4);
        assertThat(level.times()).containsExactly(START.plusSeconds(3600), START.plusSeconds(7200), START.plusSeconds(10800));
        assertThat(frame.dataset(Target.change(2)).response()).containsExactly(3, 2);
        assertThat(frame.dataset(Target.sign(1)).response()).containsExactly(-1, 1, -1);
        assertThat(Target.change(3).toLevel(0.5, 2)).isEqualTo(2.5);
        assertThat(Target.level(3).toLevel(0.5, 2)).isEqualTo(0.5);
        assertThat(Target.change(8).name()).isEqualTo("change_h8");
        assertThatThrownBy(() -> Target.sign(1).toLevel(1, 2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void scalerFittedOnTheTrainingRowsOnly() {
        Dataset train = Dataset.ofRows(List.of("a", "b"), new double[][] {{1, 5}, {3, 5}}, new double[] {0, 1});
        Dataset test = Dataset.ofRows(List.of("a", "b"), new double[][] {{5, 7}}, new double[] {2});
        StandardScaler s = StandardScaler.fit(train);
        assertThat(s.means()).containsExactly(2, 5);
        assertThat(s.scales()).containsExactly(1, 1);
        // The test row is scaled by the training statistics, not its own (which would give 0).
        assertThat(s.transform(test).row(0)).containsExactly(3, 2);
        assertThat(s.transform(new double[] {2, 5})).containsExactly(0, 0);
    }

    @Test
    void volumeAndOpenInterest() {
        Duration h = Duration.ofHours(1);
        FeatureInputs in = inputs().withVolume(TimeSeries.regular(START, h, new double[] {10, 20, Double.NaN, 40, 50}))
                .withOpenInterest(TimeSeries.regular(START, h, new double[] {100, 110, 121, 121, 100}));
        assertThat(Features.volume().compute(in)).containsExactly(10, 20, Double.NaN, 40, 50);
        assertThat(Features.volumeMean(2).compute(in)).containsExactly(Double.NaN, 15, Double.NaN, Double.NaN, 45);
        assertThat(Features.openInterest().compute(in)).containsExactly(100, 110, 121, 121, 100);
        double[] change = Features.openInterestChange(1).compute(in);
        assertThat(change[0]).isNaN();
        assertThat(change[1]).isCloseTo(Math.log(1.1), within(1e-15));
        assertThat(change[2]).isCloseTo(Math.log(1.1), within(1e-15));
        assertThat(change[3]).isZero();
        assertThat(change[4]).isCloseTo(Math.log(100.0 / 121), within(1e-15));
        assertThatThrownBy(() -> Features.volume().compute(inputs())).isInstanceOf(IllegalStateException.class)
                .hasMessage("no volume series: add it with withVolume(..)");
    }

    @Test
    void termStructureSlopeInterpolatesTheAnnualizedBasisAtConstantMaturities() {
        // Three futures: one expiring two hours after the first row, one at 60 days, one at 120 days.
        // Their prices at each row give simple annualized rates (F/S - 1) * 365 / days of 0, 8 % and 5 %,
        // except where a price is missing.
        Instant near = START.plus(Duration.ofHours(2));
        Instant mid = START.plus(Duration.ofDays(60));
        Instant far = START.plus(Duration.ofDays(120));
        double[] fNear = new double[5];
        double[] fMid = new double[5];
        double[] fFar = new double[5];
        for (int t = 0; t < 5; t++) {
            fNear[t] = t < 2 ? SPOT[t] : Double.NaN;
            fMid[t] = SPOT[t] * (1 + 0.08 * (60 - t / 24.0) / 365);
            fFar[t] = t == 4 ? Double.NaN : SPOT[t] * (1 + 0.05 * (120 - t / 24.0) / 365);
        }
        fNear[1] = SPOT[1] * 1.001; // at row 1 the near future trades above spot: (0.001) * 365 / (1/24)
        Duration h = Duration.ofHours(1);
        FeatureInputs in = inputs().withFuture(near, TimeSeries.regular(START, h, fNear))
                .withFuture(mid, TimeSeries.regular(START, h, fMid)).withFuture(far, TimeSeries.regular(START, h, fFar));
        double[] slope = Features.termStructureSlope(30, 90).compute(in);
        // Row 0: 30 days lies between the near (2/24 day, 0) and the 60-day (8 %) points; 90 days between 60 and 120 days.
        double tNear = 2 / 24.0;
        double a30 = 0.08 * (30 - tNear) / (60 - tNear);
        double a90 = 0.08 + (0.05 - 0.08) * (90 - 60) / 60.0;
        assertThat(slope[0]).isCloseTo(a90 - a30, within(1e-12));
        // Row 1: the near future, 1 hour to expiry, at 0.001 * 365 * 24 = 8.76 annualized.
        double tn = 1 / 24.0;
        double rn = 0.001 * 365 * 24;
        double b30 = rn + (0.08 - rn) * (30 - tn) / (60 - tn - tn);
        double b90 = 0.08 + (0.05 - 0.08) * (90 - (60 - tn)) / 60.0;
        assertThat(slope[1]).isCloseTo(b90 - b30, within(1e-9));
        // Rows 2 and 3: the near future has expired; both tenors from the 60- and 120-day futures, the
        // short one extrapolated: the slope of the line through them times 60 days.
        assertThat(slope[2]).isCloseTo((0.05 - 0.08) / 60 * 60, within(1e-12));
        assertThat(slope[3]).isCloseTo(-0.03, within(1e-12));
        // Row 4: only one future with a price: NaN.
        assertThat(slope[4]).isNaN();
        assertThat(Features.termStructureSlope(30, 90).toString()).isEqualTo("ts_slope30_90");
        assertThatThrownBy(() -> Features.termStructureSlope(90, 30))
                .hasMessage("Argument 'longDays' must be greater than shortDays (90) but has value 30");
        assertThat(Features.termStructureSlope(30, 90).compute(inputs())).containsOnly(Double.NaN);
    }

    @Test
    void badInputIsRefusedByName() {
        TimeSeries b = TimeSeries.regular(START, Duration.ofHours(1), BASIS);
        TimeSeries shifted = TimeSeries.regular(START.plusSeconds(60), Duration.ofHours(1), SPOT);
        assertThatThrownBy(() -> FeatureInputs.of(b).withSpot(shifted))
                .hasMessageStartingWith("Argument 'spot' must have the basis's timestamps");
        assertThatThrownBy(() -> Features.basisLag(-1)).hasMessage("Argument 'k' must be zero or more but has value -1");
        assertThatThrownBy(() -> Features.rollingStd(1)).hasMessage("Argument 'window' must be at least 2 but has value 1");
        assertThatThrownBy(() -> Features.spotReturn(1).compute(FeatureInputs.of(b)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("withSpot");
        assertThatThrownBy(() -> FeaturePipeline.of(Features.basisLag(1), Features.basisLag(1)))
                .hasMessageContaining("'basis_lag1' repeats");
        assertThatThrownBy(() -> Dataset.ofRows(List.of("a"), new double[][] {{Double.NaN}}, new double[] {1}))
                .hasMessage("Argument 'a[0]' must be finite but has value NaN");
        assertThatThrownBy(() -> Target.level(0)).hasMessage("Argument 'horizon' must be at least 1 but has value 0");
    }
}
