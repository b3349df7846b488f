package io.github.basisspread.models.backtest;

import io.github.basisspread.core.funding.FundingPayment;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.DayCount;
import java.util.ArrayList;
import java.util.List;

/**
 * An event-driven backtest of basis trades: an immutable configuration (capital, fees and
 * slippage per leg, initial margin of the derivative leg, financing rate of the spot leg, stop).
 *
 * <p>At each observation t, in order: (1) the position held since t-1 is marked to t: the spot
 * leg gains {@code q_S (S_t - S_{t-1})}; a linear derivative {@code q_F (F_t - F_{t-1})}; an
 * inverse one of signed USD face {@code V} gains {@code V (1/F_{t-1} - 1/F_t)} coin, converted at
 * the mark {@code F_t}; the spot leg costs {@code r |q_S| S_{t-1} tau} of financing (ACT/365F);
 * at a funding settlement at t the perpetual's funding is exchanged on the mark, through
 * {@link FundingPayment} (longs pay a positive rate). (2) Forced exits: the dated future's expiry
 * (at the last observation before it; the schedule is known in advance), the stop (the trade's
 * loss reaches the stop fraction of its notional) and the end of the data. (3) The strategy
 * decides on a {@link MarketView} holding only the data up to t, and trades at t's prices. New
 * positions use the whole equity: each leg's notional {@code N} satisfies
 * {@code N (1 + m + c) = equity}, with m the margin rate and c the costs of both legs, and the
 * derivative hedges the spot's coin quantity (an inverse contract's face is {@code q_S F_t}).
 *
 * <p>The equity is cash plus the value of the spot position; the derivative's gains are settled
 * into cash each period (variation margin), and its initial margin is a reserved part of the cash.
 * Immutable and thread-safe.
 */
public final class Backtest {

    private final double capital;
    private final double spotFee;
    private final double derivativeFee;
    private final double spotSlippage;
    private final double derivativeSlippage;
    private final double marginRate;
    private final double financingRate;
    private final double stopLoss;

    private Backtest(double capital, double spotFee, double derivativeFee, double spotSlippage, double derivativeSlippage,
            double marginRate, double financingRate, double stopLoss) {
        this.capital = capital;
        this.spotFee = spotFee;
        this.derivativeFee = derivativeFee;
        this.spotSlippage = spotSlippage;
        this.derivativeSlippage = derivativeSlippage;
        this.marginRate = marginRate;
        this.financingRate = financingRate;
        this.stopLoss = stopLoss;
    }

    /**
     * A backtest with no costs, a 10% initial margin, no financing and no stop.
     *
     * @param capital the initial capital in the quote currency, positive
     * @return the configuration
     * @throws IllegalArgumentException if the capital is not positive and finite
     */
    public static Backtest of(double capital) {
        ArgChecker.isTrue(capital > 0 && Double.isFinite(capital), "capital", capital, "be positive and finite");
        return new Backtest(capital, 0, 0, 0, 0, 0.1, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * Returns a copy with trading fees per leg, as decimals of the notional traded.
     *
     * @param spot the spot fee rate, zero or more
     * @param derivative the derivative fee rate, zero or more
     * @return the copy
     * @throws IllegalArgumentException if a fee is negative or not finite
     */
    public Backtest withFees(double spot, double derivative) {
        return new Backtest(capital, cost(spot, "spotFee"), cost(derivative, "derivativeFee"), spotSlippage,
                derivativeSlippage, marginRate, financingRate, stopLoss);
    }

    /**
     * Returns a copy with slippage per leg, as decimals of the notional traded.
     *
     * @param spot the spot slippage, zero or more
     * @param derivative the derivative slippage, zero or more
     * @return the copy
     * @throws IllegalArgumentException if a slippage is negative or not finite
     */
    public Backtest withSlippage(double spot, double derivative) {
        return new Backtest(capital, spotFee, derivativeFee, cost(spot, "spotSlippage"), cost(derivative, "derivativeSlippage"),
                marginRate, financingRate, stopLoss);
    }

    /**
     * Returns a copy with another initial margin rate for the derivative leg.
     *
     * @param rate the margin as a fraction of the derivative's notional, in (0, 1]
     * @return the copy
     * @throws IllegalArgumentException if the rate is out of range
     */
    public Backtest withMarginRate(double rate) {
        ArgChecker.isTrue(rate > 0 && rate <= 1, "marginRate", rate, "be in (0, 1]");
        return new Backtest(capital, spotFee, derivativeFee, spotSlippage, derivativeSlippage, rate, financingRate, stopLoss);
    }

    /**
     * Returns a copy with a financing (or borrowing) rate for the spot leg.
     *
     * @param annualRate the simple annual rate, zero or more
     * @return the copy
     * @throws IllegalArgumentException if the rate is negative or not finite
     */
    public Backtest withFinancingRate(double annualRate) {
        return new Backtest(capital, spotFee, derivativeFee, spotSlippage, derivativeSlippage, marginRate,
                cost(annualRate, "financingRate"), stopLoss);
    }

    /**
     * Returns a copy that stops a trade out once its loss reaches a fraction of its notional.
     *
     * @param fraction the stop, positive
     * @return the copy
     * @throws IllegalArgumentException if the fraction is not positive
     */
    public Backtest withStopLoss(double fraction) {
        ArgChecker.isTrue(fraction > 0, "stopLoss", fraction, "be positive");
        return new Backtest(capital, spotFee, derivativeFee, spotSlippage, derivativeSlippage, marginRate, financingRate, fraction);
    }

    private static double cost(double value, String name) {
        ArgChecker.isTrue(value >= 0 && Double.isFinite(value), name, value, "be zero or positive and finite");
        return value;
    }

    /**
     * Runs the strategy over the data.
     *
     * @param data the aligned market data
     * @param strategy the strategy
     * @return the trades, equity curve, attribution and measures
     * @throws IllegalArgumentException if an argument is null or the strategy returns null
     */
    public BacktestResult run(BacktestData data, BasisStrategy strategy) {
        ArgChecker.notNull(data, "data");
        ArgChecker.notNull(strategy, "strategy");
        int n = data.size();
        boolean inverse = data.settlement() == Settlement.INVERSE;
        long expiry = data.expiry().map(e -> TimeConventions.toEpochNanos(e, "expiry")).orElse(Long.MAX_VALUE);
        double cash = capital;
        double qS = 0;
        double qF = 0;
        Position position = Position.FLAT;
        int entry = -1;
        double notional = 0;
        double margin = 0;
        PnlAttribution tradePnl = PnlAttribution.ZERO;
        PnlAttribution total = PnlAttribution.ZERO;
        double traded = 0;
        double[] equity = new double[n];
        List<Decision> decisions = new ArrayList<>(n);
        List<FundingEvent> fundingEvents = new ArrayList<>();
        List<Trade> trades = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            double s1 = data.spot(t);
            double f1 = data.derivative(t);
            if (t > 0 && position != Position.FLAT) {
                double s0 = data.spot(t - 1);
                double f0 = data.derivative(t - 1);
                double spotPnl = qS * (s1 - s0);
                double derivativePnl = inverse ? qF * (1 / f0 - 1 / f1) * f1 : qF * (f1 - f0);
                double tau = DayCount.ACT_365F.yearFraction(data.time(t - 1), data.time(t));
                double finance = -financingRate * Math.abs(qS) * s0 * tau;
                double fundingFlow = 0;
                double rate = data.funding(t);
                if (!Double.isNaN(rate)) {
                    double payment = inverse ? FundingPayment.inverse(Math.abs(qF), 1.0, f1, rate) * f1
                            : FundingPayment.linear(Math.abs(qF), f1, rate);
                    fundingFlow = qF < 0 ? FundingPayment.shortCashFlow(payment) : FundingPayment.longCashFlow(payment);
                    fundingEvents.add(new FundingEvent(data.time(t), rate, fundingFlow));
                }
                cash += derivativePnl + fundingFlow + finance;
                tradePnl = tradePnl.plus(spotPnl + derivativePnl, fundingFlow, 0, finance);
                total = total.plus(spotPnl + derivativePnl, fundingFlow, 0, finance);
            }
            boolean expired = data.epochNanos(t) >= expiry || (t + 1 < n && data.epochNanos(t + 1) > expiry);
            ExitReason exit = null;
            if (position != Position.FLAT) {
                if (expired) {
                    exit = ExitReason.EXPIRY;
                } else if (tradePnl.total() <= -stopLoss * notional) {
                    exit = ExitReason.STOP;
                } else if (t == n - 1) {
                    exit = ExitReason.END_OF_DATA;
                }
            }
            Decision decision = strategy.decide(new MarketView(data, t + 1), position);
            ArgChecker.isTrue(decision != null, "strategy", "a null decision", "return a decision at " + data.time(t));
            decisions.add(decision);
            if (exit == null && decision == Decision.CLOSE && position != Position.FLAT) {
                exit = ExitReason.SIGNAL;
            }
            if (exit != null) {
                double derivativeNotional = inverse ? Math.abs(qF) : Math.abs(qF) * f1;
                double fees = -(Math.abs(qS) * s1 * (spotFee + spotSlippage) + derivativeNotional * (derivativeFee + derivativeSlippage));
                cash += qS * s1 + fees;
                traded += Math.abs(qS) * s1 + derivativeNotional;
                tradePnl = tradePnl.plus(0, 0, fees, 0);
                total = total.plus(0, 0, fees, 0);
                trades.add(new Trade(position, data.time(entry), data.time(t), basis(data, entry), basis(data, t),
                        qS, qF, notional, margin, tradePnl, exit));
                qS = 0;
                qF = 0;
                position = Position.FLAT;
            } else if (position == Position.FLAT && !expired && t < n - 1 && cash > 0
                    && (decision == Decision.OPEN_CARRY || decision == Decision.OPEN_REVERSE)) {
                double sign = decision == Decision.OPEN_CARRY ? 1 : -1;
                double costs = spotFee + spotSlippage + derivativeFee + derivativeSlippage;
                notional = cash / (1 + marginRate + costs);
                qS = sign * notional / s1;
                // The derivative hedges the coin quantity: q_S coin linear, or a USD face of q_S F inverse.
                qF = inverse ? -sign * notional * f1 / s1 : -sign * notional / s1;
                double derivativeNotional = inverse ? Math.abs(qF) : Math.abs(qF) * f1;
                margin = marginRate * derivativeNotional;
                double fees = -(notional * (spotFee + spotSlippage) + derivativeNotional * (derivativeFee + derivativeSlippage));
                cash += -qS * s1 + fees;
                traded += notional + derivativeNotional;
                tradePnl = PnlAttribution.ZERO.plus(0, 0, fees, 0);
                total = total.plus(0, 0, fees, 0);
                position = decision == Decision.OPEN_CARRY ? Position.CARRY : Position.REVERSE;
                entry = t;
            }
            equity[t] = cash + qS * s1;
        }
        long[] times = data.timesArray().clone();
        return new BacktestResult(capital, trades, TimeSeries.ofEpochNanos(times, equity), total, fundingEvents, decisions,
                PerformanceMetrics.of(times, equity, trades, traded, capital));
    }

    private static double basis(BacktestData data, int i) {
        return data.derivative(i) / data.spot(i) - 1;
    }
}
