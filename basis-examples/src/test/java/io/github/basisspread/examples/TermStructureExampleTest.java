package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.basis.TermStructureShape;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TermStructureExampleTest {

    @Test
    void curveAndConstantMaturityWorkedByHand() {
        TermStructureExample.Result r = TermStructureExample.run();
        assertThat(r.spotPrice()).isEqualTo(3_000.0);
        // 6 May -> 31 May = 25 days; -> 28 Jun = 25 + 28 = 53; -> 27 Sep = 53 + 30 + 31 + 30 = 144; -> 27 Dec = 235.
        double[] days = {25, 53, 144, 235};
        assertThat(r.curve()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(r.curve().get(i).days()).isCloseTo(days[i], within(1e-9));
        }
        // Monthly: (3006/3000 - 1) * 365/25 = 0.002 * 14.6 = 0.0292; continuous ln(1.002) * 365/25 = 0.029171.
        TermStructureExample.Tenor monthly = r.curve().get(0);
        assertThat(monthly.annualizedSimple()).isCloseTo(0.0292, within(1e-12));
        assertThat(monthly.annualizedContinuous()).isCloseTo(0.0291709, within(1e-7));
        // Dec: (3085/3000 - 1) * 365/235 = 0.0283333 * 1.5531915 = 0.0440071.
        assertThat(r.curve().get(3).annualizedSimple()).isCloseTo(0.0440071, within(1e-7));
        // Simple exceeds continuous for a positive basis: (e^x - 1) > x.
        for (TermStructureExample.Tenor t : r.curve()) {
            assertThat(t.annualizedSimple()).isGreaterThan(t.annualizedContinuous());
        }
        assertThat(r.shape()).isEqualTo(TermStructureShape.CONTANGO);
        assertThat(r.stressedShape()).isEqualTo(TermStructureShape.BACKWARDATION);
        // 30 days lies between 25 and 53 days: total carry ln(F/S) linear in time, then annualized simply.
        double c25 = Math.log(3_006.0 / 3_000);
        double c53 = Math.log(3_015.0 / 3_000);
        double c30 = c25 + (c53 - c25) * (30.0 - 25) / (53 - 25);
        assertThat(r.constantMaturity30d().rate()).isCloseTo((Math.exp(c30) - 1) * 365 / 30, within(1e-12));
        assertThat(r.constantMaturity30d().rate()).isCloseTo(0.03084, within(1e-5));
        // 90 days lies between 53 and 144 days.
        double c144 = Math.log(3_048.0 / 3_000);
        double c90 = c53 + (c144 - c53) * (90.0 - 53) / (144 - 53);
        assertThat(r.constantMaturity90d().rate()).isCloseTo((Math.exp(c90) - 1) * 365 / 90, within(1e-12));
    }

    @Test
    void printsTheCurve() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TermStructureExample.print(TermStructureExample.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("2024-12-27T08:00:00Z", "CONTANGO",
                "BACKWARDATION", "constant maturity 30d 3.084%");
    }
}
