package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.ReturnOnCapital;
import io.github.basisspread.core.carry.TradingCosts;
import java.time.Instant;

/**
 * A cash-and-carry: buy spot at the ask, sell a dated future at the bid, hold to expiry (where
 * the future converges to spot) or to an earlier horizon at an assumed exit basis.
 *
 * <p>The position is {@code Q = notional / S_mid} coins on each leg. Costs, in the quote currency:
 * <ul>
 *   <li>gross: {@code Q (F_mid - S_mid (1 + exitBasis))}, the basis captured at mid prices
 *       ({@code exitBasis = 0} at expiry); the spot price is assumed unchanged, which a hedged
 *       position does not depend on except through fees and yield;</li>
 *   <li>spread: {@code Q (h_S + h_F)} at entry, and again at an early exit (exit spreads assumed
 *       equal to entry spreads in price units);</li>
 *   <li>fees: {@code f_s} on spot notional {@code Q S_ask}, {@code f_d} on future notional
 *       {@code Q F_bid}; at an early exit {@code f_s Q S_bid} and {@code f_d Q (F_exit + h_F)};
 *       at expiry none (delivery or cash settlement, as in {@link io.github.basisspread.core.carry.NoArbitrageBand});</li>
 *   <li>financing: the spot outlay and entry fees, {@code Q S_ask (1 + f_s) + f_d Q F_bid}, grown at
 *       the cash borrow rate: times {@code exp(r_b tau) - 1} (set the rate to zero to see the
 *       return before the cost of money);</li>
 *   <li>coin yield: {@code Q S_mid (exp(q tau) - 1)} from staking or lending the spot coins.</li>
 * </ul>
 * Capital is spot notional {@code Q S_ask} plus initial margin {@code m Q F_bid}. The break-even
 * is the entry basis {@code F_mid/S_mid - 1}: the net P&amp;L is affine in {@code F_mid} with slope
 * {@code Q (1 - f_d exp(r_b tau))}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param spot the spot quote, not null
 * @param future the dated future's quote, not null
 * @param costs the fees and rates, not null
 * @param notional the position size in quote currency at the spot mid, finite and positive
 * @param initialMarginFraction the initial margin on the future as a fraction of its notional, in [0, 1]
 * @param valuationTime the entry instant, not null
 * @param expiry the future's expiry, after the valuation time
 */
public record CashAndCarry(BidAsk spot, BidAsk future, TradingCosts costs, double notional,
        double initialMarginFraction, Instant valuationTime, Instant expiry) {

    /**
     * Validates the components.
     *
     * @param spot the spot
     * @param future the future
     * @param costs the costs
     * @param notional the notional
     * @param initialMarginFraction the initial margin fraction
     * @param valuationTime the valuation time
     * @param expiry the expiry
     * @throws IllegalArgumentException if a component is null or out of range, or the expiry is not
     *     after the valuation time
     */
    public CashAndCarry {
        DatedCarry.check(spot, future, costs, notional, initialMarginFraction, valuationTime, expiry);
    }

    /**
     * Returns a builder that names every term; see {@link DatedCarryBuilder}.
     *
     * @return a new builder
     */
    public static DatedCarryBuilder<CashAndCarry> builder() {
        return new DatedCarryBuilder<>(CashAndCarry::new);
    }

    /**
     * Creates a cash-and-carry.
     *
     * @deprecated seven positional terms are easily swapped (the quotes, the notional and the
     *     margin, the instants); use {@link #builder()}, which names them
     *
     * @param spot the spot quote
     * @param future the future's quote
     * @param costs the fees and rates
     * @param notional the size in quote currency at the spot mid
     * @param initialMarginFraction the initial margin fraction on the future
     * @param valuationTime the entry instant
     * @param expiry the future's expiry
     * @return the trade
     * @throws IllegalArgumentException as described on the canonical constructor
     */
    @Deprecated(since = "0.1.0")
    public static CashAndCarry of(BidAsk spot, BidAsk future, TradingCosts costs, double notional,
            double initialMarginFraction, Instant valuationTime, Instant expiry) {
        return new CashAndCarry(spot, future, costs, notional, initialMarginFraction, valuationTime, expiry);
    }

    /**
     * Evaluates the trade held to expiry, where the basis converges to zero and no exit costs are paid.
     *
     * @return the evaluation
     */
    public OpportunityEvaluation holdToExpiry() {
        return evaluate(TradeChecks.yearFraction(valuationTime, expiry, "expiry"), false, 0.0);
    }

    /**
     * Evaluates the trade unwound at a horizon at an assumed exit basis, paying exit spreads and fees.
     *
     * @param horizon the exit instant, after the valuation time and at or before the expiry
     * @param exitBasis the relative basis {@code F/S - 1} assumed at the exit, finite and above -1
     * @return the evaluation
     * @throws IllegalArgumentException if the horizon is out of range or the exit basis invalid
     */
    public OpportunityEvaluation exitAt(Instant horizon, double exitBasis) {
        return evaluate(DatedCarry.horizonYears(valuationTime, expiry, horizon), true, TradeChecks.exitBasis(exitBasis));
    }

    private OpportunityEvaluation evaluate(double tau, boolean earlyExit, double exitBasis) {
        DatedCarry.Legs legs = DatedCarry.legs(Side.LONG, spot, future, costs, notional, earlyExit, exitBasis);
        double q = legs.coins();
        double fd = legs.derivativeFeeRate();
        double growth = Math.exp(costs.cashBorrowRate() * tau);
        double financing = (q * legs.spotEntry() * (1.0 + legs.spotFeeRate()) + q * legs.futureEntry() * fd)
                * (growth - 1.0);
        double coinYield = q * legs.spotMid() * Math.expm1(costs.coinYield() * tau);
        double net = legs.gross() + coinYield - legs.spread() - legs.spotFee() - legs.derivativeFee() - financing;

        double breakEvenMid = TradeChecks.breakEven(legs.futureMid(), net, q * (1.0 - fd * growth));
        double capital = ReturnOnCapital.capital(q * legs.spotEntry(), q * legs.futureEntry(), initialMarginFraction);
        return new OpportunityEvaluation(Strategy.CASH_AND_CARRY, q, tau, legs.gross(), 0.0, coinYield, 0.0,
                legs.spread(), legs.spotFee(), legs.derivativeFee(), financing, 0.0, capital,
                BreakEven.of(breakEvenMid / legs.spotMid() - 1.0, BreakEvenMeasure.ENTRY_BASIS));
    }
}
