/**
 * Basis trades evaluated net of every cost: cash-and-carry, reverse cash-and-carry and funding
 * carry, and the P&amp;L of linear and inverse positions.
 */
package io.github.basisspread.core.arbitrage;
