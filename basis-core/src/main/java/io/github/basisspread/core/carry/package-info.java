/**
 * The cost-of-carry model {@code F = S exp((r + u - y - q) tau)}: fair forwards, implied
 * financing rates and convenience yields, and the no-arbitrage band once fees, spreads and
 * borrow costs are counted.
 */
package io.github.basisspread.core.carry;
