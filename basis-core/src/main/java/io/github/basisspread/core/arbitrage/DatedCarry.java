package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;

/**
 * What a cash-and-carry and a reverse cash-and-carry share: the checks of their terms, the
 * horizons, and the two legs' gross P&amp;L, spreads and fees, which differ only by the side of
 * the spot leg (the future is on the other side). The money legs (financing, interest, coin
 * borrow) differ in substance and stay with each trade.
 *
 * <p>Package-private; stateless.
 */
final class DatedCarry {

    private DatedCarry() {
    }

    /** Checks the seven terms of a dated carry trade; the messages name the component. */
    static void check(BidAsk spot, BidAsk future, TradingCosts costs, double notional, double initialMarginFraction,
            Instant valuationTime, Instant expiry) {
        ArgChecker.notNull(spot, "spot");
        ArgChecker.notNull(future, "future");
        ArgChecker.notNull(costs, "costs");
        ArgChecker.positive(notional, "notional");
        ArgChecker.inRangeInclusive(initialMarginFraction, 0.0, 1.0, "initialMarginFraction");
        ArgChecker.notNull(valuationTime, "valuationTime");
        TradeChecks.yearFraction(valuationTime, expiry, "expiry");
    }

    /** The year fraction to an exit horizon: after the valuation time, at or before the expiry. */
    static double horizonYears(Instant valuationTime, Instant expiry, Instant horizon) {
        double tau = TradeChecks.yearFraction(valuationTime, horizon, "horizon");
        ArgChecker.isTrue(!horizon.isAfter(expiry), "horizon", horizon, "be at or before the expiry " + expiry);
        return tau;
    }

    /**
     * The legs of a trade of {@code Q = notional / S_mid} coins, long or short spot against the
     * opposite side of the future, entered by crossing both spreads and, at an early exit,
     * unwound by crossing them again at the assumed exit basis.
     *
     * @param spotSide the side of the spot leg: long for a cash-and-carry, short for the reverse
     * @param spot the spot quote
     * @param future the future's quote
     * @param costs the fees
     * @param notional the size at the spot mid
     * @param earlyExit whether the trade is unwound before expiry
     * @param exitBasis the relative basis at the exit (0 at expiry)
     * @return the legs
     */
    static Legs legs(Side spotSide, BidAsk spot, BidAsk future, TradingCosts costs, double notional,
            boolean earlyExit, double exitBasis) {
        boolean longSpot = spotSide == Side.LONG;
        double sMid = spot.mid();
        double fMid = future.mid();
        double q = notional / sMid;
        double fs = costs.spotFeeRate();
        double fd = costs.derivativeFeeRate();
        double exitFutureMid = sMid * (1.0 + exitBasis);
        int crossings = earlyExit ? 2 : 1;
        // Entry crosses the spread against us: buy at the ask, sell at the bid; the exit the other way.
        double spotEntry = longSpot ? spot.ask() : spot.bid();
        double spotExit = longSpot ? spot.bid() : spot.ask();
        double futureEntry = longSpot ? future.bid() : future.ask();
        double futureExit = longSpot ? exitFutureMid + future.halfSpread() : exitFutureMid - future.halfSpread();

        double gross = longSpot ? q * (fMid - exitFutureMid) : q * (exitFutureMid - fMid);
        double spread = crossings * q * (spot.halfSpread() + future.halfSpread());
        double spotFee = q * spotEntry * fs + (earlyExit ? q * spotExit * fs : 0.0);
        double derivativeFee = q * futureEntry * fd + (earlyExit ? q * futureExit * fd : 0.0);
        return new Legs(q, sMid, fMid, spotEntry, futureEntry, fs, fd, gross, spread, spotFee, derivativeFee);
    }

    /**
     * The legs' figures in the quote currency.
     *
     * @param coins the coins on each leg, {@code Q}
     * @param spotMid the spot mid
     * @param futureMid the future's mid
     * @param spotEntry the spot entry price (ask when long spot, bid when short)
     * @param futureEntry the future's entry price (the other side)
     * @param spotFeeRate the spot fee rate
     * @param derivativeFeeRate the future's fee rate
     * @param gross the basis captured at mid prices
     * @param spread the spreads crossed
     * @param spotFee the spot fees
     * @param derivativeFee the future's fees
     */
    record Legs(double coins, double spotMid, double futureMid, double spotEntry, double futureEntry,
            double spotFeeRate, double derivativeFeeRate, double gross, double spread, double spotFee,
            double derivativeFee) {
    }
}
