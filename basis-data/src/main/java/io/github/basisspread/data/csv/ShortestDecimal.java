package io.github.basisspread.data.csv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as the shortest decimal that reads back to the same double.
 *
 * <p>Among all decimals that {@link Double#parseDouble(String)} turns into exactly {@code x},
 * the one with the fewest significant digits; among those, the one nearest to the exact binary
 * value of {@code x}; between two equally near, the one with an even last digit. This is the
 * specification of {@code Double.toString} from JDK 19 on (Giulietti, "The Schubfach way to
 * render doubles", 2020), except that one digit is allowed where JDK 19 insists on two. The
 * JDK 17 {@code Double.toString} the project targets reads back but is not always shortest
 * (JDK-4511638): it prints {@code 1e23} as {@code 9.999999999999999E22}, {@code 8.41e21} as
 * {@code 8.409999999999999E21} and {@code 2.82879384806159e17} as
 * {@code 2.82879384806159008E17}, so it is not used.
 *
 * <p>Method: the exact value of {@code x} is rounded down and up to {@code p} significant
 * digits with {@link BigDecimal}; if either reads back to {@code x}, {@code p} digits suffice.
 * Any {@code p}-digit decimal that reads back lies in the interval of reals that round to
 * {@code x}, which contains {@code x}, so one of the two neighbours at {@code p} digits does too;
 * sufficiency is monotone in {@code p} (append a zero), so a binary search over 1..17 digits
 * finds the least (17 digits always suffice for a double).
 *
 * <p>Output: plain notation ({@code 67191.4}, {@code 0.00012359}) for decimal exponents from -7
 * to 15, otherwise scientific ({@code 1.5E-8}, {@code 2.5E16}); always with a decimal point;
 * {@code NaN}, {@code Infinity}, {@code -Infinity} as in Java. Stateless and thread-safe.
 */
public final class ShortestDecimal {

    private static final int MAX_DIGITS = 17;

    private ShortestDecimal() {
    }

    /**
     * Formats a double as the shortest decimal that parses back to it.
     *
     * @param x the value
     * @return the text
     */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        boolean negative = (Double.doubleToRawLongBits(x) & Long.MIN_VALUE) != 0;
        if (x == 0) {
            return negative ? "-0.0" : "0.0";
        }
        double a = Math.abs(x);
        BigDecimal exact = new BigDecimal(a);
        int lo = 1;
        int hi = MAX_DIGITS;
        BigDecimal best = nearestReadingBack(exact, a, MAX_DIGITS);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal c = nearestReadingBack(exact, a, mid);
            if (c != null) {
                best = c;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        // best was found at p == hi == lo, the least number of digits that reads back.
        return (negative ? "-" : "") + render(best.stripTrailingZeros());
    }

    /** The decimal of {@code p} digits nearest to {@code exact} that reads back to {@code a}, or null. */
    private static BigDecimal nearestReadingBack(BigDecimal exact, double a, int p) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = readsBack(down, a);
        boolean upOk = readsBack(up, a);
        if (downOk && upOk && down.compareTo(up) != 0) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static boolean readsBack(BigDecimal d, double a) {
        return Double.parseDouble(d.toString()) == a;
    }

    private static String render(BigDecimal d) {
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (exponent >= -7 && exponent <= 15) {
            if (exponent >= 0) {
                if (digits.length() > exponent + 1) {
                    sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
                } else {
                    sb.append(digits);
                    for (int k = digits.length(); k <= exponent; k++) {
                        sb.append('0');
                    }
                    sb.append(".0");
                }
            } else {
                sb.append("0.");
                for (int k = -1; k > exponent; k--) {
                    sb.append('0');
                }
                sb.append(digits);
            }
        } else {
            sb.append(digits.charAt(0)).append('.');
            sb.append(digits.length() > 1 ? digits.substring(1) : "0");
            sb.append('E').append(exponent);
        }
        return sb.toString();
    }
}
