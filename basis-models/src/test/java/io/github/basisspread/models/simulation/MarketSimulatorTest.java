package io.github.basisspread.models.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.basis.BasisTermStructure;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.funding.BinanceFunding;
import io.github.basisspread.core.funding.DydxV4Funding;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFit;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MarketSimulatorTest {

    private static final MarketConfig SHORT = MarketConfig.defaults().withGrid(Instant.parse("2026-03-01T00:00:00Z"),
            Duration.ofHours(1), 24 * 60);

    @Test
    void sameSeedGivesBitIdenticalMarkets() {
        SimulatedMarket a = MarketSimulator.of(SHORT).simulate(42);
        SimulatedMarket b = MarketSimulator.of(SHORT).simulate(42);
        assertThat(b.spot()).isEqualTo(a.spot());
        assertThat(b.perpetual()).isEqualTo(a.perpetual());
        assertThat(b.premiumIndex()).isEqualTo(a.premiumIndex());
        assertThat(b.fundingRates()).isEqualTo(a.fundingRates());
        assertThat(b.basisLevel()).isEqualTo(a.basisLevel());
        assertThat(b.stressRegime()).isEqualTo(a.stressRegime());
        assertThat(b.futures()).isEqualTo(a.futures());
        SimulatedMarket c = MarketSimulator.of(SHORT).simulate(43);
        assertThat(c.spot()).isNotEqualTo(a.spot());
        assertThat(a.seed()).isEqualTo(42);
        assertThat(a.config()).isEqualTo(SHORT);
        assertThat(MarketSimulator.of(SHORT).config()).isEqualTo(SHORT);
    }

    @Test
    void labelledSyntheticWithTheSeed() {
        SimulatedMarket m = MarketSimulator.of(SHORT).simulate(7);
        assertThat(m.label()).isEqualTo("SYNTHETIC");
        assertThat(m.description()).startsWith("SYNTHETIC market data (seed 7) from models.simulation")
                .contains("Binance USD-M");
        assertThat(m.spotInstrument().symbol()).isEqualTo("BTCUSDT");
        assertThat(m.perpetualSwap().fundingSchedule()).isEqualTo(FundingSchedule.binance8h());
        // 60 days of hours: 1440 observations, the first at the start.
        assertThat(m.spot().size()).isEqualTo(1440);
        assertThat(m.spot().value(0)).isEqualTo(60_000.0);
        assertThat(m.spot().lastTime()).isEqualTo(SHORT.end());
    }

    @Test
    void futuresConvergeToSpotAtExpiryAndTheStripRolls() {
        // 2026-03-01 + 60 days spans the March 2026 expiry, Friday 2026-03-27 08:00 UTC.
        SimulatedMarket m = MarketSimulator.of(SHORT).simulate(1);
        List<SimulatedFuture> fs = m.futures();
        assertThat(fs).extracting(f -> f.contract().expiry()).containsExactly(
                Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-06-26T08:00:00Z"),
                Instant.parse("2026-09-25T08:00:00Z"), Instant.parse("2026-12-25T08:00:00Z"));
        assertThat(fs.get(0).contract().symbol()).isEqualTo("BTCUSDT_260327");
        Instant expiry = Instant.parse("2026-03-27T08:00:00Z");
        int i = m.spot().indexAtOrBefore(expiry);
        assertThat(m.spot().time(i)).isEqualTo(expiry);
        // tau = 0 at expiry: F = S exp(0) = S exactly.
        assertThat(fs.get(0).priceAt(expiry).getAsDouble()).isEqualTo(m.spot().value(i));
        assertThat(fs.get(0).prices().lastTime()).isEqualTo(expiry);
        // The December contract is listed from the March expiry on.
        assertThat(fs.get(3).prices().firstTime()).isEqualTo(expiry);
        assertThat(fs.get(3).priceAt(expiry.minus(Duration.ofHours(1)))).isEmpty();
        for (int step = 0; step < m.spot().size(); step += 1) {
            assertThat(m.liveFutures(step)).hasSize(3);
        }
        assertThat(m.liveFutures(i)).extracting(f -> f.contract().symbol())
                .containsExactly("BTCUSDT_260626", "BTCUSDT_260925", "BTCUSDT_261225");
    }

    @Test
    void termStructureFollowsTheConfiguredShape() {
        SimulatedMarket m = MarketSimulator.of(SHORT).simulate(3);
        int i = 500;
        BasisTermStructure ts = m.termStructure(i);
        double x = m.basisLevel().value(i);
        for (int k = 0; k < ts.size(); k++) {
            double tau = ts.yearFraction(k);
            // ln(F/S) / tau = x + s tau with s = 0.02: the continuous annualized basis of each point.
            assertThat(ts.annualizedBasis(k, Compounding.CONTINUOUS).rate()).isCloseTo(x + 0.02 * tau, within(1e-12));
        }
        assertThatThrownBy(() -> m.termStructure(1440)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'i'").hasMessageContaining("1440");
    }

    @Test
    void fundingIsTheBinanceFormulaOfTheWeightedPremium() {
        SimulatedMarket m = MarketSimulator.of(SHORT).simulate(11);
        TimeSeries p = m.premiumIndex();
        TimeSeries f = m.fundingRates();
        // 00, 08, 16 UTC over 60 days from midnight: 3 * 60 = 180 settlements.
        assertThat(f.size()).isEqualTo(180);
        assertThat(f.time(0)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        // The first settlement only has its own sample: F = P + clamp(I - P, +-5 bp).
        double p0 = p.value(0);
        assertThat(f.value(0)).isEqualTo(p0 + Math.max(-0.0005, Math.min(0.0005, 0.0001 - p0)));
        boolean sawFloor = false;
        boolean sawPremium = false;
        for (int k = 1; k < f.size(); k += 7) {
            int end = p.indexAtOrBefore(f.time(k));
            // Samples (t - 8h, t]: 8 hourly premiums weighted 1..8, total weight 36.
            double num = 0;
            for (int j = 0; j < 8; j++) {
                num += (j + 1) * p.value(end - 7 + j);
            }
            double avg = num / 36;
            double clamped = Math.max(-0.0005, Math.min(0.0005, 0.0001 - avg));
            double expected = Math.max(-0.0075, Math.min(0.0075, avg + clamped));
            assertThat(f.value(k)).isCloseTo(expected, within(1e-15));
            sawFloor |= expected == 0.0001;
            sawPremium |= expected != 0.0001;
        }
        assertThat(sawFloor).as("the interest-rate floor is the usual outcome").isTrue();
        assertThat(sawPremium).isTrue();
        // The perpetual trades at S (1 + p).
        assertThat(m.perpetual().value(100)).isEqualTo(m.spot().value(100) * (1 + p.value(100)));
    }

    @Test
    void otherVenueFormulaAndSchedule() {
        MarketConfig c = SHORT.withFunding(DydxV4Funding.defaults(), FundingSchedule.dydx());
        SimulatedMarket m = MarketSimulator.of(c).simulate(5);
        // Hourly settlements: one per step.
        assertThat(m.fundingRates().size()).isEqualTo(1440);
        // dYdX v4 pays an eighth of the premium per hour (one sample per hourly interval):
        // the premium carries x D with D = 1 h = 1/8760 year.
        double p = m.premiumIndex().value(200);
        assertThat(m.fundingRates().value(200)).isCloseTo(DydxV4Funding.defaults().rate(p), within(1e-18));
    }

    @Test
    void longRunMeanAndHalfLifeMatchTheConfiguration() {
        // No stress, kappa = 52 per year (half-life ln 2 / 52 = 0.013330 years = 4.87 days),
        // eta = 0.15, 10 years of hours: the OU fit of the level should find kappa to ~6% (1 s.d.
        // sqrt(2 / (kappa T)) = sqrt(2 / 520) = 0.062) and the mean to eta / (kappa sqrt(T)) = 0.0009.
        MarketConfig c = MarketConfig.defaults().withStress(0, 1, 1, 0).withBasis(0.08, 52, 0.15, 0.02)
                .withGrid(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofHours(1), 24 * 3650);
        SimulatedMarket m = MarketSimulator.of(c).simulate(2024);
        double[] x = m.basisLevel().valuesArray();
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        assertThat(mean).isCloseTo(0.08, within(0.005));
        assertThat(m.stressRegime().mean()).isZero();
        OrnsteinUhlenbeckFit fit = OrnsteinUhlenbeckFitter.of().fit(x, 1.0 / 8760);
        double configured = Math.log(2) / 52;
        assertThat(fit.model().halfLife()).isCloseTo(configured, within(0.2 * configured));
        assertThat(fit.model().sigma()).isCloseTo(0.15, within(0.01));
    }

    @Test
    void stressBringsBackwardationEpisodes() {
        SimulatedMarket m = MarketSimulator.of(MarketConfig.defaults()).simulate(42);
        assertThat(m.stressRegime().mean()).isGreaterThan(0);
        double min = Double.POSITIVE_INFINITY;
        for (double v : m.basisLevel().valuesArray()) {
            min = Math.min(min, v);
        }
        assertThat(min).as("the basis level goes negative in some stress episode").isLessThan(0);
    }

    @Property(tries = 20)
    void everyFutureEndsAtSpotIfItExpiresInTheRun(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SimulatedMarket m = MarketSimulator.of(SHORT).simulate(seed);
        for (SimulatedFuture f : m.futures()) {
            Instant expiry = f.contract().expiry();
            if (!expiry.isAfter(SHORT.end())) {
                int i = m.spot().indexAtOrBefore(expiry);
                assertThat(f.priceAt(expiry).getAsDouble()).isEqualTo(m.spot().value(i));
            }
            for (int i = 0; i < f.prices().size(); i++) {
                assertThat(f.prices().value(i)).isPositive().isFinite();
            }
        }
    }

    @Test
    void badConfigurationsNameTheComponentAndValue() {
        MarketConfig d = MarketConfig.defaults();
        assertThatThrownBy(() -> d.withGrid(d.start(), d.step(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'steps'").hasMessageContaining("1");
        assertThatThrownBy(() -> d.withBasis(0.08, -1, 0.15, 0)).hasMessageContaining("'basisReversionSpeed'")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> d.withBasis(Double.NaN, 1, 0.15, 0)).hasMessageContaining("'basisMean'")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> d.withBasis(0.08, 1, 0, 0)).hasMessageContaining("'basisVolatility'");
        assertThatThrownBy(() -> d.withGrid(d.start(), Duration.ofMinutes(7), 10)).hasMessageContaining("'step'")
                .hasMessageContaining("PT7M");
        assertThatThrownBy(() -> d.withGrid(d.start(), Duration.ZERO, 10)).hasMessageContaining("'step'");
        assertThatThrownBy(() -> d.withGrid(Instant.parse("2026-01-01T00:30:00Z"), Duration.ofHours(1), 10))
                .hasMessageContaining("'start'").hasMessageContaining("2026-01-01T00:30:00Z");
        assertThatThrownBy(() -> d.withFunding(BinanceFunding.btcUsdt(), FundingSchedule.hourly()))
                .hasMessageContaining("'fundingFormula'");
        assertThatThrownBy(() -> d.withStress(1.5, 0.1, 2, 0)).hasMessageContaining("'stressEntryProbability'")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> d.withStress(0.1, 0, 2, 0)).hasMessageContaining("'stressExitProbability'");
        assertThatThrownBy(() -> d.withStress(0.1, 0.1, 0.5, 0)).hasMessageContaining("'stressVolatilityMultiplier'")
                .hasMessageContaining("0.5");
        assertThatThrownBy(() -> MarketSimulator.of(null)).hasMessageContaining("'config'");
        assertThatThrownBy(() -> new SimulatedFuture(null, TimeSeries.empty())).hasMessageContaining("'contract'");
    }
}
