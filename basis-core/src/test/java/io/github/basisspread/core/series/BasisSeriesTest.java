package io.github.basisspread.core.series;

import static io.github.basisspread.core.series.SeriesArbitraries.T0;
import static io.github.basisspread.core.series.SeriesArbitraries.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.series.BasisSeries.ExpiredObservations;
import io.github.basisspread.core.series.BasisSeries.Pairing;
import io.github.basisspread.core.time.DayCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BasisSeriesTest {

    private static final double NaN = Double.NaN;
    private static final long DAY = 86_400;
    // 36.5 days after T0: tau = 36.5 / 365 = 0.1 at T0 under ACT/365F.
    private static final Instant EXPIRY = T0.plusSeconds(DAY * 73 / 2);
    // At T0 (tau 0.1), T0 + 18.25 d = 1,576,800 s (tau 0.05) and T0 + 29.2 d = 2,522,880 s (tau 0.02).
    private static final TimeSeries SPOT = at(new long[] {0, DAY * 73 / 4, 2_522_880}, 100, 200, 50);
    private static final TimeSeries FUTURE = at(new long[] {0, DAY * 73 / 4, 2_522_880}, 101, 201, 49);

    @Test
    void basisMeasures() {
        BasisSeries b = BasisSeries.dated(SPOT, FUTURE, EXPIRY, Pairing.exactTimestamps());
        assertThat(b.size()).isEqualTo(3);
        // F - S: 101 - 100, 201 - 200, 49 - 50
        assertThat(b.basis().valuesArray()).containsExactly(1, 1, -1);
        // (F - S) / S: 1/100, 1/200, -1/50
        double[] relative = b.relativeBasis().valuesArray();
        assertThat(relative[0]).isCloseTo(0.01, within(1e-17));
        assertThat(relative[1]).isCloseTo(0.005, within(1e-17));
        assertThat(relative[2]).isCloseTo(-0.02, within(1e-17));
        double[] bps = b.basisInBasisPoints().valuesArray();
        assertThat(bps[0]).isCloseTo(100, within(1e-12));
        assertThat(bps[1]).isCloseTo(50, within(1e-12));
        assertThat(bps[2]).isCloseTo(-200, within(1e-12));
        assertThat(b.time(2)).isEqualTo(T0.plusSeconds(2_522_880));
        assertThat(b.spot().valuesArray()).containsExactly(100, 200, 50);
        assertThat(b.derivative().valuesArray()).containsExactly(101, 201, 49);
    }

    @Test
    void annualizedBasisWithShrinkingTimeToExpiry() {
        BasisSeries b = BasisSeries.dated(SPOT, FUTURE, EXPIRY, Pairing.exactTimestamps());
        // tau: 36.5/365 = 0.1; (36.5 - 18.25)/365 = 0.05; (36.5 - 29.2)/365 = 0.02
        double[] tau = b.yearsToExpiry().valuesArray();
        assertThat(tau[0]).isCloseTo(0.1, within(1e-15));
        assertThat(tau[1]).isCloseTo(0.05, within(1e-15));
        assertThat(tau[2]).isCloseTo(0.02, within(1e-15));
        // Simple: 0.01 / 0.1 = 0.1; 0.005 / 0.05 = 0.1; -0.02 / 0.02 = -1.
        double[] simple = b.annualizedBasis(Compounding.SIMPLE).valuesArray();
        assertThat(simple[0]).isCloseTo(0.1, within(1e-14));
        assertThat(simple[1]).isCloseTo(0.1, within(1e-14));
        assertThat(simple[2]).isCloseTo(-1.0, within(1e-13));
        // Continuous: ln(1.01) / 0.1 = 0.009950330853168092 / 0.1; ln(1.005) / 0.05 = 0.004987541511038968 / 0.05;
        // ln(0.98) / 0.02 = -0.020202707317519466 / 0.02.
        double[] continuous = b.annualizedBasis(Compounding.CONTINUOUS).valuesArray();
        assertThat(continuous[0]).isCloseTo(0.09950330853168092, within(1e-14));
        assertThat(continuous[1]).isCloseTo(0.09975083022077936, within(1e-14));
        assertThat(continuous[2]).isCloseTo(-1.0101353658759733, within(1e-13));
        // ACT/360: tau at T0 = 36.5 / 360, so the simple rate is 0.01 * 360 / 36.5 = 0.09863013698630137.
        BasisSeries act360 = b.withDayCount(DayCount.ACT_360);
        assertThat(act360.dayCount()).isEqualTo(DayCount.ACT_360);
        assertThat(act360.annualizedBasis(Compounding.SIMPLE).value(0)).isCloseTo(0.09863013698630137, within(1e-15));
        assertThat(b.dayCount()).isEqualTo(DayCount.ACT_365F);
        assertThat(b.expiry()).contains(EXPIRY);
        assertThat(b.isPerpetual()).isFalse();
    }

    @Test
    void perpetualHasNoAnnualizedBasis() {
        BasisSeries p = BasisSeries.perpetual(SPOT, FUTURE, Pairing.exactTimestamps());
        assertThat(p.isPerpetual()).isTrue();
        assertThat(p.expiry()).isEmpty();
        assertThat(p.basis().valuesArray()).containsExactly(1, 1, -1);
        assertThatThrownBy(() -> p.annualizedBasis(Compounding.SIMPLE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("A perpetual has no expiry");
        assertThatThrownBy(p::yearsToExpiry).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("A perpetual has no expiry");
    }

    // Spot at 0, 10, 20 s; perpetual at 0, 15, 20 s.
    private static final TimeSeries S = at(new long[] {0, 10, 20}, 100, 102, 104);
    private static final TimeSeries P = at(new long[] {0, 15, 20}, 101, 103, 105);

    @Test
    void pairingOnExactTimestamps() {
        BasisSeries b = BasisSeries.perpetual(S, P, Pairing.exactTimestamps());
        // Shared times 0 and 20: 101 - 100, 105 - 104.
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.time(1)).isEqualTo(T0.plusSeconds(20));
        assertThat(b.basis().valuesArray()).containsExactly(1, 1);
        // Spot@10 and perp@15 have no partner: each is counted, not silently lost.
        assertThat(b.unpairedSpotCount()).isEqualTo(1);
        assertThat(b.unpairedDerivativeCount()).isEqualTo(1);
        assertThat(b.excludedAfterExpiryCount()).isZero();
    }

    @Test
    void pairingOnDerivativeTimes() {
        BasisSeries b = BasisSeries.perpetual(S, P, Pairing.onDerivativeTimes(Duration.ofSeconds(5)));
        // At 15 s the spot is spot@10 (5 s old, fresh): 103 - 102 = 1.
        assertThat(b.size()).isEqualTo(3);
        assertThat(b.time(1)).isEqualTo(T0.plusSeconds(15));
        assertThat(b.spot().valuesArray()).containsExactly(100, 102, 104);
        assertThat(b.basis().valuesArray()).containsExactly(1, 1, 1);
        // With a 4 s limit spot@10 is stale at 15 s and the pair is dropped.
        assertThat(BasisSeries.perpetual(S, P, Pairing.onDerivativeTimes(Duration.ofSeconds(4))).size()).isEqualTo(2);
    }

    @Test
    void pairingOnSpotTimes() {
        // At 10 s the perpetual is perp@0, 10 s old: fresh with a 10 s limit (101 - 102 = -1), stale with 9 s.
        BasisSeries b = BasisSeries.perpetual(S, P, Pairing.onSpotTimes(Duration.ofSeconds(10)));
        assertThat(b.size()).isEqualTo(3);
        assertThat(b.time(1)).isEqualTo(T0.plusSeconds(10));
        assertThat(b.derivative().valuesArray()).containsExactly(101, 101, 105);
        assertThat(b.basis().valuesArray()).containsExactly(1, -1, 1);
        assertThat(BasisSeries.perpetual(S, P, Pairing.onSpotTimes(Duration.ofSeconds(9))).size()).isEqualTo(2);
    }

    @Test
    void missingPricesNeverPair() {
        TimeSeries spot = at(new long[] {0, 10, 20}, 100, NaN, 104);
        TimeSeries perp = at(new long[] {0, 10, 20}, NaN, 103, 105);
        // 0: perp missing; 10: spot missing (and spot@0 is 10 s old: stale for exact pairing); 20: both.
        BasisSeries exact = BasisSeries.perpetual(spot, perp, Pairing.exactTimestamps());
        assertThat(exact.basis().valuesArray()).containsExactly(1);
        // Only spot@20 and perp@20 are used: two of three on each side are unpaired.
        assertThat(exact.unpairedSpotCount()).isEqualTo(2);
        assertThat(exact.unpairedDerivativeCount()).isEqualTo(2);
        // Pairing on the perpetual with 10 s staleness: at 10 the spot falls back to spot@0: 103 - 100 = 3.
        BasisSeries asOf = BasisSeries.perpetual(spot, perp, Pairing.onDerivativeTimes(Duration.ofSeconds(10)));
        assertThat(asOf.basis().valuesArray()).containsExactly(3, 1);
        // Spot@0 and spot@20 are used (the missing spot@10 is not); perp@10 and perp@20 are used.
        assertThat(asOf.unpairedSpotCount()).isEqualTo(1);
        assertThat(asOf.unpairedDerivativeCount()).isEqualTo(1);
    }

    @Test
    void expiredObservationsAreRejectedOrExcluded() {
        Instant expiry = T0.plusSeconds(20);
        assertThatThrownBy(() -> BasisSeries.dated(S, P, expiry, Pairing.exactTimestamps()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'future' must have no observation at or after expiry 2024-01-01T00:00:20Z"
                        + " but has one at 2024-01-01T00:00:20Z (index 2)")
                .hasMessageContaining("ExpiredObservations.EXCLUDE");
        BasisSeries excluded = BasisSeries.dated(S, P, expiry, Pairing.exactTimestamps(), ExpiredObservations.EXCLUDE);
        assertThat(excluded.size()).isEqualTo(1);
        assertThat(excluded.time(0)).isEqualTo(T0);
        // Spot@20 and perp@20 are excluded at expiry; of the rest, spot@10 and perp@15 do not pair.
        assertThat(excluded.excludedAfterExpiryCount()).isEqualTo(2);
        assertThat(excluded.unpairedSpotCount()).isEqualTo(1);
        assertThat(excluded.unpairedDerivativeCount()).isEqualTo(1);
        assertThat(excluded.withDayCount(DayCount.ACT_360).excludedAfterExpiryCount()).isEqualTo(2);
        // Pairing on the future's times, spot beyond expiry is never used: no error.
        TimeSeries future = at(new long[] {0, 15}, 101, 103);
        assertThat(BasisSeries.dated(S, future, expiry, Pairing.onDerivativeTimes(Duration.ofSeconds(5))).size())
                .isEqualTo(2);
        // Pairing on spot times, spot@20 would be a basis observation at expiry.
        assertThatThrownBy(() -> BasisSeries.dated(S, future, expiry, Pairing.onSpotTimes(Duration.ofSeconds(5))))
                .hasMessageContaining("'spot' must have no observation at or after expiry").hasMessageContaining("(index 2)");
        BasisSeries spotDriven = BasisSeries.dated(S, future, expiry, Pairing.onSpotTimes(Duration.ofSeconds(5)),
                ExpiredObservations.EXCLUDE);
        // Spot times 0 and 10 remain; at 10 the future is future@0, 10 s old: stale. Only 0 pairs.
        assertThat(spotDriven.basis().valuesArray()).containsExactly(1);
    }

    @Test
    void valueSemantics() {
        BasisSeries b = BasisSeries.dated(SPOT, FUTURE, EXPIRY, Pairing.exactTimestamps());
        assertThat(b).isEqualTo(BasisSeries.dated(SPOT, FUTURE, EXPIRY, Pairing.exactTimestamps())).isEqualTo(b)
                .hasSameHashCodeAs(BasisSeries.dated(SPOT, FUTURE, EXPIRY, Pairing.exactTimestamps()))
                .isNotEqualTo(b.withDayCount(DayCount.ACT_360))
                .isNotEqualTo(BasisSeries.perpetual(SPOT, FUTURE, Pairing.exactTimestamps()))
                .isNotEqualTo(BasisSeries.dated(SPOT, FUTURE, EXPIRY.plusSeconds(1), Pairing.exactTimestamps()))
                .isNotEqualTo(BasisSeries.dated(SPOT, SPOT, EXPIRY, Pairing.exactTimestamps()))
                .isNotEqualTo(BasisSeries.dated(FUTURE, FUTURE, EXPIRY, Pairing.exactTimestamps()))
                .isNotEqualTo(BasisSeries.dated(SPOT, FUTURE, EXPIRY, Pairing.onSpotTimes(Duration.ZERO)))
                .isNotEqualTo("b");
        assertThat(b).hasToString("BasisSeries[size=3, expiry=2024-02-06T12:00:00Z, Pairing[exactTimestamps], dayCount=ACT/365F]");
        assertThat(BasisSeries.perpetual(SPOT, FUTURE, Pairing.onDerivativeTimes(Duration.ofSeconds(2))).toString())
                .isEqualTo("BasisSeries[size=3, perpetual, Pairing[onDerivativeTimes, maxStaleness=PT2S], dayCount=ACT/365F]");
        assertThat(Pairing.onSpotTimes(Duration.ofSeconds(3))).hasToString("Pairing[onSpotTimes, maxStaleness=PT3S]")
                .isEqualTo(Pairing.onSpotTimes(Duration.ofMillis(3000)))
                .hasSameHashCodeAs(Pairing.onSpotTimes(Duration.ofMillis(3000)))
                .isNotEqualTo(Pairing.onDerivativeTimes(Duration.ofSeconds(3)))
                .isNotEqualTo(Pairing.onSpotTimes(Duration.ofSeconds(4))).isNotEqualTo("p");
        assertThat(Pairing.exactTimestamps().maxStaleness()).isEqualTo(Duration.ZERO);
        assertThat(b.pairing()).isEqualTo(Pairing.exactTimestamps());
    }

    @Test
    void rejectsBadInput() {
        TimeSeries zeroSpot = at(new long[] {0, 10}, 100, 0);
        assertThatThrownBy(() -> BasisSeries.perpetual(zeroSpot, P, Pairing.exactTimestamps()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spot' must have positive prices but has value 0.0 at index 1 (2024-01-01T00:00:10Z)");
        assertThatThrownBy(() -> BasisSeries.perpetual(S, at(new long[] {5}, -3), Pairing.exactTimestamps()))
                .hasMessageContaining("'perpetual' must have positive prices but has value -3.0 at index 0 (2024-01-01T00:00:05Z)");
        assertThatThrownBy(() -> BasisSeries.dated(S, at(new long[] {5}, -3), EXPIRY, Pairing.exactTimestamps()))
                .hasMessageContaining("'future' must have positive prices but has value -3.0 at index 0");
        assertThatThrownBy(() -> BasisSeries.perpetual(null, P, Pairing.exactTimestamps()))
                .hasMessageContaining("'spot' must not be null");
        assertThatThrownBy(() -> BasisSeries.perpetual(S, P, null)).hasMessageContaining("'pairing' must not be null");
        assertThatThrownBy(() -> BasisSeries.dated(S, P, null, Pairing.exactTimestamps()))
                .hasMessageContaining("'expiry' must not be null");
        assertThatThrownBy(() -> BasisSeries.dated(S, P, EXPIRY, null)).hasMessageContaining("'pairing' must not be null");
        assertThatThrownBy(() -> BasisSeries.dated(S, P, EXPIRY, Pairing.exactTimestamps(), null))
                .hasMessageContaining("'expired' must not be null");
        assertThatThrownBy(() -> Pairing.onSpotTimes(Duration.ofSeconds(-1)))
                .hasMessageContaining("'maxStaleness' must be zero or positive but has value PT-1S");
        assertThatThrownBy(() -> Pairing.onDerivativeTimes(null)).hasMessageContaining("'maxStaleness' must not be null");
        BasisSeries b = BasisSeries.dated(SPOT, FUTURE, EXPIRY, Pairing.exactTimestamps());
        assertThatThrownBy(() -> b.annualizedBasis(null)).hasMessageContaining("'compounding' must not be null");
        assertThatThrownBy(() -> b.withDayCount(null)).hasMessageContaining("'dayCount' must not be null");
    }

    // ---- properties ----

    @Provide
    Arbitrary<TimeSeries> prices() {
        return SeriesArbitraries.series(40, 20, 50, 150);
    }

    @Property
    void pairsAreFreshCompleteAndBeforeExpiry(@ForAll("prices") TimeSeries spot, @ForAll("prices") TimeSeries future,
            @ForAll @IntRange(max = 30) int stalenessSeconds, @ForAll @IntRange(min = 1, max = 1000) int expirySeconds) {
        Instant expiry = T0.plusSeconds(expirySeconds);
        Duration limit = Duration.ofSeconds(stalenessSeconds);
        for (Pairing pairing : List.of(Pairing.exactTimestamps(), Pairing.onDerivativeTimes(limit), Pairing.onSpotTimes(limit))) {
            BasisSeries b = BasisSeries.dated(spot, future, expiry, pairing, ExpiredObservations.EXCLUDE);
            TimeSeries simple = b.annualizedBasis(Compounding.SIMPLE);
            TimeSeries continuous = b.annualizedBasis(Compounding.CONTINUOUS);
            TimeSeries tau = b.yearsToExpiry();
            for (int i = 0; i < b.size(); i++) {
                Instant t = b.time(i);
                assertThat(t).isBefore(expiry);
                assertThat(b.spot().isMissing(i) || b.derivative().isMissing(i)).isFalse();
                // Each paired price is the last present input price at or before t, within the limit
                // (exactly at t for the side whose times drive the pairing, and for exact pairing).
                Duration spotLimit = pairing.equals(Pairing.onDerivativeTimes(limit)) ? limit : Duration.ZERO;
                Duration futureLimit = pairing.equals(Pairing.onSpotTimes(limit)) ? limit : Duration.ZERO;
                assertThat(b.spot().value(i)).isEqualTo(lastPresentWithin(spot, t, spotLimit));
                assertThat(b.derivative().value(i)).isEqualTo(lastPresentWithin(future, t, futureLimit));
                if (i > 0) {
                    assertThat(tau.value(i)).isLessThan(tau.value(i - 1));
                }
                double relative = b.derivative().value(i) / b.spot().value(i) - 1;
                // Prices in [50, 150]: a relative basis of at most 2 in size, tau at least 1 s = 3.2e-8 y.
                assertThat(simple.value(i) * tau.value(i)).isCloseTo(relative, within(1e-14));
                assertThat(continuous.value(i) * tau.value(i))
                        .isCloseTo(Math.log(b.derivative().value(i) / b.spot().value(i)), within(1e-14));
                // Continuous never exceeds simple: ln(1 + x) <= x (compared before dividing by tau).
                assertThat(continuous.value(i) * tau.value(i)).isLessThanOrEqualTo(simple.value(i) * tau.value(i) + 1e-15);
            }
        }
    }

    private static double lastPresentWithin(TimeSeries s, Instant t, Duration limit) {
        for (int j = s.size() - 1; j >= 0; j--) {
            if (!s.time(j).isAfter(t) && !s.isMissing(j)) {
                assertThat(Duration.between(s.time(j), t)).isLessThanOrEqualTo(limit);
                return s.value(j);
            }
        }
        throw new AssertionError("no present observation at or before " + t);
    }
}
