package io.github.basisspread.models.backtest;

import io.github.basisspread.core.arbitrage.ContractPosition;
import io.github.basisspread.core.arbitrage.Side;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.LiquidityRole;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.funding.FundingPayment;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.DayCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event-driven backtest of basis trades: an immutable configuration (capital, the
 * {@link TradingCosts} of the trade, slippage per leg, initial margin of the derivative leg, stop).
 *
 * <p>Units: every rate is a decimal (0.0001 = 1 bp) except where a name says basis points. Fees
 * come from the {@link FeeSchedule}s of the costs ({@link FeeSchedule#ofBasisPoints} takes basis
 * points, {@link FeeSchedule#of} decimals) at the legs' {@link LiquidityRole}s; slippage is set in
 * basis points ({@link #withSlippageBasisPoints}); the cash and coin rates of the costs are
 * continuously compounded annual decimals, as everywhere in {@code core.carry}.
 *
 * <p>At each observation t, in order: (1) the position held since t-1 is marked to t: the spot
 * leg gains {@code q_S (S_t - S_{t-1})}; the derivative leg is a
 * {@link ContractPosition} (one unit a contract: coin for a linear contract, USD face for an
 * inverse one) re-struck at each mark, so a linear one gains {@code q_F (F_t - F_{t-1})} and an
 * inverse one {@code V (1/F_{t-1} - 1/F_t)} coin converted at the mark {@code F_t}; the spot leg
 * carries over {@code tau} years (ACT/365F) at the rates of the costs, on its value at
 * {@code S_{t-1}} ({@link TradingCosts#longSpotCarry}: the cash borrow rate less the coin yield for
 * a long leg, {@link TradingCosts#shortSpotCarry}: the coin loan less the cash lending rate on the
 * proceeds for a short one); at a funding settlement at t the perpetual's funding is exchanged on
 * the mark through {@link FundingPayment} (longs pay a positive rate); a trade decided at t executes
 * just after t's settlement, so it pays the settlements that
 * {@link io.github.basisspread.core.funding.FundingAccrual#discreteRate(TimeSeries, java.time.Instant, java.time.Instant)}
 * counts over {@code [entry + epsilon, exit + epsilon)}. (2) Forced exits: the dated
 * future's expiry (at the last observation before it; the schedule is known in advance), the stop
 * (the trade's loss reaches the stop fraction of its notional) and the end of the data. (3) The
 * strategy decides on a {@link MarketView} holding only the data up to t, and trades at t's
 * prices. New positions use the whole equity: each leg's notional {@code N} satisfies
 * {@code N (1 + m + c) = equity}, with m the initial margin fraction and c the fee and slippage
 * rates of both legs, and the derivative hedges the spot's coin quantity (an inverse contract's
 * face is {@code q_S F_t}).
 *
 * <p>The equity is cash plus the value of the spot position; the derivative's gains are settled
 * into cash each period (variation margin), and its initial margin is a reserved part of the cash.
 * Immutable and thread-safe.
 */
public final class Backtest {

    /** Above 5% of notional a trade's slippage is taken as a units mistake, as {@link FeeSchedule} takes a fee. */
    private static final double MAX_SLIPPAGE_BASIS_POINTS = 500;
    private static final double BASIS_POINTS_PER_UNIT = 10_000.0;

    private final double capital;
    private final TradingCosts costs;
    private final double spotSlippage;
    private final double derivativeSlippage;
    private final double initialMarginFraction;
    private final double stopLoss;

    private Backtest(double capital, TradingCosts costs, double spotSlippage, double derivativeSlippage,
            double initialMarginFraction, double stopLoss) {
        this.capital = capital;
        this.costs = costs;
        this.spotSlippage = spotSlippage;
        this.derivativeSlippage = derivativeSlippage;
        this.initialMarginFraction = initialMarginFraction;
        this.stopLoss = stopLoss;
    }

    /**
     * A backtest with no costs (no fees, every rate zero), no slippage, a 10% initial margin and
     * no stop.
     *
     * @param capital the initial capital in the quote currency, positive
     * @return the configuration
     * @throws IllegalArgumentException if the capital is not positive and finite
     */
    public static Backtest of(double capital) {
        ArgChecker.isTrue(capital > 0 && Double.isFinite(capital), "capital", capital, "be positive and finite");
        return new Backtest(capital, TradingCosts.builder().build(), 0, 0, 0.1, Double.POSITIVE_INFINITY);
    }

    /**
     * Returns a copy that trades with these costs: the fee of each leg at its liquidity role, and
     * the cash borrow, cash lending, coin borrow and coin yield rates that the spot leg carries at
     * (see the class documentation).
     *
     * @param tradingCosts the costs, not null
     * @return the copy
     * @throws IllegalArgumentException if the costs are null
     */
    public Backtest withCosts(TradingCosts tradingCosts) {
        ArgChecker.notNull(tradingCosts, "costs");
        return new Backtest(capital, tradingCosts, spotSlippage, derivativeSlippage, initialMarginFraction, stopLoss);
    }

    /**
     * Returns a copy with slippage per leg, in basis points of the notional traded (1 = 0.01%),
     * paid on every entry and exit beside the fee.
     *
     * @param spotBasisPoints the spot slippage in basis points, in [0, 500]
     * @param derivativeBasisPoints the derivative slippage in basis points, in [0, 500]
     * @return the copy
     * @throws IllegalArgumentException if a slippage is negative, above 500 bp (a units mistake:
     *     a decimal where basis points were meant reads as less, not more) or not finite
     */
    public Backtest withSlippageBasisPoints(double spotBasisPoints, double derivativeBasisPoints) {
        return new Backtest(capital, costs, slippage(spotBasisPoints, "spotBasisPoints"),
                slippage(derivativeBasisPoints, "derivativeBasisPoints"), initialMarginFraction, stopLoss);
    }

    /**
     * Returns a copy with another initial margin for the derivative leg, the term
     * {@code initialMarginFraction} of the {@code core.arbitrage} trade builders.
     *
     * @param fraction the margin as a fraction of the derivative's notional, in (0, 1] (0.10 = 10%)
     * @return the copy
     * @throws IllegalArgumentException if the fraction is out of range
     */
    public Backtest withInitialMarginFraction(double fraction) {
        ArgChecker.isTrue(fraction > 0 && fraction <= 1, "initialMarginFraction", fraction, "be in (0, 1]");
        return new Backtest(capital, costs, spotSlippage, derivativeSlippage, fraction, stopLoss);
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
        return new Backtest(capital, costs, spotSlippage, derivativeSlippage, initialMarginFraction, fraction);
    }

    /**
     * Returns a copy with trading fees per leg as decimals of the notional traded.
     *
     * @deprecated a bare decimal is easily confused with basis points; use
     *     {@link #withCosts(TradingCosts)} with {@link FeeSchedule#ofBasisPoints} (or
     *     {@link FeeSchedule#of} for decimals), which also sets the rates
     *
     * @param spot the spot fee rate, a decimal in [0, 0.05]
     * @param derivative the derivative fee rate, a decimal in [0, 0.05]
     * @return the copy, with taker fees at these rates and the rates of the current costs
     * @throws IllegalArgumentException if a fee is out of range
     */
    @Deprecated(since = "0.1.0")
    public Backtest withFees(double spot, double derivative) {
        return withCosts(new TradingCosts(FeeSchedule.of(spot, spot), LiquidityRole.TAKER,
                FeeSchedule.of(derivative, derivative), LiquidityRole.TAKER, costs.cashBorrowRate(), costs.cashLendRate(),
                costs.coinBorrowRate(), costs.coinYield()));
    }

    /**
     * Returns a copy with slippage per leg as decimals of the notional traded.
     *
     * @deprecated a bare decimal is easily confused with basis points; use
     *     {@link #withSlippageBasisPoints(double, double)}
     *
     * @param spot the spot slippage, a decimal in [0, 0.05]
     * @param derivative the derivative slippage, a decimal in [0, 0.05]
     * @return the copy
     * @throws IllegalArgumentException if a slippage is out of range
     */
    @Deprecated(since = "0.1.0")
    public Backtest withSlippage(double spot, double derivative) {
        double max = MAX_SLIPPAGE_BASIS_POINTS / BASIS_POINTS_PER_UNIT;
        ArgChecker.isTrue(spot >= 0 && spot <= max, "spotSlippage", spot, "be a decimal in [0, " + max + "]");
        ArgChecker.isTrue(derivative >= 0 && derivative <= max, "derivativeSlippage", derivative,
                "be a decimal in [0, " + max + "]");
        return new Backtest(capital, costs, spot, derivative, initialMarginFraction, stopLoss);
    }

    /**
     * Returns a copy with another initial margin rate.
     *
     * @deprecated use {@link #withInitialMarginFraction(double)}, the name of the same term in the
     *     {@code core.arbitrage} builders
     *
     * @param rate the margin as a fraction of the derivative's notional, in (0, 1]
     * @return the copy
     * @throws IllegalArgumentException if the rate is out of range
     */
    @Deprecated(since = "0.1.0")
    public Backtest withMarginRate(double rate) {
        return withInitialMarginFraction(rate);
    }

    /**
     * Returns a copy that charges one rate for financing a long spot leg and for borrowing the coin
     * of a short one.
     *
     * @deprecated use {@link #withCosts(TradingCosts)}, whose builder names the cash borrow, cash
     *     lending, coin borrow and coin yield rates apart; this sets the first and the third to
     *     {@code annualRate} (continuously compounded) and keeps the others
     *
     * @param annualRate the annual rate, a continuously compounded decimal, finite
     * @return the copy
     * @throws IllegalArgumentException if the rate is not finite
     */
    @Deprecated(since = "0.1.0")
    public Backtest withFinancingRate(double annualRate) {
        return withCosts(new TradingCosts(costs.spotFees(), costs.spotRole(), costs.derivativeFees(),
                costs.derivativeRole(), annualRate, costs.cashLendRate(), annualRate, costs.coinYield()));
    }

    private static double slippage(double basisPoints, String name) {
        ArgChecker.isTrue(basisPoints >= 0 && basisPoints <= MAX_SLIPPAGE_BASIS_POINTS, name, basisPoints,
                "be in [0, " + MAX_SLIPPAGE_BASIS_POINTS + "] basis points");
        return basisPoints / BASIS_POINTS_PER_UNIT;
    }

    /**
     * Returns the initial capital.
     *
     * @return the capital in the quote currency
     */
    public double capital() {
        return capital;
    }

    /**
     * Returns the trading costs: fees and the rates of the spot leg's carry.
     *
     * @return the costs
     */
    public TradingCosts costs() {
        return costs;
    }

    /**
     * Returns the spot leg's slippage in basis points.
     *
     * @return the slippage
     */
    public double spotSlippageBasisPoints() {
        return spotSlippage * BASIS_POINTS_PER_UNIT;
    }

    /**
     * Returns the derivative leg's slippage in basis points.
     *
     * @return the slippage
     */
    public double derivativeSlippageBasisPoints() {
        return derivativeSlippage * BASIS_POINTS_PER_UNIT;
    }

    /**
     * Returns the initial margin of the derivative leg.
     *
     * @return the fraction of its notional
     */
    public double initialMarginFraction() {
        return initialMarginFraction;
    }

    /**
     * Returns the stop as a fraction of a trade's notional, infinite without a stop.
     *
     * @return the stop
     */
    public double stopLoss() {
        return stopLoss;
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
        Book book = new Book(data);
        int n = data.size();
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                book.markToMarket(t);
            }
            boolean expired = book.expiresBy(t);
            ExitReason exit = book.forcedExit(t, expired);
            Decision decision = strategy.decide(new MarketView(data, t + 1), book.position);
            ArgChecker.isTrue(decision != null, "strategy", "a null decision", "return a decision at " + data.time(t));
            book.decisions.add(decision);
            if (exit == null && decision == Decision.CLOSE && book.position != Position.FLAT) {
                exit = ExitReason.SIGNAL;
            }
            if (exit != null) {
                book.close(t, exit);
            } else if (book.position == Position.FLAT && !expired && t < n - 1 && book.cash > 0
                    && decision.opens().isPresent()) {
                book.open(t, decision.opens().get());
            }
            book.equity[t] = book.cash + book.spotCoins * data.spot(t);
        }
        long[] times = data.timesArray().clone();
        return new BacktestResult(capital, book.trades, TimeSeries.ofEpochNanos(times, book.equity), book.total,
                book.fundingEvents, book.decisions, PerformanceMetrics.of(times, book.equity, book.trades, book.traded, capital));
    }

    /**
     * The account of one run: cash, the two legs, the open trade and what has been recorded.
     * Mutable, confined to {@link #run}.
     */
    private final class Book {

        private final BacktestData data;
        private final Settlement settlement;
        private final long expiry;
        private final double[] equity;
        private final List<Decision> decisions;
        private final List<FundingEvent> fundingEvents = new ArrayList<>();
        private final List<Trade> trades = new ArrayList<>();
        private double cash = capital;
        /** The spot leg in coin, signed: positive long. */
        private double spotCoins;
        /** The derivative leg, struck at the last mark; null when flat. */
        private ContractPosition derivative;
        private Position position = Position.FLAT;
        private int entry = -1;
        private double notional;
        private double margin;
        private PnlAttribution tradePnl = PnlAttribution.ZERO;
        private PnlAttribution total = PnlAttribution.ZERO;
        private double traded;

        Book(BacktestData data) {
            this.data = data;
            this.settlement = data.settlement();
            this.expiry = data.expiry().map(e -> TimeConventions.toEpochNanos(e, "expiry")).orElse(Long.MAX_VALUE);
            this.equity = new double[data.size()];
            this.decisions = new ArrayList<>(data.size());
        }

        /** The derivative leg's position, signed: coin for linear, USD face for inverse, positive long. */
        private double derivativeUnits() {
            return derivative.side().sign() * derivative.contracts();
        }

        /** Step (1): the P&L of the position held over (t-1, t], funding at t included. */
        void markToMarket(int t) {
            if (position == Position.FLAT) {
                return;
            }
            double s0 = data.spot(t - 1);
            double s1 = data.spot(t);
            double f1 = data.derivative(t);
            double spotPnl = spotCoins * (s1 - s0);
            double derivativePnl = derivative.pnlInQuoteCurrency(f1);
            derivative = derivative.markedTo(f1);
            double tau = DayCount.ACT_365F.yearFraction(data.time(t - 1), data.time(t));
            double carry = spotCoins > 0 ? costs.longSpotCarry(spotCoins, s0, tau)
                    : costs.shortSpotCarry(-spotCoins, s0, tau);
            double fundingFlow = funding(t, f1);
            cash += derivativePnl + fundingFlow + carry;
            tradePnl = tradePnl.plus(spotPnl + derivativePnl, fundingFlow, 0, carry);
            total = total.plus(spotPnl + derivativePnl, fundingFlow, 0, carry);
        }

        /** The funding cash flow of a settlement at t on the derivative leg, recorded; zero without one. */
        private double funding(int t, double mark) {
            double rate = data.funding(t);
            if (Double.isNaN(rate)) {
                return 0;
            }
            double payment = settlement == Settlement.INVERSE
                    ? FundingPayment.inverse(derivative.contracts(), 1.0, mark, rate) * mark
                    : FundingPayment.linear(derivative.contracts(), mark, rate);
            double flow = derivative.side() == Side.SHORT ? FundingPayment.shortCashFlow(payment)
                    : FundingPayment.longCashFlow(payment);
            fundingEvents.add(new FundingEvent(data.time(t), rate, flow));
            return flow;
        }

        /** Whether t is the last observation before the dated future's expiry (or after it). */
        boolean expiresBy(int t) {
            return data.epochNanos(t) >= expiry || (t + 1 < data.size() && data.epochNanos(t + 1) > expiry);
        }

        /** Step (2): the expiry, the stop or the end of the data, in that order; null when none applies. */
        ExitReason forcedExit(int t, boolean expired) {
            if (position == Position.FLAT) {
                return null;
            }
            if (expired) {
                return ExitReason.EXPIRY;
            }
            if (tradePnl.total() <= -stopLoss * notional) {
                return ExitReason.STOP;
            }
            return t == data.size() - 1 ? ExitReason.END_OF_DATA : null;
        }

        /** Unwinds both legs at t's prices, paying the exit fees, and records the trade. */
        void close(int t, ExitReason reason) {
            double s1 = data.spot(t);
            double derivativeNotional = derivative.notionalAt(data.derivative(t));
            double fees = -(Math.abs(spotCoins) * s1 * (costs.spotFeeRate() + spotSlippage)
                    + derivativeNotional * (costs.derivativeFeeRate() + derivativeSlippage));
            cash += spotCoins * s1 + fees;
            traded += Math.abs(spotCoins) * s1 + derivativeNotional;
            tradePnl = tradePnl.plus(0, 0, fees, 0);
            total = total.plus(0, 0, fees, 0);
            trades.add(new Trade(position, data.time(entry), data.time(t), basis(entry), basis(t), spotCoins,
                    derivativeUnits(), notional, margin, tradePnl, reason));
            spotCoins = 0;
            derivative = null;
            position = Position.FLAT;
        }

        /** Opens a position at t's prices with the whole equity, paying the entry fees. */
        void open(int t, Position opened) {
            double s1 = data.spot(t);
            double f1 = data.derivative(t);
            Side spotSide = opened.spotSide().orElseThrow();
            double sign = spotSide.sign();
            double rates = costs.spotFeeRate() + spotSlippage + costs.derivativeFeeRate() + derivativeSlippage;
            notional = cash / (1 + initialMarginFraction + rates);
            spotCoins = sign * notional / s1;
            // The derivative hedges the coin quantity: q_S coin linear, or a USD face of q_S F inverse.
            double contracts = settlement == Settlement.INVERSE ? notional * f1 / s1 : notional / s1;
            derivative = ContractPosition.of(spotSide == Side.LONG ? Side.SHORT : Side.LONG, settlement, contracts, 1.0, f1);
            double derivativeNotional = derivative.notionalAt(f1);
            margin = initialMarginFraction * derivativeNotional;
            double fees = -(notional * (costs.spotFeeRate() + spotSlippage)
                    + derivativeNotional * (costs.derivativeFeeRate() + derivativeSlippage));
            cash += -spotCoins * s1 + fees;
            traded += notional + derivativeNotional;
            tradePnl = PnlAttribution.ZERO.plus(0, 0, fees, 0);
            total = total.plus(0, 0, fees, 0);
            position = opened;
            entry = t;
        }

        private double basis(int i) {
            return data.derivative(i) / data.spot(i) - 1;
        }
    }

    /**
     * Describes the configuration, in the units of its setters.
     *
     * @return e.g. {@code Backtest[capital=1000000.0, fees bp spot 10.0 / derivative 5.0, ...]}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "Backtest[capital=%s, fees bp spot %s / derivative %s (%s / %s), slippage bp spot %s / derivative %s,"
                        + " cash borrow %s, cash lend %s, coin borrow %s, coin yield %s, initial margin %s, stop %s]",
                capital, costs.spotFeeRate() * BASIS_POINTS_PER_UNIT, costs.derivativeFeeRate() * BASIS_POINTS_PER_UNIT,
                costs.spotRole(), costs.derivativeRole(), spotSlippageBasisPoints(), derivativeSlippageBasisPoints(),
                costs.cashBorrowRate(), costs.cashLendRate(), costs.coinBorrowRate(), costs.coinYield(),
                initialMarginFraction, Double.isInfinite(stopLoss) ? "none" : Double.toString(stopLoss));
    }
}
