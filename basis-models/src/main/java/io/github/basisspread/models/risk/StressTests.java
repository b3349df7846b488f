package io.github.basisspread.models.risk;

import io.github.basisspread.core.basis.AnnualizedBasis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.funding.FundingFormula;
import io.github.basisspread.core.funding.FundingFormulas;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Venue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hypothetical stress scenarios on a {@link Book}, each priced by full revaluation
 * ({@link Book#scenarioPnl}).
 *
 * <ul>
 *   <li>{@link #basisCollapse}: every derivative jumps to its underlying's spot price (basis zero,
 *       as at a forced convergence), spot unchanged, no time passes.</li>
 *   <li>{@link #fundingAtCap}: every perpetual's funding sits at its venue's cap for {@code N}
 *       settlements, prices unchanged. The capped rate is what the venue's
 *       {@link FundingFormula} pays for an extreme premium, {@code rate(+1)} when longs pay and
 *       {@code rate(-1)} when shorts pay.</li>
 *   <li>{@link #backwardation}: every dated future's simple annualized basis (ACT/365F) jumps to
 *       one negative level, {@code F' = S (1 + level tau)}; spot and perpetuals unchanged.</li>
 *   <li>{@link #venueHalt}: a venue stops trading while spot moves: its legs stay frozen at
 *       today's price and are written down by a haircut of their gross notional (the discount at
 *       which a claim on a halted venue is worth anything), the other legs move with spot, their
 *       basis held relative ({@code F' = F (1 + move)}).</li>
 *   <li>{@link #historical}: a real window of history replayed on today's book: the move from the
 *       window's first to its last row, mapped to today as in {@link HistoricalSimulation};
 *       {@link #worstHistoricalWindows} finds the worst non-overlapping windows of a history.</li>
 *   <li>{@link #userDefined}: a {@link Scenario} of spot, basis, price and funding shocks, for
 *       instance read from a CSV by {@link ScenarioTable}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class StressTests {

    private StressTests() {
    }

    /**
     * The P&amp;L when every basis collapses to zero.
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @return the result
     * @throws IllegalArgumentException naming the argument if one is null or a quote is missing
     */
    public static StressResult basisCollapse(Book book, Quotes today) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        Quotes.Builder scenario = today.toBuilder();
        for (Position p : book.positions()) {
            if (p.instrument() instanceof Derivative d) {
                scenario.price(d.symbol(), today.spot(d.baseAsset()));
            }
        }
        return new StressResult("basis collapse to zero", book.scenarioPnl(today, scenario.build(), Duration.ZERO));
    }

    /**
     * The P&amp;L of {@code settlements} funding settlements at each perpetual's venue cap.
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param formulas the funding formula of each perpetual by symbol, not null; a perpetual
     *     missing here uses {@link FundingFormulas#documented} (Binance BTCUSDT and ETHUSDT,
     *     Hyperliquid)
     * @param settlements the number of settlements at the cap, positive
     * @param longsPay true for the cap paid by longs to shorts, false for the floor paid by shorts
     * @return the result
     * @throws IllegalArgumentException naming the argument if one is null or out of range, or a
     *     perpetual has no formula
     */
    public static StressResult fundingAtCap(Book book, Quotes today, Map<String, FundingFormula> formulas,
            int settlements, boolean longsPay) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        RiskArgs.notNull(formulas, "formulas");
        if (settlements <= 0) {
            throw RiskArgs.fail("settlements", settlements, "be positive");
        }
        double total = 0;
        for (Position p : book.positions()) {
            if (!(p.instrument() instanceof PerpetualSwap perp)) {
                continue;
            }
            FundingFormula formula = formulas.containsKey(perp.symbol()) ? formulas.get(perp.symbol())
                    : FundingFormulas.documented(perp.venue(), perp.symbol()).orElseThrow(() -> RiskArgs.fail(
                            "formulas", formulas.keySet(), "hold a funding formula for " + perp.symbol() + " on "
                                    + perp.venue() + " (its cap is not documented in core.funding)"));
            double capped = formula.rate(longsPay ? 1.0 : -1.0);
            Quotes scenario = today.toBuilder()
                    .funding(perp.symbol(), FundingRate.of(capped, formula.interval(), today.time())).build();
            Duration horizon = perp.fundingSchedule().interval().multipliedBy(settlements);
            total += Book.of(java.util.List.of(p)).scenarioPnl(today, scenario, horizon);
        }
        return new StressResult("funding at the venue " + (longsPay ? "cap (longs pay)" : "floor (shorts pay)")
                + " for " + settlements + " settlements", total);
    }

    /**
     * The P&amp;L when every dated future's simple annualized basis jumps to {@code level}
     * (negative for backwardation), {@code F' = S (1 + level tau)} with {@code tau} the ACT/365F
     * year fraction to expiry; spot, perpetuals and funding unchanged, no time passes.
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param level the annualized basis as a decimal ({@code -0.20} for -20% a year), finite and
     *     above {@code -1 / tau} of every dated future of the book
     * @return the result
     * @throws IllegalArgumentException naming the argument if one is null, out of range or a quote
     *     is missing
     */
    public static StressResult backwardation(Book book, Quotes today, double level) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        RiskArgs.finite(level, "level");
        Quotes.Builder scenario = today.toBuilder();
        for (Derivative d : HistoricalSimulation.derivatives(book)) {
            if (d instanceof DatedFuture future) {
                double tau = future.yearFractionToExpiry(today.time());
                if (!(1 + level * tau > 0)) {
                    throw RiskArgs.fail("level", level, "give a positive price to " + future.symbol()
                            + " (above -1 / tau = " + (-1 / tau) + ")");
                }
                scenario.price(future.symbol(),
                        AnnualizedBasis.of(level, Compounding.SIMPLE, tau).forwardPrice(today.spot(future.baseAsset())));
            }
        }
        return new StressResult(String.format(Locale.ROOT, "backwardation: every expiry at %.2f%% a year", 100 * level),
                book.scenarioPnl(today, scenario.build(), Duration.ZERO));
    }

    /**
     * The P&amp;L when a venue halts while spot moves: the venue's legs (spot and derivatives)
     * stay at today's price and lose {@code haircut} times their gross notional in the quote
     * currency ({@code |q| S} spot, {@code |q| size F} linear, {@code |q| face} inverse); every other
     * leg is revalued with each underlying's spot and each other derivative's price moved by
     * {@code spotMove} (basis held relative), no time passing.
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param venue the halted venue, not null
     * @param haircut the fraction of the frozen legs' notional lost, in [0, 1]
     * @param spotMove the relative spot move meanwhile, above -1
     * @return the result
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public static StressResult venueHalt(Book book, Quotes today, Venue venue, double haircut, double spotMove) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        RiskArgs.notNull(venue, "venue");
        if (!(haircut >= 0 && haircut <= 1)) {
            throw RiskArgs.fail("haircut", haircut, "be in [0, 1]");
        }
        if (!(spotMove > -1) || !Double.isFinite(spotMove)) {
            throw RiskArgs.fail("spotMove", spotMove, "be finite and above -1");
        }
        Quotes.Builder moved = today.toBuilder();
        for (String u : book.underlyings()) {
            moved.spot(u, today.spot(u) * (1 + spotMove));
        }
        for (Derivative d : HistoricalSimulation.derivatives(book)) {
            moved.price(d.symbol(), today.price(d.symbol()) * (1 + spotMove));
        }
        Quotes scenario = moved.build();
        List<Position> live = new ArrayList<>();
        double writeDown = 0;
        for (Position p : book.positions()) {
            if (p.venue() == venue) {
                writeDown += haircut * Math.abs(p.notionalInQuote(p.markPrice(today)));
            } else {
                live.add(p);
            }
        }
        double pnl = -writeDown + (live.isEmpty() ? 0 : Book.of(live).scenarioPnl(today, scenario, Duration.ZERO));
        return new StressResult(String.format(Locale.ROOT, "%s halted (haircut %.1f%%), spot %+.1f%%", venue,
                100 * haircut, 100 * spotMove), pnl);
    }

    /**
     * Replays a window of history on today's book: the move from the window's first row to its
     * last, mapped to today as {@link HistoricalSimulation} maps each scenario (spot relative,
     * basis additive, funding additive), with funding paid over the window's length of time.
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param window the rows of the window, oldest first, strictly increasing in time, at least two,
     *     quoting every instrument of the book
     * @return the result, named after the window's first and last instants
     * @throws IllegalArgumentException naming the argument if one is null, too short, out of order
     *     or lacks a quote
     */
    public static StressResult historical(Book book, Quotes today, List<Quotes> window) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        checkHistory(window, "window", 2);
        Quotes from = window.get(0);
        Quotes to = window.get(window.size() - 1);
        double pnl = book.scenarioPnl(today,
                HistoricalSimulation.applyMove(book, HistoricalSimulation.derivatives(book), today, from, to),
                Duration.between(from.time(), to.time()));
        return new StressResult("history " + from.time() + " to " + to.time(), pnl);
    }

    /**
     * The worst non-overlapping windows of {@code horizon} rows of a history, replayed on today's
     * book ({@link #historical} of each): the windows are ranked by the book's P&amp;L, the worst
     * taken first, and a window sharing a row interval with one already taken is skipped.
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param history the history, oldest first, strictly increasing in time, at least
     *     {@code horizon + 2} rows
     * @param horizon the rows each window spans, positive
     * @param count how many windows to return, positive
     * @return up to {@code count} results, worst first
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public static List<StressResult> worstHistoricalWindows(Book book, Quotes today, List<Quotes> history, int horizon,
            int count) {
        if (count <= 0) {
            throw RiskArgs.fail("count", count, "be positive");
        }
        double[] pnl = HistoricalSimulation.of(horizon).scenarioPnl(book, today, history);
        List<Integer> order = new ArrayList<>(pnl.length);
        for (int k = 0; k < pnl.length; k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble((Integer k) -> pnl[k]).thenComparingInt(k -> k));
        List<Integer> taken = new ArrayList<>();
        List<StressResult> out = new ArrayList<>();
        for (int k : order) {
            if (out.size() == count) {
                break;
            }
            boolean overlaps = false;
            for (int t : taken) {
                overlaps |= Math.abs(t - k) < horizon;
            }
            if (!overlaps) {
                taken.add(k);
                out.add(new StressResult("history " + history.get(k).time() + " to " + history.get(k + horizon).time(),
                        pnl[k]));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The P&amp;L of a user-defined scenario, at once (no time passes but for the funding shocks):
     * <ul>
     *   <li>spot {@code S' = S (1 + r)} for each underlying with a {@link ShockType#SPOT} shock,
     *       else unchanged;</li>
     *   <li>each derivative moves with its underlying, basis held relative ({@code F' = F S' / S}),
     *       unless a {@link ShockType#BASIS} shock moves its basis: dated
     *       {@code F' = S' (1 + (a + shift) tau)} (simple annualized, ACT/365F), perpetual
     *       {@code F' = S' (F / S + shift)}; a {@link ShockType#PRICE} shock then multiplies the
     *       price by {@code 1 + r};</li>
     *   <li>a {@link ShockType#FUNDING} shock on a perpetual adds the funding cash flow of
     *       {@code settlements} settlements at its rate per interval on the notional at the
     *       scenario's mark.</li>
     * </ul>
     * Shocks on instruments the book does not hold have no effect (a table may serve many books).
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param scenario the scenario, not null
     * @return the result, named after the scenario
     * @throws IllegalArgumentException naming the argument if one is null, a quote is missing, a
     *     price would not stay positive or a funding shock targets a dated future
     */
    public static StressResult userDefined(Book book, Quotes today, Scenario scenario) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        RiskArgs.notNull(scenario, "scenario");
        Map<ShockType, Map<String, Shock>> byType = new HashMap<>();
        for (Shock s : scenario.shocks()) {
            byType.computeIfAbsent(s.type(), k -> new HashMap<>()).put(s.target(), s);
        }
        Map<String, Shock> spotShocks = byType.getOrDefault(ShockType.SPOT, Map.of());
        Map<String, Shock> basisShocks = byType.getOrDefault(ShockType.BASIS, Map.of());
        Map<String, Shock> priceShocks = byType.getOrDefault(ShockType.PRICE, Map.of());
        Map<String, Shock> fundingShocks = byType.getOrDefault(ShockType.FUNDING, Map.of());
        Quotes.Builder moved = today.toBuilder();
        Map<String, Double> spot = new HashMap<>();
        for (String u : book.underlyings()) {
            Shock s = spotShocks.get(u);
            double s1 = today.spot(u) * (s == null ? 1 : 1 + s.value());
            spot.put(u, s1);
            moved.spot(u, s1);
        }
        Map<String, Double> prices = new HashMap<>();
        for (Derivative d : HistoricalSimulation.derivatives(book)) {
            String sym = d.symbol();
            double s0 = today.spot(d.baseAsset());
            double s1 = spot.get(d.baseAsset());
            double f0 = today.price(sym);
            Shock basis = basisShocks.get(sym);
            double price;
            if (basis == null) {
                price = f0 * s1 / s0;
            } else if (d instanceof DatedFuture future) {
                double tau = future.yearFractionToExpiry(today.time());
                double a0 = AnnualizedBasis.fromPrices(s0, f0, Compounding.SIMPLE, tau).rate();
                price = s1 * (1 + (a0 + basis.value()) * tau);
            } else {
                price = s1 * (f0 / s0 + basis.value());
            }
            Shock move = priceShocks.get(sym);
            if (move != null) {
                price *= 1 + move.value();
            }
            if (!(price > 0)) {
                throw RiskArgs.fail("scenario", scenario.name(), "keep the price of " + sym + " positive (got " + price + ")");
            }
            if (fundingShocks.containsKey(sym) && !(d instanceof PerpetualSwap)) {
                throw RiskArgs.fail("scenario", scenario.name(), "shock funding of perpetuals only (" + sym
                        + " is a dated future)");
            }
            prices.put(sym, price);
            moved.price(sym, price);
        }
        Quotes shocked = moved.build();
        double pnl = book.scenarioPnl(today, shocked, Duration.ZERO);
        for (Position p : book.positions()) {
            if (p.instrument() instanceof PerpetualSwap perp && fundingShocks.containsKey(perp.symbol())) {
                Shock f = fundingShocks.get(perp.symbol());
                pnl += p.toQuote(p.fundingCashFlow(perp, prices.get(perp.symbol()), f.value() * f.settlements()), shocked);
            }
        }
        return new StressResult(scenario.name(), pnl);
    }

    private static void checkHistory(List<Quotes> rows, String name, int minimum) {
        RiskArgs.notNull(rows, name);
        if (rows.size() < minimum) {
            throw RiskArgs.fail(name, "of " + rows.size() + " rows", "hold at least " + minimum + " rows");
        }
        for (int i = 0; i < rows.size(); i++) {
            RiskArgs.notNull(rows.get(i), name + "[" + i + "]");
            if (i > 0 && !rows.get(i).time().isAfter(rows.get(i - 1).time())) {
                throw RiskArgs.fail(name, "time " + rows.get(i).time() + " at index " + i, "be strictly increasing in time");
            }
        }
    }
}
