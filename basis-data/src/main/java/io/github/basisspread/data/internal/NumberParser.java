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
 * accurately", the fast path); every other number goes to {@code Double.parseDouble}.
 */
public final class NumberParser {

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final int MAX_FAST_DIGITS = 15;

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
                if (significant <= MAX_FAST_DIGITS) {
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
                    if (significant <= MAX_FAST_DIGITS) {
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
            value = Math.abs(Double.parseDouble(new String(b, start, end - start)));
        }
        if (Double.isInfinite(value)) {
            throw new CellException("number out of the range of a double");
        }
        return negative ? -value : value;
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
