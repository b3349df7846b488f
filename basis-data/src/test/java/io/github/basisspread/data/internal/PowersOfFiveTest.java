package io.github.basisspread.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The literal table written by basis-data/tools/powers_of_five.py, recomputed exactly. */
class PowersOfFiveTest {

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    @Test
    void everyEntryIsFiveToTheQTruncatedTo128Bits() {
        for (int q = PowersOfFive.MIN_Q; q <= PowersOfFive.MAX_Q; q++) {
            BigInteger t = new BigInteger(Long.toUnsignedString(PowersOfFive.high(q))).shiftLeft(64)
                    .add(new BigInteger(Long.toUnsignedString(PowersOfFive.low(q))));
            assertThat(t.bitLength()).as("q = %d", q).isEqualTo(128);
            int s = PowersOfFive.scale(q);
            // T 2^s <= 5^q < (T + 1) 2^s, in integers: both sides times 2^-s (s < 0) or 5^-q (q < 0).
            BigInteger lhs = t;
            BigInteger rhs = t.add(BigInteger.ONE);
            BigInteger five = q >= 0 ? FIVE.pow(q) : BigInteger.ONE;
            BigInteger scaleUp = q >= 0 ? BigInteger.ONE : FIVE.pow(-q);
            if (s >= 0) {
                lhs = lhs.shiftLeft(s);
                rhs = rhs.shiftLeft(s);
            } else {
                five = five.shiftLeft(-s);
            }
            // q >= 0: T 2^s <= 5^q < (T+1) 2^s; q < 0: T 2^s 5^-q <= 1 < (T+1) 2^s 5^-q.
            lhs = lhs.multiply(scaleUp);
            rhs = rhs.multiply(scaleUp);
            assertThat(lhs.compareTo(five)).as("q = %d: T 2^s above 5^q", q).isLessThanOrEqualTo(0);
            assertThat(rhs.compareTo(five)).as("q = %d: (T + 1) 2^s not above 5^q", q).isGreaterThan(0);
        }
    }
}
