package io.github.basisspread.core.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.basis.BasisTermStructure.Point;
import io.github.basisspread.core.time.DayCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BasisTermStructureTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant D73 = T0.plus(Duration.ofDays(73)); // tau = 73/365 = 0.2
    private static final Instant D146 = T0.plus(Duration.ofDays(146)); // tau = 0.4

    /** S = 100; F1 = 100 e^0.01 at tau 0.2 (total carry 0.01); F2 = 100 e^0.03 at tau 0.4 (carry 0.03). */
    private static BasisTermStructure curve() {
        return BasisTermStructure.of(100.0, T0,
                List.of(Point.of(D73, 100.0 * Math.exp(0.01)), Point.of(D146, 100.0 * Math.exp(0.03))));
    }

    @Test
    void pointsAnnualizeIndividually() {
        BasisTermStructure ts = curve();
        assertThat(ts.size()).isEqualTo(2);
        assertThat(ts.spotPrice()).isEqualTo(100.0);
        assertThat(ts.valuationTime()).isEqualTo(T0);
        assertThat(ts.dayCount()).isEqualTo(DayCount.ACT_365F);
        assertThat(ts.yearFraction(0)).isCloseTo(0.2, within(1e-15));
        assertThat(ts.totalCarry(1)).isCloseTo(0.03, within(1e-15));
        // continuous 0.01/0.2 = 0.05 and 0.03/0.4 = 0.075
        assertThat(ts.annualizedBasis(0, Compounding.CONTINUOUS).rate()).isCloseTo(0.05, within(1e-14));
        assertThat(ts.annualizedBasis(1, Compounding.CONTINUOUS).rate()).isCloseTo(0.075, within(1e-14));
        assertThat(ts.basis(1).derivativePrice()).isEqualTo(ts.points().get(1).futurePrice());
        assertThatThrownBy(() -> ts.yearFraction(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void constantMaturityInterpolatesTotalCarryLinearly() {
        BasisTermStructure ts = curve();
        // 36.5 days = tau 0.1, before the first expiry: carry 0.01 x 0.1/0.2 = 0.005; continuous 0.005/0.1 = 0.05
        Duration d36p5 = Duration.ofHours(876);
        assertThat(ts.constantMaturity(d36p5, Compounding.CONTINUOUS).rate()).isCloseTo(0.05, within(1e-14));
        // simple: (e^0.005 - 1)/0.1 = 0.0501252086
        assertThat(ts.constantMaturity(d36p5, Compounding.SIMPLE).rate()).isCloseTo(0.050125208594009596, within(1e-14));
        // 109.5 days = tau 0.3, midway: carry 0.01 + 0.5 x (0.03 - 0.01) = 0.02; continuous 0.02/0.3
        AnnualizedBasis mid = ts.constantMaturity(Duration.ofHours(2628), Compounding.CONTINUOUS);
        assertThat(mid.rate()).isCloseTo(0.02 / 0.3, within(1e-14));
        assertThat(mid.yearFraction()).isCloseTo(0.3, within(1e-15));
        // simple: (e^0.02 - 1)/0.3 = 0.0202013400/0.3 = 0.0673378001
        assertThat(ts.constantMaturity(Duration.ofHours(2628), Compounding.SIMPLE).rate())
                .isCloseTo(0.06733780008918593, within(1e-14));
        // exactly at the second expiry: 0.03/0.4 = 0.075
        assertThat(ts.constantMaturityDays(146, Compounding.CONTINUOUS).rate()).isCloseTo(0.075, within(1e-14));
    }

    @Test
    void standardTenors() {
        BasisTermStructure ts = curve();
        // 30 and 60 days lie before the first expiry: carry = 0.05 tau, so the continuous rate is 0.05
        assertThat(ts.constantMaturity30Days(Compounding.CONTINUOUS).rate()).isCloseTo(0.05, within(1e-14));
        assertThat(ts.constantMaturity60Days(Compounding.CONTINUOUS).rate()).isCloseTo(0.05, within(1e-14));
        // 90 days: tau = 90/365; segment slope (0.03 - 0.01)/0.2 = 0.1;
        // carry = 0.01 + 0.1 (90/365 - 0.2) = 0.1 x 90/365 - 0.01; rate = 0.1 - 0.01 x 365/90 = 0.0594444
        assertThat(ts.constantMaturity90Days(Compounding.CONTINUOUS).rate()).isCloseTo(0.05944444444444445, within(1e-14));
        assertThat(ts.constantMaturity90Days(Compounding.CONTINUOUS).yearFraction()).isCloseTo(90.0 / 365, within(1e-15));
    }

    @Test
    void beyondTheLastExpiryRefusesUnlessExtrapolationIsAllowed() {
        BasisTermStructure ts = curve();
        Duration d182p5 = Duration.ofHours(4380); // tau 0.5
        assertThatThrownBy(() -> ts.constantMaturity(d182p5, Compounding.CONTINUOUS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tenor'")
                .hasMessageContaining("PT4380H")
                .hasMessageContaining(D146.toString());
        // flat continuous rate of the last point: 0.075, carry 0.075 x 0.5 = 0.0375
        AnnualizedBasis extrapolated = ts.constantMaturity(d182p5, Compounding.CONTINUOUS, true);
        assertThat(extrapolated.rate()).isCloseTo(0.075, within(1e-14));
        assertThat(extrapolated.totalCarry()).isCloseTo(0.0375, within(1e-15));
        // simple: (e^0.0375 - 1)/0.5 = 0.0382119598.../0.5
        assertThat(ts.constantMaturity(d182p5, Compounding.SIMPLE, true).rate())
                .isCloseTo((Math.exp(0.0375) - 1) / 0.5, within(1e-14));
    }

    @Test
    void shapes() {
        Instant d1 = T0.plus(Duration.ofDays(30));
        Instant d2 = T0.plus(Duration.ofDays(90));
        assertThat(BasisTermStructure.of(100, T0, List.of(Point.of(d1, 101), Point.of(d2, 102))).shape())
                .isEqualTo(TermStructureShape.CONTANGO);
        assertThat(BasisTermStructure.of(100, T0, List.of(Point.of(d1, 99), Point.of(d2, 98))).shape())
                .isEqualTo(TermStructureShape.BACKWARDATION);
        assertThat(BasisTermStructure.of(100, T0, List.of(Point.of(d1, 100), Point.of(d2, 100))).shape())
                .isEqualTo(TermStructureShape.FLAT);
        // above spot but falling with expiry: mixed
        assertThat(BasisTermStructure.of(100, T0, List.of(Point.of(d1, 102), Point.of(d2, 101))).shape())
                .isEqualTo(TermStructureShape.MIXED);
        // steps 100 -> 100.005 (+0.5 bp) -> 100.01 (+0.5 bp): contango exactly, flat at 1 bp tolerance
        BasisTermStructure small = BasisTermStructure.of(100, T0, List.of(Point.of(d1, 100.005), Point.of(d2, 100.01)));
        assertThat(small.shape()).isEqualTo(TermStructureShape.CONTANGO);
        assertThat(small.shape(1e-4)).isEqualTo(TermStructureShape.FLAT);
        assertThatThrownBy(() -> small.shape(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tolerance'");
    }

    @Test
    void validation() {
        Instant d1 = T0.plus(Duration.ofDays(30));
        assertThatThrownBy(() -> BasisTermStructure.of(100, T0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'points'");
        assertThatThrownBy(() -> BasisTermStructure.of(100, T0, List.of(Point.of(d1, 101), Point.of(d1, 102))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'points[1].expiry'")
                .hasMessageContaining(d1.toString());
        assertThatThrownBy(() -> BasisTermStructure.of(100, T0, List.of(Point.of(D146, 101), Point.of(D73, 102))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'points[1].expiry'");
        assertThatThrownBy(() -> BasisTermStructure.of(100, T0, List.of(Point.of(T0, 101))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'expiry'")
                .hasMessageContaining(T0.toString());
        assertThatThrownBy(() -> BasisTermStructure.of(100, T0, Arrays.asList(Point.of(d1, 101), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'points[1]'");
        assertThatThrownBy(() -> BasisTermStructure.of(-100, T0, List.of(Point.of(d1, 101))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'spotPrice'");
        assertThatThrownBy(() -> Point.of(d1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'futurePrice'");
        BasisTermStructure ts = curve();
        assertThatThrownBy(() -> ts.constantMaturity(Duration.ZERO, Compounding.SIMPLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tenor'").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> ts.constantMaturityDays(-3, Compounding.SIMPLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'days'").hasMessageContaining("-3");
        assertThatThrownBy(() -> ts.constantMaturity(Duration.ofDays(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'compounding'");
    }

    @Test
    void valueSemantics() {
        assertThat(curve()).isEqualTo(curve()).hasSameHashCodeAs(curve());
        assertThat(curve()).isNotEqualTo(BasisTermStructure.of(100.0, T0, List.of(Point.of(D73, 101.0))));
        assertThat(curve().toString()).contains("spotPrice=100.0");
        List<Point> source = new ArrayList<>(List.of(Point.of(D73, 101.0)));
        BasisTermStructure ts = BasisTermStructure.of(100.0, T0, source, DayCount.ACT_360);
        source.clear();
        assertThat(ts.size()).isEqualTo(1);
        assertThat(ts.yearFraction(0)).isCloseTo(73.0 / 360, within(1e-15));
        assertThatThrownBy(() -> ts.points().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property
    void constantMaturityReproducesEveryNodeAndStaysBetweenNeighbours(
            @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = -0.3, max = 0.3) Double> relatives,
            @ForAll @IntRange(min = 1, max = 1000) int probeDays) {
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < relatives.size(); i++) {
            pts.add(Point.of(T0.plus(Duration.ofDays(30L * (i + 1))), 100.0 * (1 + relatives.get(i))));
        }
        BasisTermStructure ts = BasisTermStructure.of(100.0, T0, pts);
        for (int i = 0; i < ts.size(); i++) {
            AnnualizedBasis atNode = ts.constantMaturityDays(30L * (i + 1), Compounding.SIMPLE);
            assertThat(atNode.forwardPrice(100.0)).isCloseTo(pts.get(i).futurePrice(), within(1e-9));
        }
        long lastDays = 30L * ts.size();
        AnnualizedBasis probe = ts.constantMaturity(Duration.ofDays(probeDays), Compounding.CONTINUOUS, true);
        if (probeDays <= lastDays) {
            int k = (probeDays - 1) / 30; // bracketing node above the probe
            double hi = ts.totalCarry(k);
            double lo = k == 0 ? 0.0 : ts.totalCarry(k - 1);
            assertThat(probe.totalCarry()).isBetween(Math.min(lo, hi) - 1e-12, Math.max(lo, hi) + 1e-12);
        } else {
            assertThat(probe.rate()).isCloseTo(ts.annualizedBasis(ts.size() - 1, Compounding.CONTINUOUS).rate(),
                    within(1e-12));
        }
    }
}
