package io.github.basisspread.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

    @Test
    void knownValues() {
        assertThat(ShortestDecimal.format(67191.4)).isEqualTo("67191.4");
        assertThat(ShortestDecimal.format(0.00012359)).isEqualTo("0.00012359");
        assertThat(ShortestDecimal.format(-9.966e-05)).isEqualTo("-0.00009966");
        assertThat(ShortestDecimal.format(100.0)).isEqualTo("100.0");
        assertThat(ShortestDecimal.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(ShortestDecimal.format(1.5e-8)).isEqualTo("1.5E-8");
        assertThat(ShortestDecimal.format(1e-7)).isEqualTo("0.0000001");
        assertThat(ShortestDecimal.format(1e15)).isEqualTo("1000000000000000.0");
        assertThat(ShortestDecimal.format(2.5e16)).isEqualTo("2.5E16");
        assertThat(ShortestDecimal.format(0.0)).isEqualTo("0.0");
        assertThat(ShortestDecimal.format(-0.0)).isEqualTo("-0.0");
        assertThat(ShortestDecimal.format(Double.NaN)).isEqualTo("NaN");
        assertThat(ShortestDecimal.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(ShortestDecimal.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(ShortestDecimal.format(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        // The smallest subnormal 4.9406564584124654e-324: "5E-324" already reads back (JDK 19+
        // prints 4.9E-324 because it insists on two digits).
        assertThat(ShortestDecimal.format(Double.MIN_VALUE)).isEqualTo("5.0E-324");
    }

    @Test
    void shorterThanJdk17WhereJdk17IsNotShortest() {
        // JDK 17 Double.toString gives 9.999999999999999E22, 8.409999999999999E21 and
        // 2.82879384806159008E17 for these (JDK-4511638); one, three and fifteen digits suffice.
        assertThat(ShortestDecimal.format(1e23)).isEqualTo("1.0E23");
        assertThat(ShortestDecimal.format(8.41e21)).isEqualTo("8.41E21");
        assertThat(ShortestDecimal.format(2.82879384806159e17)).isEqualTo("2.82879384806159E17");
        assertThat(Double.parseDouble("1.0E23")).isEqualTo(1e23);
    }

    @Provide
    Arbitrary<Double> anyFiniteDouble() {
        // Random bit patterns cover every binade, subnormals and negatives alike.
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    @Provide
    Arbitrary<Double> subnormal() {
        return Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble)
                .flatMap(d -> Arbitraries.of(d, -d));
    }

    @Property(tries = 3000)
    void readsBackToTheSameBits(@ForAll("anyFiniteDouble") double x) {
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(ShortestDecimal.format(x))))
                .isEqualTo(Double.doubleToRawLongBits(x));
    }

    @Property(tries = 1000)
    void subnormalsReadBack(@ForAll("subnormal") double x) {
        assertThat(Double.parseDouble(ShortestDecimal.format(x))).isEqualTo(x);
    }

    @Property(tries = 1000)
    void simpleDecimalsReadBack(@ForAll double x) {
        assertThat(Double.parseDouble(ShortestDecimal.format(x))).isEqualTo(x);
    }

    @Property(tries = 2000)
    void noShorterDecimalReadsBackAndNeverLongerThanJdk(@ForAll("anyFiniteDouble") double x) {
        if (x == 0) {
            return;
        }
        String s = ShortestDecimal.format(x);
        int digits = significantDigits(s);
        assertThat(digits).isLessThanOrEqualTo(significantDigits(Double.toString(x)));
        if (digits > 1) {
            // Every decimal of digits - 1 significant digits near x: the exact value rounded to
            // that precision, and its neighbours one unit in the last place either side.
            BigDecimal exact = new BigDecimal(Math.abs(x));
            BigDecimal r = exact.round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
            BigDecimal ulp = r.ulp();
            for (BigDecimal c : new BigDecimal[] {r, r.add(ulp), r.subtract(ulp)}) {
                assertThat(Double.parseDouble(c.toString())).as(s + " vs " + c).isNotEqualTo(Math.abs(x));
            }
        }
    }

    private static int significantDigits(String s) {
        String mantissa = s.replace("-", "").split("E")[0].replace(".", "");
        String stripped = mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, stripped.length());
    }
}
