package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JohansenTest {

    private static final double REL = 1e-8;

    private static Deterministic det(int order) {
        return order == -1 ? Deterministic.NONE : order == 0 ? Deterministic.CONSTANT : Deterministic.CONSTANT_TREND;
    }

    private static double[][] spotAndFutures() {
        return new double[][] {Reference.series("spot"), Reference.series("fut1"), Reference.series("fut2")};
    }

    private static void assertClose(List<Double> actual, double[] expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("entry %d", i).isCloseTo(expected[i], within(REL * Math.abs(expected[i]) + 1e-12));
        }
    }

    @ParameterizedTest(name = "det_order={0} k_ar_diff={1}")
    @CsvSource({"-1,1", "-1,2", "0,1", "0,2", "1,1", "1,2"})
    void matchesStatsmodelsCointJohansen(int order, int k) {
        String key = "johansen." + order + "." + k;
        JohansenResult r = Johansen.of(det(order), k).test(spotAndFutures());
        assertClose(r.eigenvalues(), Reference.values(key + ".eig"));
        assertClose(r.traceStatistics(), Reference.values(key + ".lr1"));
        assertClose(r.maxEigenvalueStatistics(), Reference.values(key + ".lr2"));
        double[] cvt = Reference.values(key + ".cvt");
        double[] cvm = Reference.values(key + ".cvm");
        for (int i = 0; i < 3; i++) {
            assertThat(new double[] {r.traceCriticalValues().get(i).at(0.10), r.traceCriticalValues().get(i).at(0.05),
                r.traceCriticalValues().get(i).at(0.01)}).containsExactly(new double[] {cvt[3 * i], cvt[3 * i + 1],
                    cvt[3 * i + 2]}, within(0.0));
            assertThat(new double[] {r.maxEigenvalueCriticalValues().get(i).at(0.10),
                r.maxEigenvalueCriticalValues().get(i).at(0.05), r.maxEigenvalueCriticalValues().get(i).at(0.01)})
                    .containsExactly(new double[] {cvm[3 * i], cvm[3 * i + 1], cvm[3 * i + 2]}, within(0.0));
        }
        // Eigenvectors: statsmodels only fixes the sign of the whole matrix, we fix each column's.
        double[] evec = Reference.values(key + ".evec");
        for (int col = 0; col < 3; col++) {
            double sign = Math.signum(evec[col]);
            for (int row = 0; row < 3; row++) {
                double e = sign * evec[3 * row + col];
                assertThat(r.eigenvectors().get(col).get(row)).isCloseTo(e, within(1e-6 * Math.abs(e) + 1e-9));
            }
        }
        assertThat(r.nobs()).isEqualTo(400 - 1 - k);
        assertThat(r.lagDifferences()).isEqualTo(k);
        assertThat(r.seriesCount()).isEqualTo(3);
    }

    @ParameterizedTest(name = "det_order={0} k_ar_diff={1}")
    @CsvSource({"-1,0", "0,0", "1,0", "-1,1", "0,1", "0,2", "1,2"})
    void matchesTextbookJohansenIncludingZeroLags(int order, int k) {
        // make_reference.py: statsmodels' pipeline with the lagged level y_{t-1} (Johansen 1995).
        // Equal to coint_johansen for k >= 1, differs (by design) for k = 0.
        String key = "johansen.textbook." + order + "." + k;
        JohansenResult r = Johansen.of(det(order), k).test(spotAndFutures());
        assertClose(r.eigenvalues(), Reference.values(key + ".eig"));
        assertClose(r.traceStatistics(), Reference.values(key + ".lr1"));
        assertClose(r.maxEigenvalueStatistics(), Reference.values(key + ".lr2"));
    }

    @Test
    void spotAndTwoFuturesHaveRankTwo() {
        // Two stationary bases tie three prices to one stochastic trend: rank 2.
        JohansenResult r = Johansen.of(Deterministic.CONSTANT, 1).test(spotAndFutures());
        assertThat(r.rank(JohansenStatistic.TRACE, 0.05)).isEqualTo(2);
        assertThat(r.rank(JohansenStatistic.MAX_EIGENVALUE, 0.05)).isEqualTo(2);
        assertThat(r.rejectsNull(JohansenStatistic.TRACE, 0, 0.01)).isTrue();
        assertThat(r.rejectsNull(JohansenStatistic.TRACE, 2, 0.10)).isFalse();
        assertThat(r.rankTest(JohansenStatistic.TRACE, 1).nullHypothesis()).isEqualTo("The cointegration rank is at most 1");
        assertThat(r.rankTest(JohansenStatistic.TRACE, 1).alternativeHypothesis()).isEqualTo("The cointegration rank is greater than 1");
        assertThat(r.rankTest(JohansenStatistic.MAX_EIGENVALUE, 1).nullHypothesis()).isEqualTo("The cointegration rank is 1");
        assertThat(r.rankTest(JohansenStatistic.MAX_EIGENVALUE, 1).alternativeHypothesis()).isEqualTo("The cointegration rank is 2");
        JohansenResult pair = Johansen.of(Deterministic.CONSTANT, 1)
                .test(Reference.series("pair_y"), Reference.series("pair_x"));
        assertClose(pair.traceStatistics(), Reference.values("johansen.pair.0.1.lr1"));
        assertClose(pair.eigenvalues(), Reference.values("johansen.pair.0.1.eig"));
    }

    @Test
    void traceIsTheSumOfMaxEigenvalueStatistics() {
        // By definition trace(r) = sum_{i >= r} maxEig(i); first by hand on lambda = 0.5, 0.2 with T = 10:
        // maxEig = -10 ln 0.5 = 6.931472, -10 ln 0.8 = 2.231436; trace(0) = 9.162907.
        assertThat(-10 * Math.log(0.5) - 10 * Math.log(0.8)).isCloseTo(9.162907, within(1e-6));
        JohansenResult r = Johansen.of(Deterministic.CONSTANT_TREND, 2).test(spotAndFutures());
        assertThat(r.traceStatistics().get(0)).isCloseTo(r.maxEigenvalueStatistics().get(0)
                + r.maxEigenvalueStatistics().get(1) + r.maxEigenvalueStatistics().get(2), within(1e-10));
        assertThat(r.traceStatistics().get(2)).isEqualTo(r.maxEigenvalueStatistics().get(2));
    }

    @Property(tries = 15)
    void invariantToRescalingEachSeries(@ForAll @DoubleRange(min = 0.01, max = 1000) double a,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double b) {
        // Canonical correlations do not change when a series is multiplied by a constant
        // (e.g. quoting a future in another currency unit).
        double[][] s = spotAndFutures();
        JohansenResult base = Johansen.of(Deterministic.CONSTANT, 1).test(s);
        for (int i = 0; i < s[0].length; i++) {
            s[0][i] *= a;
            s[2][i] *= b;
        }
        JohansenResult scaled = Johansen.of(Deterministic.CONSTANT, 1).test(s);
        for (int i = 0; i < 3; i++) {
            assertThat(scaled.eigenvalues().get(i)).isCloseTo(base.eigenvalues().get(i), within(1e-9));
        }
    }

    @Test
    void refusesBadInput() {
        double[] spot = Reference.series("spot");
        double[] fut = Reference.series("fut1");
        Johansen j = Johansen.of(Deterministic.CONSTANT, 1);
        assertThatThrownBy(() -> j.test(spot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'series' must hold between 2 and 12 series").hasMessageContaining("but has 1");
        assertThatThrownBy(() -> j.test(spot, java.util.Arrays.copyOf(fut, 399)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'series[1]' must have the same length as 'series[0]' (400) but has length 399");
        assertThatThrownBy(() -> Johansen.of(Deterministic.CONSTANT, 5).test(new double[] {1, 2, 3, 5, 4, 6, 5, 7},
                new double[] {2, 1, 3, 4, 6, 5, 8, 7})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'series' must have at least 17 observations for 2 series with 5 lagged differences");
        double[] twice = spot.clone();
        for (int i = 0; i < twice.length; i++) {
            twice[i] = 2 * spot[i] + 1;
        }
        assertThatThrownBy(() -> j.test(spot, twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be collinear");
        assertThatThrownBy(() -> Johansen.of(Deterministic.CONSTANT, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lagDifferences' must be zero or greater but has value -1");
        JohansenResult r = j.test(spot, fut);
        assertThatThrownBy(() -> r.rejectsNull(JohansenStatistic.TRACE, 2, 0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rank' must be between 0 and 1 but has value 2");
        assertThatThrownBy(() -> r.rank(JohansenStatistic.TRACE, 0.025)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'level' must be one of [0.01, 0.05, 0.1] but has value 0.025");
    }
}
