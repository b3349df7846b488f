package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.ReturnOnCapital;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * A funding carry: buy spot at the ask, sell a perpetual swap at the bid, collect the funding
 * that longs pay shorts for a holding horizon, then unwind both legs.
 *
 * <p>The position is {@code Q = notional / S_mid} coins on each leg; {@code tau} is the horizon
 * in years (ACT/365F). In the quote currency:
 * <ul>
 *   <li>gross: {@code Q (P_mid - S_mid (1 + exitBasis))}, the change of the perpetual's premium at
 *       mid prices (zero when the premium is unchanged, the default of {@link #evaluate()});</li>
 *   <li>funding: {@code APR * tau * Q P_mid}, simple accrual on the perpetual notional
 *       ({@link FundingAssumption});</li>
 *   <li>spread: {@code Q (h_S + h_P)} at entry and again at exit;</li>
 *   <li>fees: {@code f_s Q S_ask} and {@code f_d Q P_bid} at entry, {@code f_s Q S_bid} and
 *       {@code f_d Q (P_exit + h_P)} at exit;</li>
 *   <li>financing: {@code (Q S_ask (1 + f_s) + f_d Q P_bid) (exp(r_b tau) - 1)};</li>
 *   <li>coin yield: {@code Q S_mid (exp(q tau) - 1)}.</li>
 * </ul>
 * Capital is {@code Q S_ask + m Q P_bid}. The break-even is the funding APR at which the net
 * P&amp;L is zero: the net is affine in the APR with slope {@code Q P_mid tau}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param spot the spot quote, not null
 * @param perpetual the perpetual swap's quote, not null
 * @param costs the fees and rates, not null
 * @param funding the expected funding, not null
 * @param notional the position size in quote currency at the spot mid, finite and positive
 * @param initialMarginFraction the initial margin on the perpetual as a fraction of its notional, in [0, 1]
 * @param horizon the holding period, positive
 */
public record FundingCarry(BidAsk spot, BidAsk perpetual, TradingCosts costs, FundingAssumption funding,
        double notional, double initialMarginFraction, Duration horizon) {

    /**
     * Validates the components.
     *
     * @param spot the spot
     * @param perpetual the perpetual
     * @param costs the costs
     * @param funding the funding
     * @param notional the notional
     * @param initialMarginFraction the initial margin fraction
     * @param horizon the horizon
     * @throws IllegalArgumentException if a component is null or out of range
     */
    public FundingCarry {
        ArgChecker.notNull(spot, "spot");
        ArgChecker.notNull(perpetual, "perpetual");
        ArgChecker.notNull(costs, "costs");
        ArgChecker.notNull(funding, "funding");
        ArgChecker.positive(notional, "notional");
        ArgChecker.inRangeInclusive(initialMarginFraction, 0.0, 1.0, "initialMarginFraction");
        TradeChecks.yearFraction(horizon);
    }

    /**
     * Returns a builder that names every term, so that the two quotes, the notional and the margin
     * cannot be swapped by position:
     * <pre>{@code
     * FundingCarry trade = FundingCarry.builder()
     *         .spot(spot).perpetual(perp).costs(costs)
     *         .funding(FundingAssumption.perInterval(0.0001, Duration.ofHours(8)))
     *         .notional(1_000_000).initialMarginFraction(0.10)
     *         .horizon(Duration.ofDays(30))
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a funding carry.
     *
     * @deprecated seven positional terms are easily swapped (the quotes, the notional and the
     *     margin); use {@link #builder()}, which names them
     *
     * @param spot the spot quote
     * @param perpetual the perpetual's quote
     * @param costs the fees and rates
     * @param funding the expected funding
     * @param notional the size in quote currency at the spot mid
     * @param initialMarginFraction the initial margin fraction on the perpetual
     * @param horizon the holding period
     * @return the trade
     * @throws IllegalArgumentException as described on the canonical constructor
     */
    @Deprecated(since = "0.1.0")
    public static FundingCarry of(BidAsk spot, BidAsk perpetual, TradingCosts costs, FundingAssumption funding,
            double notional, double initialMarginFraction, Duration horizon) {
        return new FundingCarry(spot, perpetual, costs, funding, notional, initialMarginFraction, horizon);
    }

    /**
     * Evaluates the trade assuming the perpetual's premium {@code P_mid/S_mid - 1} is the same at
     * exit as at entry.
     *
     * @return the evaluation
     */
    public OpportunityEvaluation evaluate() {
        return evaluate(perpetual.mid() / spot.mid() - 1.0);
    }

    /**
     * Evaluates the trade at an assumed exit premium.
     *
     * @param exitBasis the relative basis {@code P/S - 1} assumed at exit, finite and above -1
     * @return the evaluation
     * @throws IllegalArgumentException if the exit basis is invalid
     */
    public OpportunityEvaluation evaluate(double exitBasis) {
        TradeChecks.exitBasis(exitBasis);
        double tau = TradeChecks.yearFraction(horizon);
        double sMid = spot.mid();
        double pMid = perpetual.mid();
        double q = notional / sMid;
        double fs = costs.spotFeeRate();
        double fd = costs.derivativeFeeRate();
        double exitPerpMid = sMid * (1.0 + exitBasis);

        double gross = q * (pMid - exitPerpMid);
        double fundingIncome = funding.annualRate() * tau * q * pMid;
        double spread = 2 * q * (spot.halfSpread() + perpetual.halfSpread());
        double spotFee = q * spot.ask() * fs + q * spot.bid() * fs;
        double derivativeFee = q * perpetual.bid() * fd + q * (exitPerpMid + perpetual.halfSpread()) * fd;
        double financing = (q * spot.ask() * (1.0 + fs) + q * perpetual.bid() * fd)
                * Math.expm1(costs.cashBorrowRate() * tau);
        double coinYield = q * sMid * Math.expm1(costs.coinYield() * tau);
        double net = gross + fundingIncome + coinYield - spread - spotFee - derivativeFee - financing;

        double breakEvenApr = TradeChecks.breakEven(funding.annualRate(), net, q * pMid * tau);
        double capital = ReturnOnCapital.capital(q * spot.ask(), q * perpetual.bid(), initialMarginFraction);
        return new OpportunityEvaluation(Strategy.FUNDING_CARRY, q, tau, gross, fundingIncome, coinYield, 0.0, spread,
                spotFee, derivativeFee, financing, 0.0, capital,
                BreakEven.of(breakEvenApr, BreakEvenMeasure.ANNUAL_FUNDING_RATE));
    }

    /**
     * Builds a {@link FundingCarry} with every term named, as {@link DatedCarryBuilder} does for
     * the dated trades. Every term is required: an unset one fails {@link #build()} with its name
     * in the message.
     *
     * <p>Not thread-safe; the trades it builds are.
     */
    public static final class Builder {

        private BidAsk spot;
        private BidAsk perpetual;
        private TradingCosts costs;
        private FundingAssumption funding;
        private double notional = Double.NaN;
        private double initialMarginFraction = Double.NaN;
        private Duration horizon;

        private Builder() {
        }

        /**
         * Sets the spot quote.
         *
         * @param quote the spot bid and ask, not null
         * @return this builder
         */
        public Builder spot(BidAsk quote) {
            this.spot = quote;
            return this;
        }

        /**
         * Sets the perpetual swap's quote.
         *
         * @param quote the perpetual's bid and ask, not null
         * @return this builder
         */
        public Builder perpetual(BidAsk quote) {
            this.perpetual = quote;
            return this;
        }

        /**
         * Sets the fees and rates.
         *
         * @param tradingCosts the costs, not null
         * @return this builder
         */
        public Builder costs(TradingCosts tradingCosts) {
            this.costs = tradingCosts;
            return this;
        }

        /**
         * Sets the expected funding.
         *
         * @param expected the funding, as an APR or a rate per interval, not null
         * @return this builder
         */
        public Builder funding(FundingAssumption expected) {
            this.funding = expected;
            return this;
        }

        /**
         * Sets the position size.
         *
         * @param quoteAmount the size in quote currency at the spot mid, finite and positive
         * @return this builder
         */
        public Builder notional(double quoteAmount) {
            this.notional = quoteAmount;
            return this;
        }

        /**
         * Sets the initial margin on the perpetual.
         *
         * @param fraction the margin as a fraction of the perpetual's notional, in [0, 1] (0.10 = 10%)
         * @return this builder
         */
        public Builder initialMarginFraction(double fraction) {
            this.initialMarginFraction = fraction;
            return this;
        }

        /**
         * Sets the holding period.
         *
         * @param period the horizon, positive
         * @return this builder
         */
        public Builder horizon(Duration period) {
            this.horizon = period;
            return this;
        }

        /**
         * Builds the trade.
         *
         * @return the trade
         * @throws IllegalArgumentException naming the term if one is unset or out of range
         */
        public FundingCarry build() {
            return new FundingCarry(spot, perpetual, costs, funding, notional, initialMarginFraction, horizon);
        }
    }
}
