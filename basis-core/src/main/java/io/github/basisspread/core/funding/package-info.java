/**
 * Funding of perpetual swaps: funding rate observations, APR and APY, accrual and payments,
 * the premium index, one funding formula per venue, and the fair value of a perpetual.
 */
package io.github.basisspread.core.funding;
