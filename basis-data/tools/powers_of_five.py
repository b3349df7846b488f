#!/usr/bin/env python3
"""Writes PowersOfFive.java: the 128-bit truncations of 5^q, q = -342..308, for NumberParser's
Eisel-Lemire path (Lemire 2021, "Number parsing at a gigabyte per second", section 5).

5^q ~ T * 2^(floor(q log2 5) - 127) with T in [2^127, 2^128), rounded toward zero:
q >= 0: the top 128 bits of 5^q (shifted left when it has fewer); q < 0: floor(2^(127 + n) / 5^-q)
where 5^-q has n bits. PowersOfFiveTest recomputes every entry with BigInteger, so the build
checks this output; run from the repository root:
    python3 basis-data/tools/powers_of_five.py > \
        basis-data/src/main/java/io/github/basisspread/data/internal/PowersOfFive.java
"""
MIN_Q, MAX_Q = -342, 308


def truncated(q):
    if q >= 0:
        p = 5 ** q
        n = p.bit_length()
        return p >> (n - 128) if n >= 128 else p << (128 - n)
    p = 5 ** -q
    return (1 << (127 + p.bit_length())) // p


def main():
    out = []
    out.append("package io.github.basisspread.data.internal;")
    out.append("")
    out.append("/**")
    out.append(" * The 128-bit truncations of the powers of five 5^q, q from {@value #MIN_Q} (below which every")
    out.append(" * 19-digit mantissa gives zero) to {@value #MAX_Q} (above which every one overflows), for")
    out.append(" * {@link NumberParser}'s Eisel-Lemire path: {@code 5^q ~ T 2^(floor(q log2 5) - 127)} with")
    out.append(" * {@code T = HIGH[q - MIN_Q] 2^64 + LOW[q - MIN_Q]} (unsigned) in [2^127, 2^128), rounded toward")
    out.append(" * zero. Written by basis-data/tools/powers_of_five.py (do not edit by hand); PowersOfFiveTest")
    out.append(" * recomputes every entry with BigInteger. A literal table: computing it at run time with")
    out.append(" * BigInteger took 0.08-0.3 s on a cold JVM, more than the parsing it speeds up.")
    out.append(" */")
    out.append("final class PowersOfFive {")
    out.append("")
    out.append("    /** The smallest power of ten in the table. */")
    out.append(f"    static final int MIN_Q = {MIN_Q};")
    out.append("")
    out.append("    /** The largest power of ten in the table. */")
    out.append(f"    static final int MAX_Q = {MAX_Q};")
    out.append("")
    for name, shift in (("HIGH", 64), ("LOW", 0)):
        out.append(f"    /** The {'high' if shift else 'low'} 64 bits of T, from q = MIN_Q up. */")
        out.append(f"    private static final long[] {name} = {{")
        words = [(truncated(q) >> shift) & ((1 << 64) - 1) for q in range(MIN_Q, MAX_Q + 1)]
        for i in range(0, len(words), 4):
            out.append("        " + " ".join(f"0x{w:016X}L," for w in words[i:i + 4]))
        out.append("    };")
        out.append("")
    out.append("    private PowersOfFive() {")
    out.append("    }")
    out.append("")
    out.append("    /** The high 64 bits of T for 5^q, q in [MIN_Q, MAX_Q]. */")
    out.append("    static long high(int q) {")
    out.append("        return HIGH[q - MIN_Q];")
    out.append("    }")
    out.append("")
    out.append("    /** The low 64 bits of T for 5^q, q in [MIN_Q, MAX_Q]. */")
    out.append("    static long low(int q) {")
    out.append("        return LOW[q - MIN_Q];")
    out.append("    }")
    out.append("")
    out.append("    /**")
    out.append("     * The binary exponent of T for 5^q: {@code floor(q log2 5) - 127}, with floor(q log2 5) =")
    out.append("     * floor(q log2 10) - q and floor(q log2 10) as (217706 q) >> 16 (217706 / 2^16 = 3.32192993...,")
    out.append("     * log2 10 = 3.32192809...; exact over the table, checked by PowersOfFiveTest).")
    out.append("     */")
    out.append("    static int scale(int q) {")
    out.append("        return ((217706 * q) >> 16) - q - 127;")
    out.append("    }")
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
