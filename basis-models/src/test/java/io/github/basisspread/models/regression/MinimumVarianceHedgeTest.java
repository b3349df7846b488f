package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.basisspread.core.series.TimeSeries;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MinimumVarianceHedgeTest {

    private static final double[] SPOT = {100, 102, 101, 104, 103};
    private static final double[] FUTURE = {100, 101, 101, 103, 102};

    @Test
    void staticHedgeOnPriceChangesWorkedByHand() {
        // dS = 2, -1, 3, -1 (mean 0.75); dF = 1, 0, 2, -1 (mean 0.5)
        // Sxy = 1.25*0.5 + 1.75*0.5 + 2.25*1.5 + 1.75*1.5 = 7.5; Sxx = 5; h* = 1.5
        // Syy = 12.75; SSR = 12.75 - 1.5 * 7.5 = 1.5; effectiveness = 1 - 1.5 / 12.75
        // hedged P&L 0.5, -1, 0, 0.5: sample variance 1.5 / 3 = 0.5
        HedgeEstimate e = MinimumVarianceHedge.of(HedgeReturns.PRICE_CHANGES).fit(SPOT, FUTURE);
        assertThat(e.hedgeRatio()).isCloseTo(1.5, offset(1e-14));
        assertThat(e.effectiveness()).isCloseTo(1 - 1.5 / 12.75, offset(1e-14));
        assertThat(e.basisRisk()).isCloseTo(Math.sqrt(0.5), offset(1e-14));
        assertThat(e.unhedgedVolatility()).isCloseTo(Math.sqrt(12.75 / 3), offset(1e-14));
        // se = sqrt(s^2 / Sxx) = sqrt((1.5 / 2) / 5) = sqrt(0.15)
        assertThat(e.standardError()).isCloseTo(Math.sqrt(0.15), offset(1e-14));
        assertThat(e.nobs()).isEqualTo(4);
    }

    @Test
    void returnsAreComputedAsDocumented() {
        double[] spot = {100, 110, 99, 108.9, 100};
        double[] hedge = {50, 55, 49.5, 54.45, 50};
        // the hedge is half the spot price, so its returns equal spot's: h* = 1, effectiveness 1,
        // no basis risk (on price changes instead, h* = 2)
        HedgeEstimate simple = MinimumVarianceHedge.of(HedgeReturns.SIMPLE_RETURNS).fit(spot, hedge);
        assertThat(simple.hedgeRatio()).isCloseTo(1.0, offset(1e-12));
        assertThat(simple.effectiveness()).isCloseTo(1.0, offset(1e-12));
        assertThat(simple.basisRisk()).isCloseTo(0.0, offset(1e-12));
        HedgeEstimate log = MinimumVarianceHedge.of(HedgeReturns.LOG_RETURNS).fit(spot, hedge);
        assertThat(log.hedgeRatio()).isCloseTo(1.0, offset(1e-12));
        assertThat(MinimumVarianceHedge.of(HedgeReturns.PRICE_CHANGES).fit(spot, hedge).hedgeRatio())
                .isCloseTo(2.0, offset(1e-12));
        assertThat(HedgeReturns.LOG_RETURNS.transform(100, 110)).isCloseTo(Math.log(1.1), offset(1e-15));
        assertThat(HedgeReturns.SIMPLE_RETURNS.transform(100, 110)).isCloseTo(0.1, offset(1e-15));
        assertThat(HedgeReturns.PRICE_CHANGES.transform(100, 110)).isEqualTo(10);
    }

    @Test
    void timeSeriesMustShareTimestamps() {
        long[] t = {1, 2, 3, 4, 5};
        TimeSeries spot = TimeSeries.ofEpochNanos(t, SPOT);
        TimeSeries future = TimeSeries.ofEpochNanos(t, FUTURE);
        MinimumVarianceHedge hedge = MinimumVarianceHedge.of(HedgeReturns.PRICE_CHANGES);
        assertThat(hedge.fit(spot, future).hedgeRatio()).isCloseTo(1.5, offset(1e-14));
        TimeSeries shifted = TimeSeries.ofEpochNanos(new long[] {1, 2, 3, 4, 6}, FUTURE);
        assertThatThrownBy(() -> hedge.fit(spot, shifted))
                .hasMessageContaining("must have the timestamps of 'spot' but has value")
                .hasMessageContaining("at index 4");
        TimeSeries shorter = TimeSeries.ofEpochNanos(new long[] {1, 2, 3, 4}, Arrays.copyOf(FUTURE, 4));
        assertThatThrownBy(() -> hedge.fit(spot, shorter)).hasMessageContaining("(5 points) but has 4 points");
    }

    @Test
    void badPricesAreRejected() {
        MinimumVarianceHedge hedge = MinimumVarianceHedge.of(HedgeReturns.LOG_RETURNS);
        assertThatThrownBy(() -> hedge.fit(SPOT, new double[] {1, 2, 3}))
                .hasMessageContaining("'hedgePrices' must have length 5 (the length of 'spotPrices') but has length 3");
        assertThatThrownBy(() -> hedge.fit(new double[] {1, 2, 3}, new double[] {1, 2, 3}))
                .hasMessageContaining("must have at least 4 prices but has length 3");
        assertThatThrownBy(() -> hedge.fit(new double[] {1, 2, -3, 4}, new double[] {1, 2, 3, 4}))
                .hasMessageContaining("'spotPrices' must be finite and greater than zero but has value -3.0 at index 2");
        assertThatThrownBy(() -> hedge.fit(new double[] {1, 2, 3, 4}, new double[] {1, Double.NaN, 3, 4}))
                .hasMessageContaining("'hedgePrices' must be finite and greater than zero but has value NaN at index 1");
        assertThatThrownBy(() -> MinimumVarianceHedge.of(null)).hasMessageContaining("'returns' must not be null");
        assertThatThrownBy(() -> hedge.rolling(SPOT, FUTURE, 2)).hasMessageContaining("'window' must be at least 3");
        assertThat(hedge.returns()).isEqualTo(HedgeReturns.LOG_RETURNS);
    }

    @Test
    void rollingHedgeEqualsStaticHedgeOnEachWindow() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 300;
        double[] spot = new double[n];
        double[] perp = new double[n];
        spot[0] = 30000;
        perp[0] = 30010;
        for (int i = 1; i < n; i++) {
            double common = rnd.nextGaussian() * 100;
            spot[i] = spot[i - 1] + common;
            perp[i] = perp[i - 1] + common * (0.9 + 0.2 * rnd.nextDouble()) + rnd.nextGaussian() * 20;
        }
        MinimumVarianceHedge hedge = MinimumVarianceHedge.of(HedgeReturns.LOG_RETURNS);
        int window = 60;
        RollingHedge rolling = hedge.rolling(spot, perp, window);
        assertThat(rolling.window()).isEqualTo(window);
        assertThat(rolling.size()).isEqualTo(n - 1 - window + 1);
        for (int w = 0; w < rolling.size(); w += 17) {
            // window w uses changes w .. w + window - 1, i.e. prices w .. w + window
            HedgeEstimate e = hedge.fit(Arrays.copyOfRange(spot, w, w + window + 1),
                    Arrays.copyOfRange(perp, w, w + window + 1));
            assertThat(rolling.hedgeRatios()[w]).isCloseTo(e.hedgeRatio(), offset(1e-9 * Math.abs(e.hedgeRatio())));
            assertThat(rolling.effectiveness()[w]).isCloseTo(e.effectiveness(), offset(1e-9));
            assertThat(rolling.basisRisk()[w]).isCloseTo(e.basisRisk(), offset(1e-9 * e.basisRisk()));
            assertThat(rolling.unhedgedVolatility()[w]).isCloseTo(e.unhedgedVolatility(),
                    offset(1e-9 * e.unhedgedVolatility()));
        }
    }

    @Property(tries = 30)
    void hedgingNeverIncreasesVariance(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 40;
        double[] spot = new double[n];
        double[] fut = new double[n];
        spot[0] = 100;
        fut[0] = 100;
        for (int i = 1; i < n; i++) {
            spot[i] = spot[i - 1] * Math.exp(rnd.nextGaussian() * 0.01);
            fut[i] = fut[i - 1] * Math.exp(rnd.nextGaussian() * 0.01);
        }
        HedgeEstimate e = MinimumVarianceHedge.of(HedgeReturns.LOG_RETURNS).fit(spot, fut);
        assertThat(e.basisRisk()).isLessThanOrEqualTo(e.unhedgedVolatility() * (1 + 1e-12));
        assertThat(e.effectiveness()).isBetween(0.0, 1.0);
        // effectiveness = 1 - (basis risk / unhedged volatility)^2
        double ratio = e.basisRisk() / e.unhedgedVolatility();
        assertThat(e.effectiveness()).isCloseTo(1 - ratio * ratio, offset(1e-12));
    }

    @Test
    void estimateValidation() {
        assertThatThrownBy(() -> new HedgeEstimate(Double.NaN, 0, 0, 0, 0, 3)).hasMessageContaining("'hedgeRatio'");
        assertThatThrownBy(() -> new HedgeEstimate(1, -1, 0, 0, 0, 3)).hasMessageContaining("'standardError'");
        assertThatThrownBy(() -> new HedgeEstimate(1, 0, 1.5, 0, 0, 3)).hasMessageContaining("'effectiveness'");
        assertThatThrownBy(() -> new HedgeEstimate(1, 0, 0.5, 0, 0, 2)).hasMessageContaining("'nobs'");
    }
}
