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
