package io.github.basisspread.core.carry;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The loan of a coin for a short spot leg, with its interest charged in the coin and compounded
 * continuously: borrowing {@code c} coins for {@code tau} years at rate {@code b} means owing
 * {@code c e^(b tau)} coins at the end.
 *
 * <p>This is the one model of the coin borrow that {@link NoArbitrageBand} (its lower bound) and
 * the reverse cash-and-carry of {@code core.arbitrage} share: the coins owed at the end are
 * covered by the long future, so the interest in coin is locked at the futures price when the
 * trade is entered. Borrowing {@code e^(-b tau)} coins per coin owed (the band's form) and
 * borrowing one coin while buying {@code e^(b tau) - 1} extra coins forward (the trade's form,
 * {@link #interestCoins(double)}) are the same position scaled.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rate the coin borrow rate per year, continuously compounded; finite
 * @param yearFraction the length of the loan in years; finite, zero or more
 */
public record CoinBorrow(double rate, double yearFraction) {

    /**
     * Validates the components.
     *
     * @param rate the coin borrow rate; finite
     * @param yearFraction the length of the loan in years; finite, zero or more
     * @throws IllegalArgumentException if the rate is not finite or the year fraction is negative
     */
    public CoinBorrow {
        ArgChecker.finite(rate, "rate");
        ArgChecker.nonNegative(yearFraction, "yearFraction");
    }

    /**
     * Creates a coin loan.
     *
     * @param rate the coin borrow rate per year, continuously compounded
     * @param yearFraction the length of the loan in years
     * @return the loan
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static CoinBorrow of(double rate, double yearFraction) {
        return new CoinBorrow(rate, yearFraction);
    }

    /**
     * Returns the coins owed at the end per coin borrowed now, {@code e^(b tau)}.
     *
     * @return the growth factor of the loan
     */
    public double owedPerCoinBorrowed() {
        return Math.exp(rate * yearFraction);
    }

    /**
     * Returns the coins to borrow now per coin owed at the end, {@code e^(-b tau)}.
     *
     * @return the discount factor of the loan
     */
    public double borrowedPerCoinOwed() {
        return Math.exp(-rate * yearFraction);
    }

    /**
     * Returns what selling the coins borrowed per coin owed and investing one unit of their
     * proceeds at the cash rate {@code r} grows to: {@code e^(-b tau) e^(r tau) = e^((r - b) tau)},
     * computed as one exponential.
     *
     * @param cashRate the rate the proceeds earn, continuously compounded; finite
     * @return {@code e^((r - b) tau)}
     * @throws IllegalArgumentException if the rate is not finite
     */
    public double investedProceedsPerCoinOwed(double cashRate) {
        ArgChecker.finite(cashRate, "cashRate");
        return Math.exp((cashRate - rate) * yearFraction);
    }

    /**
     * Returns the interest, in coins, on a loan of {@code coins} coins:
     * {@code coins (e^(b tau) - 1)}.
     *
     * @param coins the coins borrowed; finite, zero or more
     * @return the interest in coins
     * @throws IllegalArgumentException if the amount is negative or not finite
     */
    public double interestCoins(double coins) {
        ArgChecker.nonNegative(coins, "coins");
        return coins * Math.expm1(rate * yearFraction);
    }
}
