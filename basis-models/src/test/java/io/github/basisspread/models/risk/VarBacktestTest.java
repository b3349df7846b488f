package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VarBacktestTest {

    private static final Map<String, Double> R = RiskReference.values();

    private static boolean[] hits(int n, int... oneBasedDays) {
        boolean[] h = new boolean[n];
        for (int d : oneBasedDays) {
            h[d - 1] = true;
        }
        return h;
    }

    @Test
    void matchesTheRScript() {
        check(VarBacktest.ofExceptions(hits(250, 10, 11, 50, 120, 121, 200), 0.99), "bt250_");
        check(VarBacktest.ofExceptions(hits(500, 40, 300, 301, 302, 450), 0.995), "bt500_");
    }

    private static void check(VarBacktest b, String prefix) {
        assertThat(b.kupiec().statistic()).isCloseTo(R.get(prefix + "pof"), within(1e-10));
        assertThat(b.kupiec().pValue()).isCloseTo(R.get(prefix + "pof_p"), within(1e-10));
        assertThat(b.independence().statistic()).isCloseTo(R.get(prefix + "ind"), within(1e-10));
        assertThat(b.independence().pValue()).isCloseTo(R.get(prefix + "ind_p"), within(1e-10));
        assertThat(b.conditionalCoverage().statistic()).isCloseTo(R.get(prefix + "cc"), within(1e-10));
        assertThat(b.conditionalCoverage().pValue()).isCloseTo(R.get(prefix + "cc_p"), within(1e-10));
        assertThat(b.conditionalCoverage().degreesOfFreedom()).isEqualTo(2);
    }

    @Test
    void kupiecByHand() {
        // 1 exception in 10 at a 90% VaR: x/n = p, the likelihood ratio is exactly 1.
        VarBacktest b = VarBacktest.ofExceptions(hits(10, 4), 0.9);
        assertThat(b.kupiec().statistic()).isCloseTo(0, within(1e-12));
        // the statistic is zero up to rounding; the chi-squared(1) cdf rises like sqrt there
        assertThat(b.kupiec().pValue()).isGreaterThan(0.9999);
        // 2 in 4 at 90%: -2[2 ln 0.9 + 2 ln 0.1] + 2[2 ln 0.5 + 2 ln 0.5]
        VarBacktest c = VarBacktest.ofExceptions(new boolean[] {true, true, false, false}, 0.9);
        double pof = -2 * (2 * Math.log(0.9) + 2 * Math.log(0.1)) + 2 * (4 * Math.log(0.5));
        assertThat(c.kupiec().statistic()).isCloseTo(pof, within(1e-12));
        // transitions of 1,1,0,0: n00 = 1, n01 = 0, n10 = 1, n11 = 1; pi01 = 0, pi11 = 1/2, pi = 1/3
        double ind = -2 * (2 * Math.log(2.0 / 3) + Math.log(1.0 / 3)) + 2 * (2 * Math.log(0.5));
        assertThat(c.independence().statistic()).isCloseTo(ind, within(1e-12));
        assertThat(c.conditionalCoverage().statistic()).isCloseTo(pof + ind, within(1e-12));
        assertThat(c.exceptions()).isEqualTo(2);
    }

    @Test
    void exceptionsCountLossesBeyondTheVar() {
        VarBacktest b = VarBacktest.of(new double[] {-5, -11, 3, -10.5}, new double[] {10, 10, 10, 10}, 0.9);
        assertThat(b.exceptions()).isEqualTo(2);
        assertThat(b.observations()).isEqualTo(4);
    }

    @Test
    void baselZonesFor250At99() {
        // Basel Committee on Banking Supervision, January 1996, Table 2: green 0-4, yellow 5-9, red 10+.
        for (int x = 0; x <= 12; x++) {
            TrafficLightZone expected = x <= 4 ? TrafficLightZone.GREEN
                    : x <= 9 ? TrafficLightZone.YELLOW : TrafficLightZone.RED;
            assertThat(VarBacktest.zone(x, 250, 0.99)).as(x + " exceptions").isEqualTo(expected);
        }
        // The binomial cumulative probabilities the zones are read from, against R's pbinom.
        assertThat(R.get("binom250_cum_4")).isLessThan(0.95);
        assertThat(R.get("binom250_cum_5")).isGreaterThanOrEqualTo(0.95);
        assertThat(R.get("binom250_cum_9")).isLessThan(0.9999);
        assertThat(R.get("binom250_cum_10")).isGreaterThanOrEqualTo(0.9999);
    }

    @Test
    void summaryAndBadInput() {
        VarBacktest b = VarBacktest.ofExceptions(hits(250, 10, 11, 50, 120, 121, 200), 0.99);
        assertThat(b.summary()).contains("6 exceptions in 250 observations").contains("Kupiec")
                .contains("Christoffersen independence").contains("Basel traffic light: YELLOW");
        assertThat(b.zone()).isEqualTo(TrafficLightZone.YELLOW);
        assertThat(b.independence().rejectsAt(0.01)).isTrue();
        assertThatThrownBy(() -> VarBacktest.of(new double[] {1, 2}, new double[] {1, 2, 3}, 0.99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'valueAtRisk' must have the length of pnl (2) but has value of length 3");
        assertThatThrownBy(() -> VarBacktest.zone(11, 10, 0.99))
                .hasMessage("Argument 'exceptions' must be in [0, observations = 10] but has value 11");
        assertThatThrownBy(() -> VarBacktest.ofExceptions(new boolean[] {true}, 0.99))
                .hasMessage("Argument 'exceptions' must hold at least 2 observations but has value of length 1");
    }
}
