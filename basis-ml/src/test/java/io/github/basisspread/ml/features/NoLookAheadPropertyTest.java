package io.github.basisspread.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * No look-ahead: every feature of the full pipeline at every row t up to a cut is the same, bit
 * for bit, after the data after the cut are replaced arbitrarily (random values, NaN, huge
 * jumps), and the same as computed from the inputs cut at t; and the last row computed from
 * the last {@code lookback + 1} rows only is the same.
 */
class NoLookAheadPropertyTest {

    private static final Instant START = Instant.parse("2025-03-01T05:00:00Z");

    static FeaturePipeline all() {
        return FeaturePipeline.basisOnly(3, 4, 12)
                .with(Features.spotReturn(1)).with(Features.spotReturn(6))
                .with(Features.realisedVolatility(5))
                .with(Features.fundingRate()).with(Features.fundingRateMean(8))
                .with(Features.hourOfDay()).with(Features.dayOfWeek()).with(Features.hoursToNextFunding())
                .with(Features.volume()).with(Features.volumeMean(6))
                .with(Features.openInterest()).with(Features.openInterestChange(3))
                .with(Features.termStructureSlope(30, 90));
    }

    /** Futures expiring 30 hours, 40 days and 100 days after the start: the first expires inside most samples. */
    private static final Instant[] EXPIRIES = {
        START.plus(Duration.ofHours(30)), START.plus(Duration.ofDays(40)), START.plus(Duration.ofDays(100))};

    static FeatureInputs inputs(double[] basis, double[] spot, double[] funding) {
        int n = basis.length;
        double[] volume = new double[n];
        double[] oi = new double[n];
        double[][] futures = new double[EXPIRIES.length][n];
        for (int t = 0; t < n; t++) {
            // Derived from the other inputs at t only, so that changing the future changes these too.
            volume[t] = Math.abs(basis[t]) * 10 + 1;
            oi[t] = Double.isNaN(spot[t]) ? Double.NaN : 1e4 + spot[t] / 100;
            for (int k = 0; k < EXPIRIES.length; k++) {
                futures[k][t] = spot[t] * (1 + 1e-3 * (k + 1) + 1e-5 * basis[t]);
            }
        }
        return inputs(basis, spot, funding, volume, oi, futures);
    }

    static FeatureInputs inputs(double[] basis, double[] spot, double[] funding, double[] volume, double[] oi,
            double[][] futures) {
        Duration h = Duration.ofHours(1);
        FeatureInputs in = FeatureInputs.of(TimeSeries.regular(START, h, basis))
                .withSpot(TimeSeries.regular(START, h, spot))
                .withFundingRate(TimeSeries.regular(START, h, funding))
                .withFundingSchedule(FundingSchedule.binance8h())
                .withVolume(TimeSeries.regular(START, h, volume))
                .withOpenInterest(TimeSeries.regular(START, h, oi));
        for (int k = 0; k < EXPIRIES.length; k++) {
            in = in.withFuture(EXPIRIES[k], TimeSeries.regular(START, h, futures[k]));
        }
        return in;
    }

    @Property(tries = 100)
    void changingTheFutureChangesNoFeatureOfThePast(@ForAll @IntRange(min = 20, max = 120) int n,
            @ForAll @IntRange(min = 0, max = 119) int cutDraw, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        int cut = cutDraw % n;
        Random rnd = new Random(seed);
        double[] basis = new double[n];
        double[] spot = new double[n];
        double[] funding = new double[n];
        double price = 60_000;
        for (int t = 0; t < n; t++) {
            basis[t] = 5 + rnd.nextGaussian() * 3;
            price *= Math.exp(0.01 * rnd.nextGaussian());
            spot[t] = price;
            funding[t] = 1e-4 * rnd.nextGaussian();
        }
        double[] basis2 = basis.clone();
        double[] spot2 = spot.clone();
        double[] funding2 = funding.clone();
        for (int t = cut + 1; t < n; t++) {
            int kind = rnd.nextInt(4);
            basis2[t] = kind == 0 ? Double.NaN : kind == 1 ? 1e9 * rnd.nextGaussian() : -basis[t] + rnd.nextGaussian();
            spot2[t] = kind == 0 ? Double.NaN : Math.abs(1e6 * rnd.nextGaussian()) + 1;
            funding2[t] = kind == 0 ? Double.NaN : rnd.nextGaussian();
        }
        FeaturePipeline pipeline = all();
        FeatureFrame original = pipeline.transform(inputs(basis, spot, funding));
        FeatureFrame changed = pipeline.transform(inputs(basis2, spot2, funding2));
        FeatureFrame truncated = pipeline.transform(inputs(basis, spot, funding).head(cut + 1));
        for (int t = 0; t <= cut; t++) {
            assertThat(changed.row(t)).as("row " + t + " of " + n + ", future changed after " + cut).isEqualTo(original.row(t));
            assertThat(truncated.row(t)).as("row " + t + " computed from rows 0.." + cut).isEqualTo(original.row(t));
        }
        // The last row from the last lookback + 1 rows alone (what a forecast origin computes).
        assertThat(pipeline.lastRow(inputs(basis, spot, funding).head(cut + 1))).isEqualTo(original.row(cut));
        if (cut + 1 < n) {
            // The test can fail: the future was really changed.
            assertThat(basis2[cut + 1]).isNotEqualTo(basis[cut + 1]);
        }
    }
}
