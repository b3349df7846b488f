/**
 * Time for the basis: day counts and year fractions between instants, expiry rules of dated
 * futures (last Friday of the month or quarter at 08:00 UTC, CME at 16:00 London), and funding
 * settlement schedules of perpetual swaps.
 */
package io.github.basisspread.core.time;
