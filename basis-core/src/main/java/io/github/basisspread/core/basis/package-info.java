/**
 * The basis between a spot price and a derivative price.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.core.basis.Basis}: one spot and one derivative price at one
 *       instant; absolute {@code F - S}, relative {@code F/S - 1}, basis points, and annualized
 *       to an expiry.</li>
 *   <li>{@link io.github.basisspread.core.basis.Compounding}: the two annualizations, simple
 *       {@code (F/S - 1)/tau} (= {@code x 365/days} under ACT/365F) and continuous
 *       {@code ln(F/S)/tau}. They agree to first order for a small basis and are never
 *       confused: every annualized number carries its compounding.</li>
 *   <li>{@link io.github.basisspread.core.basis.AnnualizedBasis}: rate, compounding and year
 *       fraction together, so it can be de-annualized back into a forward price or re-quoted.</li>
 *   <li>{@link io.github.basisspread.core.basis.BasisTermStructure}: spot plus several dated
 *       futures; its {@link io.github.basisspread.core.basis.TermStructureShape shape} and
 *       constant-maturity (30/60/90-day) basis by linear interpolation of total carry
 *       {@code ln(F/S)} in time.</li>
 * </ul>
 *
 * <p>Year fractions come from a {@link io.github.basisspread.core.time.DayCount}, ACT/365F by
 * default. Every type here is immutable and thread-safe.
 */
package io.github.basisspread.core.basis;
