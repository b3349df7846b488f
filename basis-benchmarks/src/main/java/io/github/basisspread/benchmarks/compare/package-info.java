/**
 * The Basis side of the cross-tool comparison {@code bench/compare.sh}: writes the shared seeded
 * inputs, fits them with this library and prints the comparison table with a common
 * log-likelihood check. Not a published API.
 */
package io.github.basisspread.benchmarks.compare;
