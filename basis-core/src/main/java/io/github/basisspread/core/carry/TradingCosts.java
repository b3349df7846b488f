package io.github.basisspread.core.carry;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * Everything a two-leg basis trade (spot against a future or a perpetual) pays or earns besides
 * the prices themselves: fees on each leg and the rates of money and of the coin.
 *
 * <p>Rates are continuously compounded annual decimals:
 * <ul>
 *   <li>{@code cashBorrowRate}: what borrowing cash costs, i.e. financing the long spot leg of a
 *       cash-and-carry (or the return foregone on one's own cash);</li>
 *   <li>{@code cashLendRate}: what cash earns when invested, i.e. the proceeds of the short spot
 *       leg of a reverse cash-and-carry; at most the borrow rate in a sane market, but not enforced;</li>
 *   <li>{@code coinBorrowRate}: what borrowing the coin costs, paid in coin, for a short spot leg;</li>
 *   <li>{@code coinYield}: what holding the coin earns, in coin (staking, lending).</li>
 * </ul>
 * Fee rates come from a {@link FeeSchedule} per leg and a {@link LiquidityRole} per leg.
 *
 * <p>Build one with {@link #builder()}, which names every rate, so that the cash and coin rates
 * cannot be swapped by position:
 * <pre>{@code
 * TradingCosts costs = TradingCosts.builder()
 *         .spotFees(FeeSchedule.ofBasisPoints(2, 5))
 *         .derivativeFees(FeeSchedule.ofBasisPoints(1, 4))
 *         .cashRate(0.05)            // borrow and lend cash at 5% a year
 *         .coinBorrowRate(0.02)
 *         .coinYield(0.0)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param spotFees the fees of the spot leg, not null
 * @param spotRole the liquidity role of spot orders, not null
 * @param derivativeFees the fees of the future or perpetual leg, not null
 * @param derivativeRole the liquidity role of derivative orders, not null
 * @param cashBorrowRate the rate paid to borrow cash, finite
 * @param cashLendRate the rate earned on invested cash, finite
 * @param coinBorrowRate the rate paid to borrow the coin, finite
 * @param coinYield the rate earned by holding the coin, finite
 */
public record TradingCosts(FeeSchedule spotFees, LiquidityRole spotRole, FeeSchedule derivativeFees,
        LiquidityRole derivativeRole, double cashBorrowRate, double cashLendRate, double coinBorrowRate,
        double coinYield) {

    /**
     * Validates the components.
     *
     * @param spotFees the spot fees
     * @param spotRole the spot role
     * @param derivativeFees the derivative fees
     * @param derivativeRole the derivative role
     * @param cashBorrowRate the cash borrow rate
     * @param cashLendRate the cash lend rate
     * @param coinBorrowRate the coin borrow rate
     * @param coinYield the coin yield
     * @throws IllegalArgumentException if a component is null or a rate is not finite
     */
    public TradingCosts {
        ArgChecker.notNull(spotFees, "spotFees");
        ArgChecker.notNull(spotRole, "spotRole");
        ArgChecker.notNull(derivativeFees, "derivativeFees");
        ArgChecker.notNull(derivativeRole, "derivativeRole");
        ArgChecker.finite(cashBorrowRate, "cashBorrowRate");
        ArgChecker.finite(cashLendRate, "cashLendRate");
        ArgChecker.finite(coinBorrowRate, "coinBorrowRate");
        ArgChecker.finite(coinYield, "coinYield");
    }

    /**
     * Returns a builder: no fees, taker on both legs and every rate zero until set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Costs with taker fees on both legs and one rate for borrowing and lending cash.
     *
     * @deprecated three positional rates are easily swapped; use {@link #builder()}, which names them:
     *     {@code builder().spotFees(s).derivativeFees(d).cashRate(r).coinBorrowRate(b).coinYield(q).build()}
     *
     * @param spotFees the fees of the spot leg, not null
     * @param derivativeFees the fees of the derivative leg, not null
     * @param cashRate the rate to borrow and to lend cash, finite
     * @param coinBorrowRate the rate to borrow the coin, finite
     * @param coinYield the yield of holding the coin, finite
     * @return the costs
     * @throws IllegalArgumentException if a component is null or a rate is not finite
     */
    @Deprecated(since = "0.1.0")
    public static TradingCosts of(FeeSchedule spotFees, FeeSchedule derivativeFees, double cashRate,
            double coinBorrowRate, double coinYield) {
        return new TradingCosts(spotFees, LiquidityRole.TAKER, derivativeFees, LiquidityRole.TAKER, cashRate, cashRate,
                coinBorrowRate, coinYield);
    }

    /**
     * The frictionless market of the cost-of-carry model {@code F = S exp((r - q) tau)}: no fees,
     * cash borrowed and lent at {@code r}, the coin borrowed at its own yield {@code q} (the lender
     * is paid exactly what the coin would have earned).
     *
     * @param financingRate the rate {@code r}, finite
     * @param coinYield the coin yield {@code q}, finite
     * @return the costs
     * @throws IllegalArgumentException if a rate is not finite
     */
    public static TradingCosts frictionless(double financingRate, double coinYield) {
        return builder().cashRate(financingRate).coinBorrowRate(coinYield).coinYield(coinYield).build();
    }

    /**
     * The fee rate paid on the spot leg: {@code spotFees.rate(spotRole)}.
     *
     * @return the spot fee as a decimal of notional
     */
    public double spotFeeRate() {
        return spotFees.rate(spotRole);
    }

    /**
     * The fee rate paid on the derivative leg: {@code derivativeFees.rate(derivativeRole)}.
     *
     * @return the derivative fee as a decimal of notional
     */
    public double derivativeFeeRate() {
        return derivativeFees.rate(derivativeRole);
    }

    /**
     * The net carry, in the quote currency, of holding {@code coins} of spot long for
     * {@code yearFraction} years: what the coin yields less the cost of the money tied up in it,
     * {@code V (exp(q tau) - 1) - V (exp(r_b tau) - 1)} with {@code V = coins * spotPrice}, at the
     * continuously compounded {@link #coinYield()} and {@link #cashBorrowRate()}, as the long spot
     * leg of {@link io.github.basisspread.core.arbitrage.CashAndCarry} is priced. Negative when the
     * financing costs more than the coin earns.
     *
     * @param coins the coins held; finite, zero or more
     * @param spotPrice the spot price the value is taken at; finite and positive
     * @param yearFraction the holding period in years; finite, zero or more
     * @return the net carry in the quote currency
     * @throws IllegalArgumentException if an argument is out of range
     */
    public double longSpotCarry(double coins, double spotPrice, double yearFraction) {
        double value = spotValue(coins, spotPrice, yearFraction);
        return value * Math.expm1(coinYield * yearFraction) - value * Math.expm1(cashBorrowRate * yearFraction);
    }

    /**
     * The net carry, in the quote currency, of holding {@code coins} of spot short (borrowed and
     * sold) for {@code yearFraction} years: the interest the proceeds earn less the interest of the
     * coin loan, {@code V (exp(r_l tau) - 1) - S c (exp(b tau) - 1)} with {@code V = c S}, at the
     * continuously compounded {@link #cashLendRate()} and {@link #coinBorrowRate()}; the loan is
     * the {@link CoinBorrow} model that the band and the reverse cash-and-carry share, its interest
     * in coin valued at {@code spotPrice}. Negative when borrowing the coin costs more than the
     * proceeds earn.
     *
     * @param coins the coins borrowed and sold; finite, zero or more
     * @param spotPrice the spot price the value and the interest are taken at; finite and positive
     * @param yearFraction the holding period in years; finite, zero or more
     * @return the net carry in the quote currency
     * @throws IllegalArgumentException if an argument is out of range
     */
    public double shortSpotCarry(double coins, double spotPrice, double yearFraction) {
        double value = spotValue(coins, spotPrice, yearFraction);
        return value * Math.expm1(cashLendRate * yearFraction)
                - CoinBorrow.of(coinBorrowRate, yearFraction).interestCoins(coins) * spotPrice;
    }

    private static double spotValue(double coins, double spotPrice, double yearFraction) {
        ArgChecker.nonNegative(coins, "coins");
        ArgChecker.positive(spotPrice, "spotPrice");
        ArgChecker.nonNegative(yearFraction, "yearFraction");
        return coins * spotPrice;
    }

    /**
     * A copy with other liquidity roles.
     *
     * @param spot the role of spot orders, not null
     * @param derivative the role of derivative orders, not null
     * @return the copy
     * @throws IllegalArgumentException if a role is null
     */
    public TradingCosts withRoles(LiquidityRole spot, LiquidityRole derivative) {
        return new TradingCosts(spotFees, spot, derivativeFees, derivative, cashBorrowRate, cashLendRate,
                coinBorrowRate, coinYield);
    }

    /**
     * A copy with another cash lending rate.
     *
     * @param rate the rate earned on invested cash, finite
     * @return the copy
     * @throws IllegalArgumentException if the rate is not finite
     */
    public TradingCosts withCashLendRate(double rate) {
        return new TradingCosts(spotFees, spotRole, derivativeFees, derivativeRole, cashBorrowRate, rate,
                coinBorrowRate, coinYield);
    }

    /**
     * Builds {@link TradingCosts} with every rate named. Unset fees are {@link FeeSchedule#ZERO},
     * unset roles {@link LiquidityRole#TAKER} and unset rates zero. Rates are continuously
     * compounded annual decimals ({@code 0.05} = 5% a year); fees come in a {@link FeeSchedule},
     * whose {@link FeeSchedule#ofBasisPoints(double, double)} takes basis points.
     *
     * <p>Not thread-safe; the costs it builds are.
     */
    public static final class Builder {

        private FeeSchedule spotFees = FeeSchedule.ZERO;
        private LiquidityRole spotRole = LiquidityRole.TAKER;
        private FeeSchedule derivativeFees = FeeSchedule.ZERO;
        private LiquidityRole derivativeRole = LiquidityRole.TAKER;
        private double cashBorrowRate;
        private double cashLendRate;
        private double coinBorrowRate;
        private double coinYield;

        private Builder() {
        }

        /**
         * Sets the fees of the spot leg.
         *
         * @param fees the fees, not null
         * @return this builder
         */
        public Builder spotFees(FeeSchedule fees) {
            this.spotFees = fees;
            return this;
        }

        /**
         * Sets the fees of the future or perpetual leg.
         *
         * @param fees the fees, not null
         * @return this builder
         */
        public Builder derivativeFees(FeeSchedule fees) {
            this.derivativeFees = fees;
            return this;
        }

        /**
         * Sets the liquidity roles of the two legs' orders.
         *
         * @param spot the role of spot orders, not null
         * @param derivative the role of derivative orders, not null
         * @return this builder
         */
        public Builder roles(LiquidityRole spot, LiquidityRole derivative) {
            this.spotRole = spot;
            this.derivativeRole = derivative;
            return this;
        }

        /**
         * Sets one rate for borrowing and for lending cash.
         *
         * @param annualRate the cash rate as a continuously compounded annual decimal, finite
         * @return this builder
         */
        public Builder cashRate(double annualRate) {
            this.cashBorrowRate = annualRate;
            this.cashLendRate = annualRate;
            return this;
        }

        /**
         * Sets the rate paid to borrow cash (financing a long spot leg).
         *
         * @param annualRate the rate as a continuously compounded annual decimal, finite
         * @return this builder
         */
        public Builder cashBorrowRate(double annualRate) {
            this.cashBorrowRate = annualRate;
            return this;
        }

        /**
         * Sets the rate earned on invested cash (the proceeds of a short spot leg).
         *
         * @param annualRate the rate as a continuously compounded annual decimal, finite
         * @return this builder
         */
        public Builder cashLendRate(double annualRate) {
            this.cashLendRate = annualRate;
            return this;
        }

        /**
         * Sets the rate paid, in coin, to borrow the coin for a short spot leg.
         *
         * @param annualRate the rate as a continuously compounded annual decimal, finite
         * @return this builder
         */
        public Builder coinBorrowRate(double annualRate) {
            this.coinBorrowRate = annualRate;
            return this;
        }

        /**
         * Sets what holding the coin earns, in coin (staking, lending).
         *
         * @param annualRate the yield as a continuously compounded annual decimal, finite
         * @return this builder
         */
        public Builder coinYield(double annualRate) {
            this.coinYield = annualRate;
            return this;
        }

        /**
         * Builds the costs.
         *
         * @return the costs
         * @throws IllegalArgumentException naming the component if a fee schedule or role is null
         *     or a rate is not finite
         */
        public TradingCosts build() {
            return new TradingCosts(spotFees, spotRole, derivativeFees, derivativeRole, cashBorrowRate, cashLendRate,
                    coinBorrowRate, coinYield);
        }
    }
}
