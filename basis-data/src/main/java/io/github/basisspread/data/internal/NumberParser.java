package io.github.basisspread.data.internal;

/**
 * Strict parser of decimal numbers in CSV cells, giving bit for bit the double that
 * {@link Double#parseDouble(String)} gives.
 *
 * <p>Grammar (after trimming spaces and tabs): {@code [+-]? (digits [. digits?] | . digits)
 * ([eE] [+-]? digits)?}; an empty cell, {@code NA} (as R writes it), {@code NaN} or {@code null}
 * (any case) is missing. Java's extra forms
 * (hex, {@code Infinity}, a {@code d}/{@code f} suffix) are rejected, and so is a number whose
 * magnitude overflows to infinity.
 *
 * <p>Speed: a number of at most 15 significant digits times a power of ten of at most 22 is
 * computed with one correctly rounded multiplication or division of two exact doubles, which
 * is the correctly rounded result (Clinger 1990, "How to read floating point numbers
 * accurately", the fast path). A number of 16 to 19 significant digits (17 is what a program
 * writes to round-trip a double, as R's {@code formatC(x, digits = 17)} or C's {@code %.17g})
 * is rounded from its 64-bit decimal mantissa times a 128-bit truncated power of five (Lemire
 * 2021, "Number parsing at a gigabyte per second", Software: Practice and Experience 51(8),
 * section 5, the Eisel-Lemire algorithm): the product's error is bounded, and whenever it could
 * change the rounding (a product next to a rounding boundary or exactly halfway), as for
 * subnormal and out-of-range results and for more than 19 digits, the number goes to
 * {@code Double.parseDouble}. On a cold JVM {@code parseDouble}'s arbitrary-precision check of
 * 17-digit numbers cost about two thirds of reading a one-column file of 200,000 of them.
 */
public final class NumberParser {

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final int MAX_FAST_DIGITS = 15;
    /** The most significant digits kept in the 64-bit mantissa: 10^19 - 1 < 2^64 (read unsigned). */
    private static final int MAX_DIGITS = 19;

    private NumberParser() {
    }

    /**
     * Parses a cell held in a string.
     *
     * @param s the cell text
     * @return the value, NaN if missing
     * @throws IllegalArgumentException if the text is not a number
     */
    public static double parse(String s) {
        char[] b = s.toCharArray();
        try {
            return parse(b, 0, b.length);
        } catch (CellException e) {
            throw new IllegalArgumentException("Argument 's' must be a decimal number but has value '" + s + "' ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether a trimmed cell is one of the words for a missing value: {@code NA}, {@code NaN} or
     * {@code null}, in any case.
     */
    static boolean isMissingToken(char[] b, int start, int end) {
        int n = end - start;
        if (n < 2 || n > 4 || (b[start] | 0x20) != 'n') {
            return false;
        }
        return switch (n) {
            case 2 -> (b[start + 1] | 0x20) == 'a';
            case 3 -> (b[start + 1] | 0x20) == 'a' && (b[start + 2] | 0x20) == 'n';
            default -> (b[start + 1] | 0x20) == 'u' && (b[start + 2] | 0x20) == 'l' && (b[start + 3] | 0x20) == 'l';
        };
    }

    static double parse(char[] b, int start, int end) throws CellException {
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        if (start == end) {
            return Double.NaN;
        }
        if (isMissingToken(b, start, end)) {
            return Double.NaN;
        }
        int i = start;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int exponent = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            int d = b[i] - '0';
            if (significant > 0 || d != 0) {
                significant++;
                if (significant <= MAX_DIGITS) {
                    mantissa = mantissa * 10 + d;
                } else {
                    exponent++;
                }
            }
            digits++;
            i++;
        }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                int d = b[i] - '0';
                if (significant > 0 || d != 0) {
                    significant++;
                    if (significant <= MAX_DIGITS) {
                        mantissa = mantissa * 10 + d;
                        exponent--;
                    }
                } else {
                    exponent--;
                }
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            throw new CellException("not a number");
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int expDigits = 0;
            int e = 0;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (e < 100_000) {
                    e = e * 10 + (b[i] - '0');
                }
                expDigits++;
                i++;
            }
            if (expDigits == 0) {
                throw new CellException("not a number");
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != end) {
            throw new CellException("not a number");
        }
        double value;
        if (mantissa == 0) {
            value = 0.0;
        } else if (significant <= MAX_FAST_DIGITS && exponent >= 0 && exponent <= 22) {
            value = mantissa * POW10[exponent];
        } else if (significant <= MAX_FAST_DIGITS && exponent < 0 && exponent >= -22) {
            value = mantissa / POW10[-exponent];
        } else {
            value = significant <= MAX_DIGITS ? eiselLemire(mantissa, exponent) : Double.NaN;
            if (Double.isNaN(value)) {
                value = Math.abs(Double.parseDouble(new String(b, start, end - start)));
            }
        }
        if (Double.isInfinite(value)) {
            throw new CellException("number out of the range of a double");
        }
        return negative ? -value : value;
    }

    /**
     * The double nearest to {@code w * 10^q} (ties to even), or NaN where this method cannot be
     * sure of it and {@code Double.parseDouble} must decide (Lemire 2021, section 5).
     *
     * @param w the decimal mantissa, read as unsigned, not zero
     * @param q the power of ten
     */
    static double eiselLemire(long w, int q) {
        if (q < PowersOfFive.MIN_Q || q > PowersOfFive.MAX_Q) {
            return Double.NaN;  // zero or infinite for every 19-digit mantissa
        }
        long tHi = PowersOfFive.high(q);
        long tLo = PowersOfFive.low(q);
        // w normalised to [2^63, 2^64) times T = tHi:tLo, 5^q ~ T 2^scale(q) with T in [2^127, 2^128):
        // the top 128 bits of the 192-bit product, hi:lo, fall short of w * 5^q's by less than
        // 2 units of lo (the dropped low word of w * tLo, and T's own truncation times w).
        int lz = Long.numberOfLeadingZeros(w);
        long wn = w << lz;
        long hi = unsignedMultiplyHigh(wn, tHi);
        long lo = wn * tHi;
        long mid = unsignedMultiplyHigh(wn, tLo);
        lo += mid;
        if (Long.compareUnsigned(lo, mid) < 0) {
            hi++;
        }
        // 54 bits of hi: the 53 of the double and one rounding bit; the rest shifted out.
        int upper = (int) (hi >>> 63);
        int shift = upper + 9;
        long below = (1L << shift) - 1;
        long dropped = hi & below;
        if (dropped == below && Long.compareUnsigned(lo, -3L) > 0) {
            return Double.NaN;  // the true product may carry into the kept bits
        }
        long m = hi >>> shift;
        if ((m & 1) == 1 && dropped == 0 && lo == 0) {
            return Double.NaN;  // perhaps exactly halfway (as 2^53 + 1): round half to even is decided there
        }
        // Rounding bit set and something below it: up; clear: down.
        m = (m + 1) >>> 1;
        int e = 1 + shift + 128 + PowersOfFive.scale(q) + q - lz;
        if (m == 1L << 53) {
            m = 1L << 52;
            e++;
        }
        // m in [2^52, 2^53): the value is m 2^e, whose IEEE biased exponent is e + 52 + 1023.
        int biased = e + 52 + 1023;
        if (biased <= 0 || biased >= 0x7FF) {
            return Double.NaN;  // subnormal or out of range: decided by parseDouble
        }
        return Double.longBitsToDouble(((long) biased << 52) | (m & ((1L << 52) - 1)));
    }

    /** The high 64 bits of the unsigned 128-bit product (Java 18's Math.unsignedMultiplyHigh). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /**
     * Returns whether the cell is an optionally signed integer of digits only.
     */
    static boolean isInteger(char[] b, int start, int end) {
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        if (start < end && (b[start] == '-' || b[start] == '+')) {
            start++;
        }
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses an optionally signed integer that fits a long.
     */
    static long parseLong(char[] b, int start, int end) throws CellException {
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        if (i == end) {
            throw new CellException("not an integer");
        }
        long v = 0;
        for (; i < end; i++) {
            char c = b[i];
            if (c < '0' || c > '9') {
                throw new CellException("not an integer");
            }
            // Accumulate negatively so Long.MIN_VALUE parses; overflow is out of range.
            if (v < (Long.MIN_VALUE + (c - '0')) / 10) {
                throw new CellException("integer out of the range of a long");
            }
            v = v * 10 - (c - '0');
        }
        if (!negative) {
            if (v == Long.MIN_VALUE) {
                throw new CellException("integer out of the range of a long");
            }
            return -v;
        }
        return v;
    }
}
