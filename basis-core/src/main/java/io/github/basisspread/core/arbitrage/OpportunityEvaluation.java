package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.carry.ReturnOnCapital;
import io.github.basisspread.core.internal.ArgChecker;

/**
 * A basis trade evaluated net of every cost, component by component, in the quote currency.
 *
 * <p>Income components are positive when received; cost components are positive when paid (a
 * maker rebate makes a fee negative). The net P&amp;L is
 * <pre>  gross + funding + coin yield + interest - spread - spot fees - derivative fees - financing - borrow</pre>
 * and the annualized return on capital is simple: {@code net / capital / tau}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param strategy the trade evaluated, not null
 * @param quantity the position size in coins on each leg, finite and positive
 * @param yearFraction the holding period in years (ACT/365F), finite and positive
 * @param grossPnl the P&amp;L of the basis change measured at mid prices, finite
 * @param fundingIncome the perpetual funding received (negative if paid), finite
 * @param coinYieldIncome the staking or lending yield earned by a long spot leg, finite
 * @param interestIncome the interest earned on invested cash (short spot proceeds), finite
 * @param spreadCost the cost of crossing half the spread on each leg at entry and at exit, finite
 * @param spotFeeCost the fees paid on the spot leg, finite
 * @param derivativeFeeCost the fees paid on the derivative leg, finite
 * @param financingCost the interest on cash borrowed (or foregone) to buy the spot leg, finite
 * @param borrowCost the interest paid to borrow the coin for a short spot leg, finite
 * @param capital the capital tied up: spot notional plus initial margin, finite and positive
 * @param breakEven the level at which the net P&amp;L would be zero, not null
 */
public record OpportunityEvaluation(Strategy strategy, double quantity, double yearFraction, double grossPnl,
        double fundingIncome, double coinYieldIncome, double interestIncome, double spreadCost, double spotFeeCost,
        double derivativeFeeCost, double financingCost, double borrowCost, double capital, BreakEven breakEven) {

    /**
     * Validates the components.
     *
     * @param strategy the strategy
     * @param quantity the quantity
     * @param yearFraction the year fraction
     * @param grossPnl the gross P&amp;L
     * @param fundingIncome the funding income
     * @param coinYieldIncome the coin yield income
     * @param interestIncome the interest income
     * @param spreadCost the spread cost
     * @param spotFeeCost the spot fee cost
     * @param derivativeFeeCost the derivative fee cost
     * @param financingCost the financing cost
     * @param borrowCost the borrow cost
     * @param capital the capital
     * @param breakEven the break-even level
     * @throws IllegalArgumentException if a component is null, not finite, or (quantity, year
     *     fraction, capital) not positive
     */
    public OpportunityEvaluation {
        ArgChecker.notNull(strategy, "strategy");
        ArgChecker.positive(quantity, "quantity");
        ArgChecker.positive(yearFraction, "yearFraction");
        ArgChecker.finite(grossPnl, "grossPnl");
        ArgChecker.finite(fundingIncome, "fundingIncome");
        ArgChecker.finite(coinYieldIncome, "coinYieldIncome");
        ArgChecker.finite(interestIncome, "interestIncome");
        ArgChecker.finite(spreadCost, "spreadCost");
        ArgChecker.finite(spotFeeCost, "spotFeeCost");
        ArgChecker.finite(derivativeFeeCost, "derivativeFeeCost");
        ArgChecker.finite(financingCost, "financingCost");
        ArgChecker.finite(borrowCost, "borrowCost");
        ArgChecker.positive(capital, "capital");
        ArgChecker.notNull(breakEven, "breakEven");
    }

    /**
     * Every income component summed: gross, funding, coin yield and interest.
     *
     * @return the total income before costs
     */
    public double totalIncome() {
        return grossPnl + fundingIncome + coinYieldIncome + interestIncome;
    }

    /**
     * Every cost component summed: spread, fees on both legs, financing and borrow.
     *
     * @return the total cost
     */
    public double totalCosts() {
        return spreadCost + spotFeeCost + derivativeFeeCost + financingCost + borrowCost;
    }

    /**
     * The net P&amp;L: {@code totalIncome() - totalCosts()}.
     *
     * @return the net P&amp;L in the quote currency
     */
    public double netPnl() {
        return totalIncome() - totalCosts();
    }

    /**
     * The net P&amp;L as a return on the capital tied up.
     *
     * @return the return on capital
     */
    public ReturnOnCapital returnOnCapital() {
        return ReturnOnCapital.of(netPnl(), capital, yearFraction);
    }

    /**
     * The simple annualized net return on capital, {@code netPnl / capital / tau}.
     *
     * @return the annualized return as a decimal
     */
    public double annualizedReturnOnCapital() {
        return returnOnCapital().annualized(Compounding.SIMPLE);
    }

    /**
     * Whether the annualized net return on capital reaches a hurdle rate.
     *
     * @param hurdleRate the required simple annual return as a decimal, finite
     * @return {@code annualizedReturnOnCapital() >= hurdleRate}
     * @throws IllegalArgumentException if the hurdle rate is not finite
     */
    public boolean clearsHurdle(double hurdleRate) {
        ArgChecker.finite(hurdleRate, "hurdleRate");
        return annualizedReturnOnCapital() >= hurdleRate;
    }
}
