package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Filtered historical simulation with a GARCH(1,1) scaler against R's fGarch::garchFit
 * (generate_garch_fhs_reference.R, frozen in garch_fhs_reference.csv on garch_pnl_sample.csv).
 * Tolerances: the GARCH fit matches fGarch to about 1e-4 relative in its volatilities
 * (models.volatility's GarchReferenceTest), so volatilities are checked at 1e-3 relative and the
 * VaR and ES, quantiles of the P&amp;L rescaled by them, at 1e-3 relative as well.
 */
class GarchVolatilityTest {

    static Map<String, Double> reference() {
        Map<String, Double> map = new HashMap<>();
        List<String> rows = RiskReference.lines("garch_fhs_reference.csv").stream().filter(l -> !l.startsWith("#"))
                .toList();
        for (String line : rows.subList(1, rows.size())) {
            String[] parts = line.split(",");
            map.put(parts[0], Double.parseDouble(parts[1]));
        }
        return map;
    }

    static double[] sample() {
        List<String> rows = RiskReference.lines("garch_pnl_sample.csv").stream().filter(l -> !l.startsWith("#"))
                .toList();
        return rows.subList(1, rows.size()).stream().mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void volatilitiesAndFhsMatchFGarch() {
        Map<String, Double> r = reference();
        double[] pnl = sample();
        assertThat(pnl).hasSize(600);
        double[] sigma = GarchVolatility.garch11().conditionalVolatilities(pnl);
        assertThat(sigma).hasSize(601);
        assertThat(sigma[0]).isCloseTo(r.get("sigma_first"), within(1e-3 * r.get("sigma_first")));
        assertThat(sigma[599]).isCloseTo(r.get("sigma_last"), within(1e-3 * r.get("sigma_last")));
        assertThat(sigma[600]).isCloseTo(r.get("sigma_next"), within(1e-3 * r.get("sigma_next")));
        for (double level : new double[] {0.95, 0.99}) {
            RiskEstimate e = ValueAtRisk.filteredHistorical(pnl, level, GarchVolatility.garch11());
            double var = r.get("garch_fhs_var_" + level);
            double es = r.get("garch_fhs_es_" + level);
            assertThat(e.valueAtRisk()).as("VaR %s", level).isCloseTo(var, within(1e-3 * var));
            assertThat(e.expectedShortfall()).as("ES %s", level).isCloseTo(es, within(1e-3 * es));
            assertThat(e.method()).isEqualTo(VarMethod.FILTERED_HISTORICAL);
        }
        assertThat(GarchVolatility.garch11().describe()).startsWith("GARCH");
    }

    @Test
    void refusesShortSeries() {
        assertThatThrownBy(() -> GarchVolatility.garch11().conditionalVolatilities(new double[10]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'series'")
                .hasMessageContaining("at least 30");
        assertThatThrownBy(() -> GarchVolatility.of(null)).hasMessageContaining("'spec'");
    }
}
