package io.github.basisspread.models.risk;

import io.github.basisspread.core.basis.AnnualizedBasis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Historical simulation with full revaluation of a {@link Book}: every window of {@code horizon}
 * rows of a history of {@link Quotes} gives one scenario, applied to today's market and priced by
 * {@link Book#scenarioPnl}.
 *
 * <p>The risk factors and how a historical move is applied to today:
 * <ul>
 *   <li>spot of each underlying: relative move, {@code S' = S0 * S(t) / S(t - h)};</li>
 *   <li>basis of each dated future: additive move of its simple annualized basis (ACT/365F, each
 *       historical snapshot annualized over its own time to expiry, so the history of a dated
 *       symbol must end before its expiry), applied over today's time to expiry:
 *       {@code F' = S' (1 + (a0 + a(t) - a(t - h)) tau0)};</li>
 *   <li>basis of each perpetual: additive move of its relative basis {@code F / S - 1}:
 *       {@code F' = S' (1 + b0 + b(t) - b(t - h))};</li>
 *   <li>funding of each perpetual: additive move of its rate per interval when the history
 *       quotes it at both ends, else today's rate; paid over a horizon equal to the window's
 *       length of time.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param horizon the number of history rows per scenario, positive
 */
public record HistoricalSimulation(int horizon) {

    /**
     * Validates the horizon.
     *
     * @param horizon the horizon in rows
     * @throws IllegalArgumentException if the horizon is not positive
     */
    public HistoricalSimulation {
        if (horizon <= 0) {
            throw RiskArgs.fail("horizon", horizon, "be positive");
        }
    }

    /**
     * The simulation over windows of {@code horizon} rows.
     *
     * @param horizon the horizon in rows, positive
     * @return the simulation
     * @throws IllegalArgumentException if the horizon is not positive
     */
    public static HistoricalSimulation of(int horizon) {
        return new HistoricalSimulation(horizon);
    }

    /**
     * Returns the P&amp;L of the book in the quote currency under each historical scenario, in
     * history order (overlapping windows when {@code horizon > 1}).
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param history the historical snapshots, oldest first, strictly increasing in time, quoting
     *     every underlying and derivative of the book; at least {@code horizon + 2} rows
     * @return the scenario P&amp;Ls
     * @throws IllegalArgumentException naming the argument if one is null, too short, out of
     *     order or lacks a quote
     */
    public double[] scenarioPnl(Book book, Quotes today, List<Quotes> history) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        checkHistory(history);
        List<Derivative> derivatives = derivatives(book);
        double[] pnl = new double[history.size() - horizon];
        for (int k = 0; k < pnl.length; k++) {
            Quotes from = history.get(k);
            Quotes to = history.get(k + horizon);
            pnl[k] = book.scenarioPnl(today, applyMove(book, derivatives, today, from, to),
                    Duration.between(from.time(), to.time()));
        }
        return pnl;
    }

    /** Checks a history: not null, no nulls, at least horizon + 2 rows, strictly increasing in time. */
    void checkHistory(List<Quotes> history) {
        RiskArgs.notNull(history, "history");
        if (history.size() < horizon + 2) {
            throw RiskArgs.fail("history", "of " + history.size() + " rows",
                    "hold at least horizon + 2 = " + (horizon + 2) + " rows");
        }
        for (int i = 0; i < history.size(); i++) {
            RiskArgs.notNull(history.get(i), "history[" + i + "]");
            if (i > 0 && !history.get(i).time().isAfter(history.get(i - 1).time())) {
                throw RiskArgs.fail("history", "time " + history.get(i).time() + " at index " + i,
                        "be strictly increasing in time");
            }
        }
    }

    /** The book's derivatives, each symbol once, in the book's order. */
    static List<Derivative> derivatives(Book book) {
        Map<String, Derivative> derivatives = new LinkedHashMap<>();
        for (Position p : book.positions()) {
            Instrument in = p.instrument();
            if (in instanceof Derivative d) {
                derivatives.put(d.symbol(), d);
            }
        }
        return List.copyOf(derivatives.values());
    }

    /**
     * Today's quotes moved as the market moved from {@code from} to {@code to}: the factor
     * mapping of the class documentation.
     */
    static Quotes applyMove(Book book, List<Derivative> derivatives, Quotes today, Quotes from, Quotes to) {
        Quotes.Builder scenario = today.toBuilder();
        Map<String, Double> newSpot = new LinkedHashMap<>();
        for (String u : book.underlyings()) {
            double s = today.spot(u) * to.spot(u) / from.spot(u);
            newSpot.put(u, s);
            scenario.spot(u, s);
        }
        for (Derivative d : derivatives) {
            String sym = d.symbol();
            double s0 = today.spot(d.baseAsset());
            double s1 = newSpot.get(d.baseAsset());
            double f0 = today.price(sym);
            double price;
            if (d instanceof DatedFuture future) {
                double tau0 = future.yearFractionToExpiry(today.time());
                double a0 = AnnualizedBasis.fromPrices(s0, f0, Compounding.SIMPLE, tau0).rate();
                double move = annualized(future, to) - annualized(future, from);
                price = AnnualizedBasis.of(a0 + move, Compounding.SIMPLE, tau0).forwardPrice(s1);
            } else {
                double move = to.price(sym) / to.spot(d.baseAsset()) - from.price(sym) / from.spot(d.baseAsset());
                price = s1 * (f0 / s0 + move);
            }
            if (!(price > 0)) {
                throw RiskArgs.fail("history", "a move to a non-positive price " + price + " of " + sym
                        + " in the window ending " + to.time(), "give positive scenario prices");
            }
            scenario.price(sym, price);
            if (d instanceof PerpetualSwap && today.fundingRate(sym).isPresent()) {
                FundingRate r0 = today.fundingRate(sym).get();
                Optional<FundingRate> a = from.fundingRate(sym);
                Optional<FundingRate> b = to.fundingRate(sym);
                if (a.isPresent() && b.isPresent()) {
                    double move = b.get().perInterval(r0.interval()) - a.get().perInterval(r0.interval());
                    scenario.funding(sym, FundingRate.of(r0.rate() + move, r0.interval(), r0.time()));
                }
            }
        }
        return scenario.build();
    }

    private static double annualized(DatedFuture future, Quotes q) {
        double s = q.spot(future.baseAsset());
        return AnnualizedBasis.fromPrices(s, q.price(future.symbol()), Compounding.SIMPLE,
                future.yearFractionToExpiry(q.time())).rate();
    }

    /**
     * Historical-simulation VaR and ES of the book ({@link ValueAtRisk#historical} on the
     * scenario P&amp;Ls).
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param history the historical snapshots; see {@link #scenarioPnl}
     * @param level the confidence level, in (0, 1)
     * @return VaR and ES as positive losses in the quote currency
     * @throws IllegalArgumentException as {@link #scenarioPnl} or if the level is out of range
     */
    public RiskEstimate valueAtRisk(Book book, Quotes today, List<Quotes> history, double level) {
        return ValueAtRisk.historical(scenarioPnl(book, today, history), level);
    }
}
