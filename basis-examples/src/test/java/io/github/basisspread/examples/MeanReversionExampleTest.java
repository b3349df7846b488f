package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MeanReversionExampleTest {

    @Test
    void halfLifeAndBandsAreCloseToTheTruth() {
        MeanReversionExample.Result r = MeanReversionExample.run();
        OrnsteinUhlenbeck ou = r.fit().model();
        // True half-life 5 days. Over T = 4 years, se(theta) ~ sqrt(2 theta / T) = sqrt(2 * 50.6 / 4) = 5.0 a
        // year, 10% of theta: 1.5 days is 3 standard errors of the half-life.
        assertThat(r.halfLifeDays()).isCloseTo(MeanReversionExample.HALF_LIFE_DAYS, within(1.5));
        assertThat(r.halfLifeDaysStandardError()).isCloseTo(0.1 * MeanReversionExample.HALF_LIFE_DAYS, within(0.25));
        // Half-life = ln 2 / theta, in days.
        assertThat(r.halfLifeDays()).isCloseTo(365 * Math.log(2) / ou.theta(), within(1e-9));
        assertThat(ou.mu()).isCloseTo(MeanReversionExample.MEAN, within(0.5e-4));
        assertThat(ou.stationaryStandardDeviation()).isCloseTo(MeanReversionExample.STATIONARY_SD, within(0.4e-4));
        // Band: mu +- 2 sigma / sqrt(2 theta).
        double sd = ou.sigma() / Math.sqrt(2 * ou.theta());
        assertThat(r.band2().lower()).isCloseTo(ou.mu() - 2 * sd, within(1e-15));
        assertThat(r.band2().upper()).isCloseTo(ou.mu() + 2 * sd, within(1e-15));
        // A Gaussian puts 95.45% within 2 standard deviations.
        assertThat(r.shareInsideBand()).isCloseTo(0.9545, within(0.02));
        // From mu + 2 sd to mu + sd/2 the expected gap shrinks by 4: ln 4 / theta = two half-lives.
        assertThat(r.daysFromBandToQuarter()).isCloseTo(2 * r.halfLifeDays(), within(1e-9));
        assertThat(r.expectedDaysToMean()).isPositive();
    }

    @Test
    void printsTheEstimates() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MeanReversionExample.print(MeanReversionExample.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("half-life", "2-sigma band")
                .contains("mean reversion shown: the unit root is rejected at 5% (ADF tau");
    }
}
