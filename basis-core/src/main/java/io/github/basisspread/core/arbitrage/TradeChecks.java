package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import io.github.basisspread.core.time.DayCount;
import java.time.Duration;
import java.time.Instant;

/** Argument checks and conventions shared by the trade evaluations. */
final class TradeChecks {

    private TradeChecks() {
    }

    /** ACT/365F year fraction from valuation to a horizon strictly after it. */
    static double yearFraction(Instant valuationTime, Instant horizon, String horizonName) {
        ArgChecker.notNull(horizon, horizonName);
        if (!horizon.isAfter(valuationTime)) {
            // The message is built only on failure, not on every evaluation.
            ArgChecker.isTrue(false, horizonName, horizon, "be after the valuation time " + valuationTime);
        }
        return DayCount.ACT_365F.yearFraction(valuationTime, horizon);
    }

    /** ACT/365F year fraction of a positive duration. */
    static double yearFraction(Duration horizon) {
        ArgChecker.notNull(horizon, "horizon");
        ArgChecker.isTrue(!horizon.isNegative() && !horizon.isZero(), "horizon", horizon, "be positive");
        return TimeConventions.yearFraction(horizon);
    }

    /** A relative basis {@code F/S - 1}: finite and above -1 so the implied price is positive. */
    static double exitBasis(double exitBasis) {
        ArgChecker.finite(exitBasis, "exitBasis");
        ArgChecker.isTrue(exitBasis > -1.0, "exitBasis", exitBasis, "be greater than -1 (F/S - 1 of a positive price)");
        return exitBasis;
    }

    /** Solves {@code net(x*) = 0} for a net P&L affine in x with the given slope. */
    static double breakEven(double x, double net, double slope) {
        if (!(slope != 0) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("Argument 'costs' make the net P&L insensitive to the break-even variable"
                    + " (slope " + slope + ")");
        }
        return x - net / slope;
    }
}
