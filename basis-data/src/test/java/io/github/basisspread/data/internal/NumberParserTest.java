package io.github.basisspread.data.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    @Provide
    Arbitrary<String> decimalText() {
        // Digits before and after the point, an optional exponent: the shapes found in CSV dumps,
        // from 1 to 25 significant digits so both the fast path and the fallback are exercised.
        Arbitrary<String> intPart = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> fracPart = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(13);
        Arbitrary<String> exp = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(-330, 310).map(e -> "e" + e),
                Arbitraries.integers().between(0, 25).map(e -> "E+" + e));
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        return Combinators.combine(sign, intPart, fracPart, exp).as((s, i, f, e) -> {
            String mantissa = f.isEmpty() ? (i.isEmpty() ? "0" : i) : i + "." + f;
            return s + mantissa + e;
        });
    }

    @Property(tries = 5000)
    void sameBitsAsParseDouble(@ForAll("decimalText") String s) {
        double expected = Double.parseDouble(s);
        if (Double.isInfinite(expected)) {
            assertThatThrownBy(() -> NumberParser.parse(s)).hasMessageContaining("out of the range of a double");
        } else {
            assertThat(bits(NumberParser.parse(s))).as(s).isEqualTo(bits(expected));
        }
    }

    @Property(tries = 3000)
    void readsBackJavaToString(@ForAll double x) {
        assertThat(bits(NumberParser.parse(Double.toString(x)))).isEqualTo(bits(x));
    }

    @Provide
    Arbitrary<String> longMantissa() {
        // 16 to 19 significant digits (the Eisel-Lemire path), a point anywhere, every exponent a double reaches.
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(15).ofMaxLength(18);
        Arbitrary<Integer> lead = Arbitraries.integers().between(1, 9);
        Arbitrary<Integer> point = Arbitraries.integers().between(0, 19);
        Arbitrary<Integer> exp = Arbitraries.integers().between(-345, 310);
        return Combinators.combine(lead, digits, point, exp).as((l, d, p, e) -> {
            String all = l + d;
            int at = Math.min(p, all.length());
            return all.substring(0, at) + "." + all.substring(at) + "e" + e;
        });
    }

    @Property(tries = 20000)
    void longMantissasSameBitsAsParseDouble(@ForAll("longMantissa") String s) {
        double expected = Double.parseDouble(s);
        if (Double.isInfinite(expected)) {
            assertThatThrownBy(() -> NumberParser.parse(s)).hasMessageContaining("out of the range of a double");
        } else {
            assertThat(bits(NumberParser.parse(s))).as(s).isEqualTo(bits(expected));
        }
    }

    @Property(tries = 5000)
    void readsBackSeventeenDigits(@ForAll double x) {
        // What R's formatC(x, digits = 17) and C's %.17g write, and the bench files hold.
        String s = String.format(java.util.Locale.ROOT, "%.16e", x);
        assertThat(bits(NumberParser.parse(s))).as(s).isEqualTo(bits(x));
    }

    @Test
    void eiselLemireDecidesAlmostEveryDigitString() {
        // The fast path must really be taken: on 17-digit numbers of normal doubles it gives up (NaN, so
        // parseDouble decides) only next to a rounding boundary, very rarely; and what it gives is exact.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(17);
        int undecided = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            long w = 10_000_000_000_000_000L + rnd.nextLong(90_000_000_000_000_000L);
            int q = rnd.nextInt(-320, 290);
            double v = NumberParser.eiselLemire(w, q);
            if (Double.isNaN(v)) {
                undecided++;
            } else {
                assertThat(bits(v)).as(w + "e" + q).isEqualTo(bits(Double.parseDouble(w + "e" + q)));
            }
        }
        assertThat(undecided).isLessThan(n / 1000);
    }

    @Test
    void eiselLemireHardCases() {
        // Halfway between two doubles (2^53 + 1, and 2^53 + 3 times ten to a power), a 19-digit mantissa above
        // 2^63, the largest and smallest normal doubles, the first subnormal, and 5^q exactly at q = 0..55.
        for (String s : new String[] {"9007199254740993", "9007199254740995", "90071992547409930e-1",
            "9223372036854775807", "9223372036854775808", "18446744073709551615", "9999999999999999999",
            "1.7976931348623157e308", "1.7976931348623158e308", "2.2250738585072014e-308",
            "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
            "1.0000000000000002", "0.99999999999999989", "7.2057594037927933e16", "1e-342", "1e-343",
            "1234567890123456789e-361", "5.0000000000000000000e-324", "1.00000000000000011102230246251565404236316680908203125"}) {
            assertThat(bits(NumberParser.parse(s))).as(s).isEqualTo(bits(Double.parseDouble(s)));
        }
        for (int q = 0; q <= 55; q++) {
            String s = java.math.BigInteger.valueOf(5).pow(q).toString();
            String t = s.length() > 19 ? s.substring(0, 19) + "e" + (s.length() - 19) : s;
            assertThat(bits(NumberParser.parse(t))).as(t).isEqualTo(bits(Double.parseDouble(t)));
        }
    }

    @Test
    void fastPathBoundaries() {
        // 15 digits and 10^22: the edge of the exact fast path; 16 digits and 10^23: fallback.
        for (String s : new String[] {"999999999999999e22", "999999999999999e-22", "9999999999999999e22",
            "123456789012345e-23", "0.000000000000000000000000001", "9007199254740993", "-0", "+.5", "5.", "1E0"}) {
            assertThat(bits(NumberParser.parse(s))).as(s).isEqualTo(bits(Double.parseDouble(s)));
        }
    }

    @Test
    void missingAndRejected() {
        assertThat(NumberParser.parse("")).isNaN();
        assertThat(NumberParser.parse("  NaN ")).isNaN();
        for (String s : new String[] {"1.5d", "1f", "0x1p3", "Infinity", "-Infinity", ".", "-", "e5", "1e", "1e+", "1.2.3",
            "1,5", "1 2"}) {
            assertThatThrownBy(() -> NumberParser.parse(s)).as(s)
                    .hasMessage("Argument 's' must be a decimal number but has value '" + s + "' (not a number)");
        }
    }

    @Test
    void integers() throws CellException {
        char[] b = "-9223372036854775808".toCharArray();
        assertThat(NumberParser.parseLong(b, 0, b.length)).isEqualTo(Long.MIN_VALUE);
        char[] max = " 9223372036854775807 ".toCharArray();
        assertThat(NumberParser.parseLong(max, 0, max.length)).isEqualTo(Long.MAX_VALUE);
        for (String s : new String[] {"9223372036854775808", "-9223372036854775809", "99999999999999999999"}) {
            char[] c = s.toCharArray();
            assertThatThrownBy(() -> NumberParser.parseLong(c, 0, c.length)).hasMessage("integer out of the range of a long");
        }
        for (String s : new String[] {"", "-", "1.0", "1e3"}) {
            char[] c = s.toCharArray();
            assertThatThrownBy(() -> NumberParser.parseLong(c, 0, c.length)).hasMessage("not an integer");
        }
        assertThat(NumberParser.isInteger("+12".toCharArray(), 0, 3)).isTrue();
        assertThat(NumberParser.isInteger("+".toCharArray(), 0, 1)).isFalse();
        assertThat(NumberParser.isInteger("1a".toCharArray(), 0, 2)).isFalse();
    }
}
