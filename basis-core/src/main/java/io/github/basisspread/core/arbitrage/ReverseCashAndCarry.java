package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.CoinBorrow;
import io.github.basisspread.core.carry.ReturnOnCapital;
import io.github.basisspread.core.carry.TradingCosts;
import java.time.Instant;

/**
 * A reverse cash-and-carry: borrow the coin and sell it at the spot bid, buy a dated future at
 * the ask, invest the proceeds; hold to expiry or to an earlier horizon at an assumed exit basis.
 *
 * <p>The position is {@code Q = notional / S_mid} coins on each leg. In the quote currency:
 * <ul>
 *   <li>gross: {@code Q (S_mid (1 + exitBasis) - F_mid)}, the basis change at mid prices
 *       ({@code exitBasis = 0} at expiry), spot assumed unchanged;</li>
 *   <li>spread: {@code Q (h_S + h_F)} at entry and again at an early exit;</li>
 *   <li>fees: {@code f_s Q S_bid} and {@code f_d Q F_ask} at entry; at an early exit
 *       {@code f_s Q S_ask} and {@code f_d Q (F_exit - h_F)}; none at expiry;</li>
 *   <li>interest income: the proceeds net of entry fees, {@code Q S_bid (1 - f_s) - f_d Q F_ask},
 *       times {@code exp(r_l tau) - 1} at the cash lending rate;</li>
 *   <li>borrow: the coin loan's interest. The loan is the {@link CoinBorrow} model shared with
 *       {@link io.github.basisspread.core.carry.NoArbitrageBand}: the {@code Q (exp(b tau) - 1)}
 *       coins of interest owed at expiry are bought forward at entry at the futures ask, paying
 *       the futures fee on them with that fee financed at {@code r_l}, so the borrow costs
 *       {@code Q (exp(b tau) - 1) F_ask (1 + f_d exp(r_l tau))} and the trade carries no spot
 *       exposure. Held to expiry with the future bought exactly at the band's lower bound the
 *       net P&amp;L is zero.</li>
 * </ul>
 * Capital is the collateral for the coin loan, taken as the spot notional {@code Q S_bid}, plus
 * initial margin {@code m Q F_ask}. The break-even is the entry basis {@code F_mid/S_mid - 1}
 * (the trade pays below it): the net P&amp;L is affine in {@code F_mid} with slope
 * {@code -Q exp(b tau) (1 + f_d exp(r_l tau))}.
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
public record ReverseCashAndCarry(BidAsk spot, BidAsk future, TradingCosts costs, double notional,
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
    public ReverseCashAndCarry {
        DatedCarry.check(spot, future, costs, notional, initialMarginFraction, valuationTime, expiry);
    }

    /**
     * Returns a builder that names every term; see {@link DatedCarryBuilder}.
     *
     * @return a new builder
     */
    public static DatedCarryBuilder<ReverseCashAndCarry> builder() {
        return new DatedCarryBuilder<>(ReverseCashAndCarry::new);
    }

    /**
     * Creates a reverse cash-and-carry.
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
    public static ReverseCashAndCarry of(BidAsk spot, BidAsk future, TradingCosts costs, double notional,
            double initialMarginFraction, Instant valuationTime, Instant expiry) {
        return new ReverseCashAndCarry(spot, future, costs, notional, initialMarginFraction, valuationTime, expiry);
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
        DatedCarry.Legs legs = DatedCarry.legs(Side.SHORT, spot, future, costs, notional, earlyExit, exitBasis);
        double q = legs.coins();
        double fd = legs.derivativeFeeRate();
        double growth = Math.exp(costs.cashLendRate() * tau);
        double interest = (q * legs.spotEntry() * (1.0 - legs.spotFeeRate()) - q * legs.futureEntry() * fd)
                * (growth - 1.0);
        CoinBorrow loan = CoinBorrow.of(costs.coinBorrowRate(), tau);
        double borrow = loan.interestCoins(q) * legs.futureEntry() * (1.0 + fd * growth);
        double net = legs.gross() + interest - legs.spread() - legs.spotFee() - legs.derivativeFee() - borrow;

        double breakEvenMid = TradeChecks.breakEven(legs.futureMid(), net,
                -q * loan.owedPerCoinBorrowed() * (1.0 + fd * growth));
        double capital = ReturnOnCapital.capital(q * legs.spotEntry(), q * legs.futureEntry(), initialMarginFraction);
        return new OpportunityEvaluation(Strategy.REVERSE_CASH_AND_CARRY, q, tau, legs.gross(), 0.0, 0.0, interest,
                legs.spread(), legs.spotFee(), legs.derivativeFee(), 0.0, borrow, capital,
                BreakEven.of(breakEvenMid / legs.spotMid() - 1.0, BreakEvenMeasure.ENTRY_BASIS));
    }
}
