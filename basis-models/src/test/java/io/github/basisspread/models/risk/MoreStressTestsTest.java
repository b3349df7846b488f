package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backwardation, venue halt, historical windows and user-defined scenarios, each against hand computations. */
class MoreStressTestsTest {

    /** ACT/365F from 2025-01-10T12:00Z to the BTCUSD_250328 expiry 2025-03-28T08:00Z: 76 days 20 hours. */
    static final double TAU = (76 + 20.0 / 24) / 365;

    static double coinm(double f) {
        return -200_000 * (1 / 96_000.0 - 1 / f);
    }

    static double xbt(double f) {
        return 50_000 * (1 / 99_000.0 - 1 / f);
    }

    @Test
    void backwardationMovesOnlyTheDatedFuture() {
        StressResult r = StressTests.backwardation(BookTest.book(), BookTest.quotes(), -0.20);
        double f = 100_000 * (1 - 0.20 * TAU);
        assertThat(r.pnl()).isCloseTo((coinm(f) - coinm(101_500)) * 100_000, within(1e-7));
        assertThat(r.scenario()).isEqualTo("backwardation: every expiry at -20.00% a year");
        assertThatThrownBy(() -> StressTests.backwardation(BookTest.book(), BookTest.quotes(), -10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'level'")
                .hasMessageContaining("BTCUSD_250328");
    }

    @Test
    void venueHaltFreezesItsLegsWithAHaircut() {
        // Binance halts: spot 2 x 100,000, perp 2 x 100,050, COIN-M 200,000 face -> 10% of 600,100 lost;
        // the BitMEX XBTUSD long moves with spot +10%: mark 110,022, spot 110,000
        StressResult r = StressTests.venueHalt(BookTest.book(), BookTest.quotes(), Venue.BINANCE, 0.10, 0.10);
        double expected = -60_010 + xbt(110_022) * 110_000 - xbt(100_020) * 100_000;
        assertThat(r.pnl()).isCloseTo(expected, within(1e-7));
        assertThat(r.scenario()).isEqualTo("BINANCE halted (haircut 10.0%), spot +10.0%");
        assertThatThrownBy(() -> StressTests.venueHalt(BookTest.book(), BookTest.quotes(), Venue.BINANCE, 1.5, 0))
                .hasMessage("Argument 'haircut' must be in [0, 1] but has value 1.5");
    }

    static Book carry() {
        Instant entry = Instant.parse("2025-01-09T20:00:00Z");
        return Book.builder().add(BookTest.SPOT, 2, 95_000, entry).add(BookTest.PERP, -2000, 95_100, entry).build();
    }

    @Test
    void historicalWindowReplayedOnToday() {
        Instant t0 = Instant.parse("2024-03-01T00:00:00Z");
        Duration h8 = Duration.ofHours(8);
        Quotes today = Quotes.at(BookTest.T).spot("BTC", 100_000).price("BTCUSDT-PERP", 100_050)
                .funding("BTCUSDT-PERP", FundingRate.of(0.0001, h8, BookTest.T)).build();
        List<Quotes> window = List.of(
                Quotes.at(t0).spot("BTC", 60_000).price("BTCUSDT-PERP", 60_060)
                        .funding("BTCUSDT-PERP", FundingRate.of(0.0001, h8, t0)).build(),
                Quotes.at(t0.plus(h8)).spot("BTC", 54_000).price("BTCUSDT-PERP", 53_946)
                        .funding("BTCUSDT-PERP", FundingRate.of(-0.0002, h8, t0.plus(h8))).build());
        // spot x 0.9 -> 90,000; relative basis 0.0005 + (-0.001 - 0.001) -> perp 89,865; funding
        // 0.0001 + (-0.0002 - 0.0001) = -0.0002 at the one settlement (16:00) in [12:00, 20:00)
        double expected = 2 * (90_000 - 100_000) - 2 * (89_865 - 100_050) + 2 * 89_865 * -0.0002;
        StressResult r = StressTests.historical(carry(), today, window);
        assertThat(r.pnl()).isCloseTo(expected, within(1e-8));
        assertThat(r.scenario()).isEqualTo("history 2024-03-01T00:00:00Z to 2024-03-01T08:00:00Z");
        assertThatThrownBy(() -> StressTests.historical(carry(), today, window.subList(0, 1)))
                .hasMessage("Argument 'window' must hold at least 2 rows but has value of 1 rows");
    }

    @Test
    void worstWindowsDoNotOverlap() {
        Spot btc = BookTest.SPOT;
        Book book = Book.of(List.of(Position.of(btc, 1, 100, BookTest.T)));
        double[] closes = {100, 90, 99, 80, 87, 100};
        List<Quotes> history = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            history.add(Quotes.at(BookTest.T.minus(Duration.ofHours(10 - i))).spot("BTC", closes[i]).build());
        }
        Quotes today = Quotes.at(BookTest.T).spot("BTC", 100).build();
        // 2-row windows: 99/100, 80/90, 87/99, 100/80 -> P&L -1, -11.11, -12.12, +25; the second worst
        // (rows 1..3) overlaps the worst (rows 2..4), so rows 0..2 come next
        List<StressResult> worst = StressTests.worstHistoricalWindows(book, today, history, 2, 2);
        assertThat(worst).hasSize(2);
        assertThat(worst.get(0).pnl()).isCloseTo(100 * 87 / 99.0 - 100, within(1e-12));
        assertThat(worst.get(1).pnl()).isCloseTo(100 * 99 / 100.0 - 100, within(1e-12));
        assertThat(worst.get(0).scenario()).isEqualTo("history " + history.get(2).time() + " to " + history.get(4).time());
    }

    static final String TABLE = """
            # a crash with a basis squeeze
            scenario,type,target,value,settlements
            crash,spot,BTC,-0.30,
            crash,basis,BTCUSD_250328,-0.05,
            crash,price,XBTUSD,0.01,
            crash,funding,BTCUSDT-PERP,0.003,3
            calm,spot,BTC,0.01,
            """;

    @Test
    void userDefinedScenarioFromCsv() {
        List<Scenario> scenarios = ScenarioTable.parse(new StringReader(TABLE), "scenarios.csv");
        assertThat(scenarios).extracting(Scenario::name).containsExactly("crash", "calm");
        StressResult r = StressTests.userDefined(BookTest.book(), BookTest.quotes(), scenarios.get(0));
        double s1 = 70_000;
        double perp = 100_050 * 0.7;
        double dated = s1 * (1.015 - 0.05 * TAU);
        double xbt = 100_020 * 0.7 * 1.01;
        double expected = 2 * (s1 - 100_000) // spot
                - 2 * (perp - 100_050) + 2 * perp * 0.003 * 3 // linear perp short and 3 settlements at 0.3%
                + coinm(dated) * s1 - coinm(101_500) * 100_000 // COIN-M short, basis -5 points a year
                + xbt(xbt) * s1 - xbt(100_020) * 100_000; // XBTUSD long, +1% on top of spot
        assertThat(r.pnl()).isCloseTo(expected, within(1e-7));
        assertThat(r.scenario()).isEqualTo("crash");
        // spot only: every leg moves 1%, basis held relative
        StressResult calm = StressTests.userDefined(BookTest.book(), BookTest.quotes(), scenarios.get(1));
        double expectedCalm = 2 * 1_000 - 2 * 1_000.5 + coinm(101_500 * 1.01) * 101_000 - coinm(101_500) * 100_000
                + xbt(100_020 * 1.01) * 101_000 - xbt(100_020) * 100_000;
        assertThat(calm.pnl()).isCloseTo(expectedCalm, within(1e-7));
    }

    @Test
    void scenarioTableErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> ScenarioTable.parse(new StringReader("scenario,type,target,value\nx,spot,BTC,abc\n"),
                "s.csv")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("s.csv, line 2, column 4: 'abc' must be a finite number");
        assertThatThrownBy(() -> ScenarioTable.parse(new StringReader("scenario,type,target,value\nx,vol,BTC,1\n"),
                "s.csv")).hasMessage("s.csv, line 2, column 2: 'vol' must be spot, basis, price or funding");
        assertThatThrownBy(() -> ScenarioTable.parse(new StringReader("name,type,target,value\n"), "s.csv"))
                .hasMessageStartingWith("s.csv, line 1, column 1: 'name' must be the header");
        assertThatThrownBy(() -> ScenarioTable.parse(new StringReader("scenario,type,target,value\nx,spot,BTC,-1.5\n"),
                "s.csv")).hasMessageStartingWith("s.csv, line 2: Argument 'value' must be above -1");
        assertThatThrownBy(() -> ScenarioTable.parse(
                new StringReader("scenario,type,target,value\nx,spot,BTC,0.1\nx,spot,BTC,0.2\n"), "s.csv"))
                .hasMessageContaining("SPOT BTC twice");
        assertThatThrownBy(() -> StressTests.userDefined(BookTest.book(), BookTest.quotes(),
                Scenario.of("bad", Shock.funding("BTCUSD_250328", 0.001, 2))))
                .hasMessageContaining("is a dated future");
    }
}
