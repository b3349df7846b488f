package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PortmanteauTest {

    private static double[] data(String name) {
        if (!name.equals("drw")) {
            return Reference.series(name);
        }
        double[] rw = Reference.series("rw");
        double[] d = new double[rw.length - 1];
        for (int i = 0; i < d.length; i++) {
            d[i] = rw[i + 1] - rw[i];
        }
        return d;
    }

    @ParameterizedTest(name = "{0} model_df={1}")
    @CsvSource({"ar1,0", "ar1,2", "drw,0", "drw,2", "fat,0", "fat,2"})
    void matchesStatsmodelsAcorrLjungbox(String name, int modelDf) {
        double[] x = data(name);
        String key = "lb." + name + "." + modelDf;
        List<PortmanteauResult> lb = Portmanteau.of(Portmanteau.Kind.LJUNG_BOX).withLags(10).withModelDf(modelDf).testUpTo(x);
        List<PortmanteauResult> bp = Portmanteau.of(Portmanteau.Kind.BOX_PIERCE).withLags(10).withModelDf(modelDf).testUpTo(x);
        double[] lbStat = Reference.values(key + ".lb_stat");
        double[] lbP = Reference.values(key + ".lb_pvalue");
        double[] bpStat = Reference.values(key + ".bp_stat");
        double[] bpP = Reference.values(key + ".bp_pvalue");
        assertThat(lb).hasSize(10 - modelDf);
        for (int h = modelDf + 1; h <= 10; h++) {
            PortmanteauResult l = lb.get(h - modelDf - 1);
            PortmanteauResult b = bp.get(h - modelDf - 1);
            assertThat(l.lagsUsed()).isEqualTo(h);
            assertThat(l.degreesOfFreedom()).isEqualTo(h - modelDf);
            assertThat(l.statistic()).isCloseTo(lbStat[h - 1], within(1e-10 * lbStat[h - 1]));
            assertThat(b.statistic()).isCloseTo(bpStat[h - 1], within(1e-10 * bpStat[h - 1]));
            assertThat(l.pValue()).isCloseTo(lbP[h - 1], within(1e-9 * lbP[h - 1] + 1e-300));
            assertThat(b.pValue()).isCloseTo(bpP[h - 1], within(1e-9 * bpP[h - 1] + 1e-300));
        }
        for (int h = 1; h <= modelDf; h++) {
            assertThat(lbP[h - 1]).as("statsmodels has no p-value there").isEqualTo(-1.0);
        }
        PortmanteauResult last = Portmanteau.ljungBox().withLags(10).withModelDf(modelDf).test(x);
        assertThat(last.statistic()).isEqualTo(lb.get(lb.size() - 1).statistic());
        assertThat(Portmanteau.boxPierce().withLags(10).withModelDf(modelDf).test(x).statistic()).isEqualTo(bp.get(bp.size() - 1).statistic());
    }

    @Test
    void alternatingSeriesByHand() {
        // x = 1, -1, 1, -1: mean 0, c0 = 4/4, c1 = -3/4, r1 = -0.75.
        // Q_LB(1) = 4 * 6 * 0.5625 / 3 = 4.5; Q_BP(1) = 4 * 0.5625 = 2.25.
        // chi2(1) upper tails: P(>4.5) = erfc(sqrt(2.25)) = erfc(1.5) = 0.0338948535;
        // P(>2.25) = erfc(sqrt(1.125)) = 0.1336144025.
        double[] x = {1, -1, 1, -1};
        PortmanteauResult lb = Portmanteau.ljungBox().withLags(1).test(x);
        PortmanteauResult bp = Portmanteau.boxPierce().withLags(1).test(x);
        assertThat(lb.statistic()).isCloseTo(4.5, within(1e-14));
        assertThat(bp.statistic()).isCloseTo(2.25, within(1e-14));
        assertThat(lb.pValue()).isCloseTo(0.0338948535, within(1e-10));
        assertThat(bp.pValue()).isCloseTo(0.1336144025, within(1e-10));
        assertThat(lb.kind()).isEqualTo(Portmanteau.Kind.LJUNG_BOX);
        assertThat(lb.rejectsNull(0.05)).isTrue();
        assertThat(bp.rejectsNull(0.05)).isFalse();
        // chi2(1) critical values: 6.634897 (1%), 3.841459 (5%), 2.705543 (10%).
        assertThat(lb.criticalValues().at(0.05)).isCloseTo(3.841459, within(1e-6));
        assertThat(lb.criticalValues().at(0.01)).isCloseTo(6.634897, within(1e-6));
        assertThat(lb.nullHypothesis()).contains("first 1 autocorrelations are all zero");
        assertThat(lb.alternativeHypothesis()).contains("not zero");
    }

    @Test
    void timeSeriesUsesStatsmodelsDefaultLag() {
        double[] x = Reference.series("ar1");
        long[] t = new long[x.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        // n = 250: min(250/5, 10) = 10 lags.
        PortmanteauResult r = Portmanteau.ljungBox().test(TimeSeries.ofEpochMillis(t, x));
        assertThat(r.lagsUsed()).isEqualTo(10);
        assertThat(r.statistic()).isEqualTo(Portmanteau.ljungBox().withLags(10).test(x).statistic());
    }

    @Test
    void missingValuesAreRefusedOrDroppedAsAsked() {
        double[] gappy = {1, -1, Double.NaN, 1, -1};
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(1).test(gappy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'x' must not contain missing (NaN)").hasMessageContaining("index 2");
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(1).withMissing(Portmanteau.Missing.REJECT).test(gappy))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 2");
        // Dropped: the series 1, -1, 1, -1 of alternatingSeriesByHand, Q = 4.5.
        PortmanteauResult dropped = Portmanteau.ljungBox().withLags(1).withMissing(Portmanteau.Missing.DROP).test(gappy);
        assertThat(dropped.statistic()).isCloseTo(4.5, within(1e-14));
        assertThat(dropped.nobs()).isEqualTo(4);
        assertThat(dropped.pValue()).isCloseTo(0.0338948535, within(1e-10));
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(1).withMissing(Portmanteau.Missing.DROP)
                .test(new double[] {1, Double.POSITIVE_INFINITY, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(1).withMissing(null).test(gappy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'missing'");
    }

    @Test
    void arimaLjungBoxIsThisComputation() {
        // A strongly autocorrelated series: Q in the hundreds, where 1 - cdf (the old arima copy) rounded to 0.
        double[] x = new double[300];
        for (int t = 0; t < x.length; t++) {
            x[t] = Math.sin(t / 9.0) + (t % 7 == 0 ? Double.NaN : 0.01 * (t % 5));
        }
        io.github.basisspread.models.arima.LjungBox arima = io.github.basisspread.models.arima.LjungBox.test(x, 12, 2);
        PortmanteauResult here = Portmanteau.ljungBox().withLags(12).withModelDf(2).withMissing(Portmanteau.Missing.DROP).test(x);
        assertThat(arima.statistic()).isEqualTo(here.statistic()).isGreaterThan(500);
        assertThat(arima.degreesOfFreedom()).isEqualTo(10);
        assertThat(arima.pValue()).isEqualTo(here.pValue()).isPositive().isLessThan(1e-90);
    }

    @Test
    void refusesBadInput() {
        double[] x = {1, 2, 0, 3, 1};
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(2).withModelDf(2).test(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lag' must be between modelDf + 1 = 3 and n - 1 = 4 but has value 2");
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(5).test(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has value 5");
        assertThatThrownBy(() -> Portmanteau.ljungBox().withLags(1).withModelDf(-1).test(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'modelDf' must be zero or greater but has value -1");
        assertThatThrownBy(() -> Portmanteau.boxPierce().withLags(1).test(new double[] {1, Double.NaN, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at index 1");
        assertThatThrownBy(() -> Portmanteau.of(null).withLags(1).testUpTo(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kind' must not be null");
    }
}
