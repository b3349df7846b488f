package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.basis.TermStructureShape;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void computesTheFiguresWorkedByHand() {
        QuickStart.Result r = QuickStart.run();
        assertThat(r.spotMid()).isEqualTo(62_000.0);
        assertThat(r.futures()).extracting(QuickStart.FutureBasis::expiry).containsExactly(
                Instant.parse("2024-03-29T08:00:00Z"), Instant.parse("2024-06-28T08:00:00Z"),
                Instant.parse("2024-09-27T08:00:00Z"));
        // Front: F - S = 62480 - 62000 = 480; 480/62000 = 0.0077419; 28 days to expiry:
        // simple 0.0077419 * 365/28 = 0.100921; continuous ln(1.0077419)/(28/365) = 0.100533.
        QuickStart.FutureBasis front = r.futures().get(0);
        assertThat(front.basis().absolute()).isEqualTo(480.0);
        assertThat(front.basis().inBasisPoints()).isCloseTo(77.41935, within(1e-4));
        assertThat(front.annualizedSimple()).isCloseTo(480.0 / 62_000 * 365 / 28, within(1e-12));
        assertThat(front.annualizedSimple()).isCloseTo(0.100921, within(1e-6));
        assertThat(front.annualizedContinuous()).isCloseTo(0.100533, within(1e-6));
        assertThat(r.shape()).isEqualTo(TermStructureShape.CONTANGO);
        // 30 days lies between the front (28 d) and June (119 d): the carry ln(F/S) is linear in tau.
        double c1 = Math.log(62_480.0 / 62_000);
        double c2 = Math.log(63_950.0 / 62_000);
        double carry30 = c1 + (c2 - c1) * (30.0 - 28) / (119 - 28);
        assertThat(r.constantMaturity30d().rate()).isCloseTo((Math.exp(carry30) - 1) * 365 / 30, within(1e-12));
        // Binance: P = 0.03%, I = 0.01%: I - P = -0.02% inside the +-0.05% clamp, so F = 0.01%; APR = 0.0001 * 1095.
        assertThat(r.funding().rate()).isCloseTo(0.0001, within(1e-15));
        assertThat(r.funding().apr()).isCloseTo(0.1095, within(1e-12));
        // Upper band by hand: 62005 * 1.0005 * exp(0.053 * 28/365) / (1 - 0.0004 * exp(0.053 * 28/365))
        // = 62036.0 * 1.0040741 / 0.9995984 = 62313.8. The front at 62480 (10% a year against 5.3%
        // financing) sits above it, so the cash-and-carry earns money after every cost, though less
        // than the gross basis of 480/62000 * $1m = $7742.
        assertThat(r.frontBand().upper()).isCloseTo(62_313.8, within(0.1));
        assertThat(r.frontBand().contains(62_480.0)).isFalse();
        assertThat(r.cashAndCarry().netPnl()).isPositive().isLessThan(480.0 / 62_000 * 1_000_000);
        assertThat(r.cashAndCarry().breakEven().value()).isBetween(0.0, 480.0 / 62_000);
        assertThat(r.fundingCarry().fundingIncome()).isPositive();
    }

    @Test
    void printsAReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.print(QuickStart.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("2024-03-29T08:00:00Z", "CONTANGO", "10.95% APR", "Cash-and-carry", "Funding carry");
    }
}
