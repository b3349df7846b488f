package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The one shape of every test: spec objects behind {@link HypothesisTest}, results with one reporting surface. */
class HypothesisTestShapeTest {

    private static final double[] AR1 = Reference.series("ar1");

    @Test
    void everySeriesTestRunsThroughTheInterface() {
        List<SeriesTest<?>> tests = List.of(AugmentedDickeyFuller.of(), Kpss.of(),
                Portmanteau.of(), Portmanteau.boxPierce(), JarqueBera.of());
        List<String> names = List.of("Augmented Dickey-Fuller", "KPSS (level)", "Ljung-Box", "Box-Pierce", "Jarque-Bera");
        for (int i = 0; i < tests.size(); i++) {
            HypothesisTestResult r = tests.get(i).test(AR1);
            assertThat(r.testName()).isEqualTo(names.get(i));
            // toString is the one-line report, summary the table with hypotheses and decisions.
            assertThat(r.toString()).startsWith(names.get(i) + ": statistic ").contains("p-value")
                    .contains("nobs " + r.nobs()).doesNotContain("\n");
            assertThat(r.summary()).contains("H0: " + r.nullHypothesis()).contains("H1: " + r.alternativeHypothesis())
                    .contains("statistic").contains("decision").contains("H0 ");
        }
    }

    @Test
    void multiSeriesTestsTakeOneArrayPerSeries() {
        double[] spot = Reference.series("spot");
        double[] fut = Reference.series("fut1");
        HypothesisTest<double[][], EngleGrangerResult> eg = EngleGranger.of();
        assertThat(eg.test(new double[][] {fut, spot}).statistic())
                .isEqualTo(EngleGranger.of().test(fut, spot).statistic());
        assertThatThrownBy(() -> eg.test(new double[][] {fut})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'series' must hold the dependent series and at least one other but has 1");
        HypothesisTest<double[][], JohansenResult> jo = Johansen.of(Deterministic.CONSTANT, 1);
        JohansenResult r = jo.test(new double[][] {spot, fut});
        assertThat(r.traceStatistics()).isEqualTo(Johansen.of(Deterministic.CONSTANT, 1).test(spot, fut).traceStatistics());
    }

    @Test
    void johansenResultIsItsTraceTestOfRankZero() {
        JohansenResult r = Johansen.of(Deterministic.CONSTANT, 1)
                .test(Reference.series("spot"), Reference.series("fut1"), Reference.series("fut2"));
        JohansenRankTest zero = r.rankTest(JohansenStatistic.TRACE, 0);
        assertThat(r.statistic()).isEqualTo(r.traceStatistics().get(0)).isEqualTo(zero.statistic());
        assertThat(r.criticalValues()).isEqualTo(r.traceCriticalValues().get(0));
        assertThat(r.pValue()).isEqualTo(zero.pValue());
        assertThat(r.lagsUsed()).isEqualTo(1);
        for (double alpha : new double[] {0.10, 0.05, 0.01}) {
            assertThat(r.rejectsNull(alpha)).isEqualTo(r.traceStatistics().get(0) > r.traceCriticalValues().get(0).at(alpha));
        }
        assertThat(r.rankTests(JohansenStatistic.MAX_EIGENVALUE)).hasSize(3)
                .allSatisfy(t -> assertThat(t.kind()).isEqualTo(JohansenStatistic.MAX_EIGENVALUE));
        assertThat(r.summary()).contains("r <= 0").contains("r <= 2").contains("r = 1").contains("rank at 5%: ")
                .contains("eigenvalues:");
        assertThat(r.toString()).startsWith("Johansen: statistic ").contains("rank at 5%: trace ");
    }

    @Test
    void tablePValueInterpolatesAndBoundsByHand() {
        // Trace table of one trend with a constant (MacKinnon, Haug and Michelis 1999): 2.7055, 3.8415, 6.6349.
        CriticalValues cv = CriticalValues.of(new double[] {0.10, 0.05, 0.01}, new double[] {2.7055, 3.8415, 6.6349});
        JohansenRankTest mid = JohansenRankTest.of(JohansenStatistic.TRACE, 0, 5.23820, cv, 1, 100, 2);
        // Halfway between 3.8415 and 6.6349: p halfway between 0.05 and 0.01.
        assertThat(mid.pValue()).isCloseTo(0.03, within(1e-12));
        assertThat(mid.pValueBound()).isEqualTo(PValueBound.POINT);
        assertThat(mid.rejectsNull(0.05)).isTrue();
        assertThat(mid.rejectsNull(0.01)).isFalse();
        JohansenRankTest far = JohansenRankTest.of(JohansenStatistic.TRACE, 0, 30, cv, 1, 100, 2);
        assertThat(far.pValue()).isEqualTo(0.01);
        assertThat(far.pValueBound()).isEqualTo(PValueBound.UPPER_BOUND);
        assertThat(far.pValueText()).isEqualTo("< 0.01");
        JohansenRankTest low = JohansenRankTest.of(JohansenStatistic.TRACE, 1, 0.5, cv, 1, 100, 2);
        assertThat(low.pValueText()).isEqualTo("> 0.10");
        assertThat(low.rejectsNull(0.10)).isFalse();
        // Decisions only at the table's levels.
        assertThatThrownBy(() -> mid.rejectsNull(0.025)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'level' must be one of [0.01, 0.05, 0.1] but has value 0.025");
    }

    @Test
    void aLowerBoundCannotDecideAboveIt() {
        // Alternating +-1: a level KPSS statistic far below the 10% value, p "> 0.10". Before, alpha =
        // 0.2 "rejected" stationarity here (0.10 < 0.2), a decision the table cannot support.
        double[] flip = new double[100];
        for (int i = 0; i < flip.length; i++) {
            flip[i] = i % 2 == 0 ? 1 : -1;
        }
        KpssResult r = Kpss.level().test(flip);
        assertThat(r.pValueBound()).isEqualTo(PValueBound.LOWER_BOUND);
        assertThat(r.pValueText()).isEqualTo("> 0.10");
        assertThat(r.rejectsNull(0.10)).isFalse();
        assertThat(r.rejectsNull(0.05)).isFalse();
        assertThatThrownBy(() -> r.rejectsNull(0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'alpha' must be at most 0.1").hasMessageContaining("but has value 0.2");
        assertThat(r.summary()).contains("p-value          > 0.10").contains("H0 not rejected at 1%, 2.5%, 5%, 10%");
    }

    @Test
    void anUpperBoundRejectsAtItsLevel() {
        double[] trend = new double[100];
        for (int i = 0; i < trend.length; i++) {
            trend[i] = i;
        }
        KpssResult r = Kpss.level().test(trend);
        assertThat(r.pValueBound()).isEqualTo(PValueBound.UPPER_BOUND);
        assertThat(r.rejectsNull(0.01)).isTrue();
        assertThat(r.rejectsNull(0.005)).isFalse();
        assertThat(r.toString()).contains("p-value < 0.01");
    }

    @Test
    void portmanteauDefaultsToStatsmodelsLag() {
        // n = 9: min(10, 9/5) = 1 lag; with one model parameter no lag is left.
        double[] x = {1, 3, 2, 5, 4, 6, 5, 8, 7};
        assertThat(Portmanteau.ljungBox().test(x).lagsUsed()).isEqualTo(1);
        assertThatThrownBy(() -> Portmanteau.ljungBox().withModelDf(1).test(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but has value 1 (the default min(10, n/5))");
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lags' must be at least 1 but has value 0");
        assertThat(Portmanteau.ljungBox().withLags(3).testUpTo(x)).hasSize(3);
    }

    @Test
    void specsAreCopiedNotModified() {
        AugmentedDickeyFuller adf = AugmentedDickeyFuller.of();
        adf.withFixedLags(3);
        assertThat(adf.lagSelection()).isEqualTo(LagSelection.AIC);
        Portmanteau lb = Portmanteau.ljungBox();
        lb.withLags(4).withModelDf(1);
        assertThat(lb.lags()).isEmpty();
        assertThat(lb.modelDf()).isZero();
        Johansen j = Johansen.of(Deterministic.CONSTANT, 1);
        assertThat(j.withLagDifferences(2).lagDifferences()).isEqualTo(2);
        assertThat(j.withDeterministic(Deterministic.NONE).deterministic()).isEqualTo(Deterministic.NONE);
        assertThat(j.lagDifferences()).isEqualTo(1);
        EngleGranger eg = EngleGranger.of().withDeterministic(Deterministic.CONSTANT_TREND);
        assertThat(eg.deterministic()).isEqualTo(Deterministic.CONSTANT_TREND);
        assertThat(new TreeMap<>(CriticalValues.none().values())).isEmpty();
    }
}
