package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HedgeRatioExampleTest {

    @Test
    void estimatesAreCloseToTheSimulatedRatios() {
        HedgeRatioExample.Result r = HedgeRatioExample.run();
        // True ratio 0.95; the slope's standard error is about 150 / (500 sqrt 500) = 0.0134: within 0.05 is
        // more than 3.5 standard errors.
        assertThat(r.staticHedge().hedgeRatio()).isCloseTo(HedgeRatioExample.TRUE_RATIO, within(0.05));
        assertThat(r.staticHedge().standardError()).isCloseTo(150 / (500 * Math.sqrt(500)), within(0.003));
        // Effectiveness: 1 - 150^2 / (0.95^2 500^2 + 150^2) = 1 - 22500 / 248125 = 0.909.
        assertThat(r.staticHedge().effectiveness()).isCloseTo(0.909, within(0.03));
        // The basis risk is the noise's standard deviation, 150 a day.
        assertThat(r.staticHedge().basisRisk()).isCloseTo(150, within(15.0));
        // The Kalman filter follows the jump from 0.7 to 1.2; OLS over both regimes averages them (~0.95).
        assertThat(r.smoothedBefore()).isCloseTo(HedgeRatioExample.RATIO_BEFORE, within(0.1));
        assertThat(r.smoothedAfter()).isCloseTo(HedgeRatioExample.RATIO_AFTER, within(0.1));
        assertThat(r.filteredToday()).isCloseTo(HedgeRatioExample.RATIO_AFTER, within(0.15));
        assertThat(r.filteredTodayLower()).isLessThan(r.filteredToday());
        assertThat(r.filteredTodayUpper()).isGreaterThan(r.filteredToday());
        assertThat(r.staticOverRegimes()).isBetween(0.8, 1.1);
    }

    @Test
    void printsTheRatios() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HedgeRatioExample.print(HedgeRatioExample.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Static hedge", "Kalman", "right for neither");
    }
}
