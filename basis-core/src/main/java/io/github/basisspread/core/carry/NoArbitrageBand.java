package io.github.basisspread.core.carry;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The band of future prices, {@code [lower, upper]}, inside which neither a cash-and-carry nor a
 * reverse cash-and-carry makes money once quotes, fees, financing and borrow are counted.
 *
 * <h2>Derivation</h2>
 * Per coin delivered at expiry {@code tau}, with continuously compounded rates and fees charged
 * once on each leg's entry notional (the exit at expiry is by delivery, or by settlement against
 * the index with no further cost; fold a settlement fee into the derivative fee rate if the venue
 * charges one):
 *
 * <p><b>Upper bound (cash-and-carry).</b> Buy {@code exp(-q tau)} coins at the spot ask
 * {@code S_a} paying fee {@code f_s}, so that with the coin yield {@code q} one coin is held at
 * expiry; sell one future at {@code F} paying fee {@code f_d F}. Borrow the whole outlay at
 * {@code r_b}. At expiry deliver the coin, receive {@code F}, repay the loan:
 * <pre>  profit = F - (exp(-q tau) S_a (1 + f_s) + f_d F) exp(r_b tau)</pre>
 * which is positive exactly when
 * <pre>  F &gt; upper = S_a (1 + f_s) exp((r_b - q) tau) / (1 - f_d exp(r_b tau)).</pre>
 *
 * <p><b>Lower bound (reverse cash-and-carry).</b> Borrow {@code exp(-b tau)} coins at the coin
 * borrow rate {@code b} (interest in coin, so one coin is owed at expiry; the {@link CoinBorrow}
 * model, which the reverse cash-and-carry trade of {@code core.arbitrage} uses too) and sell them at the spot
 * bid {@code S_b} paying {@code f_s}; buy one future at {@code F} paying {@code f_d F} out of the
 * proceeds; invest the rest at {@code r_l}. At expiry pay {@code F}, take the coin, return it:
 * <pre>  profit = (exp(-b tau) S_b (1 - f_s) - f_d F) exp(r_l tau) - F</pre>
 * which is positive exactly when
 * <pre>  F &lt; lower = S_b (1 - f_s) exp((r_l - b) tau) / (1 + f_d exp(r_l tau)).</pre>
 *
 * <p>With no fees, no spread ({@code S_a = S_b = S}), {@code r_b = r_l = r} and {@code b = q} both
 * bounds collapse to the cost-of-carry forward {@code S exp((r - q) tau)}
 * ({@link CostOfCarry#fairForward(double, double)}). With non-negative fees, {@code S_b <= S <= S_a},
 * {@code r_l <= r <= r_b} and {@code b >= q}, the band contains that fair forward. The cash-and-carry
 * is executed against the futures bid and the reverse against the futures ask: see
 * {@link #position(BidAsk)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound on the future price, finite and positive
 * @param upper the upper bound on the future price, finite and at least {@code lower}
 * @param yearFraction the time to expiry in years, finite and zero or more
 */
public record NoArbitrageBand(double lower, double upper, double yearFraction) {

    /**
     * Validates the components.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @param yearFraction the year fraction
     * @throws IllegalArgumentException if a bound is not finite and positive, the bounds are
     *     crossed, or the year fraction is negative
     */
    public NoArbitrageBand {
        ArgChecker.positive(lower, "lower");
        ArgChecker.positive(upper, "upper");
        ArgChecker.isTrue(upper >= lower, "upper", upper, "be at least the lower bound " + lower);
        ArgChecker.nonNegative(yearFraction, "yearFraction");
    }

    /**
     * Computes the band from the spot quote and the trading costs (see the class documentation).
     *
     * @param spot the spot quote, not null
     * @param costs the fees and rates, not null
     * @param yearFraction the time to expiry in years, finite and zero or more
     * @return the band
     * @throws IllegalArgumentException if an argument is invalid, the derivative fee is so large
     *     that the cash-and-carry can never pay ({@code f_d exp(r_b tau) >= 1}), or the costs (e.g.
     *     maker rebates) cross the band
     */
    public static NoArbitrageBand of(BidAsk spot, TradingCosts costs, double yearFraction) {
        ArgChecker.notNull(spot, "spot");
        ArgChecker.notNull(costs, "costs");
        ArgChecker.nonNegative(yearFraction, "yearFraction");
        double fs = costs.spotFeeRate();
        double fd = costs.derivativeFeeRate();
        double growBorrow = Math.exp(costs.cashBorrowRate() * yearFraction);
        double growLend = Math.exp(costs.cashLendRate() * yearFraction);
        double upperDenominator = 1.0 - fd * growBorrow;
        double lowerDenominator = 1.0 + fd * growLend;
        if (!(upperDenominator > 0) || !(lowerDenominator > 0)) {
            throw new IllegalArgumentException("Argument 'costs' has derivative fee rate " + fd
                    + " too large for cash rates " + costs.cashBorrowRate() + "/" + costs.cashLendRate()
                    + " over yearFraction " + yearFraction);
        }
        double upper = spot.ask() * (1.0 + fs) * Math.exp((costs.cashBorrowRate() - costs.coinYield()) * yearFraction)
                / upperDenominator;
        // The coin loan: borrow e^(-b tau) coins per coin owed at expiry (CoinBorrow, shared with the reverse trade).
        double proceeds = CoinBorrow.of(costs.coinBorrowRate(), yearFraction).investedProceedsPerCoinOwed(costs.cashLendRate());
        double lower = spot.bid() * (1.0 - fs) * proceeds / lowerDenominator;
        if (!(upper >= lower)) {
            throw new IllegalArgumentException("Argument 'costs' " + costs + " gives a crossed band: lower " + lower
                    + " above upper " + upper);
        }
        return new NoArbitrageBand(lower, upper, yearFraction);
    }

    /**
     * Whether a future price lies inside the band, bounds included.
     *
     * @param futurePrice the price, finite and positive
     * @return {@code lower <= futurePrice <= upper}
     * @throws IllegalArgumentException if the price is not finite and positive
     */
    public boolean contains(double futurePrice) {
        ArgChecker.positive(futurePrice, "futurePrice");
        return futurePrice >= lower && futurePrice <= upper;
    }

    /**
     * Where a futures quote sits: a cash-and-carry sells at the bid, a reverse buys at the ask.
     *
     * @param future the futures quote, not null
     * @return {@link BandPosition#ABOVE_UPPER} if {@code bid > upper},
     *     {@link BandPosition#BELOW_LOWER} if {@code ask < lower}, otherwise
     *     {@link BandPosition#INSIDE}
     * @throws IllegalArgumentException if the quote is null
     */
    public BandPosition position(BidAsk future) {
        ArgChecker.notNull(future, "future");
        if (future.bid() > upper) {
            return BandPosition.ABOVE_UPPER;
        }
        if (future.ask() < lower) {
            return BandPosition.BELOW_LOWER;
        }
        return BandPosition.INSIDE;
    }

    /**
     * The width of the band, {@code upper - lower}.
     *
     * @return the width in price units
     */
    public double width() {
        return upper - lower;
    }
}
