package io.github.basisspread.models.risk;

import io.github.basisspread.core.basis.AnnualizedBasis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.ContractSpec;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Historical simulation with full revaluation on arrays: the fast form of
 * {@link HistoricalSimulation} for large books, and the base of incremental (what-if) VaR.
 *
 * <p>{@link #historical} reads the risk factors of every scenario once into arrays (spot of each
 * underlying, price of each derivative, funding per unit notional of each perpetual over each
 * window), mapped to today exactly as {@link HistoricalSimulation} maps them; each position is
 * compiled to a few constants. Revaluing the book is then one pass per position over the
 * scenarios with the exact pricing of {@link Book#scenarioPnl} (spot {@code q (S' - S)}; linear
 * {@code q size (F' - F)} less the funding {@code q size F' r'}; inverse: the coin P&amp;L plus
 * the coin funding accrued to date at {@code F'} times {@code S'}, less that at today's prices,
 * less the coin funding {@code q face r' / F'} times {@code S'}), allocating nothing: no object
 * per scenario or position. The numbers equal {@link HistoricalSimulation#scenarioPnl} (a property
 * test checks it) up to rounding.
 *
 * <p>{@link #whatIf} is the incremental VaR of adding a trade: the trade's P&amp;L vector over the
 * same scenarios is added to the book's, which is kept, so the book is not revalued.
 *
 * <p>Immutable and thread-safe; {@link #revalue(double[])} writes only to its argument.
 */
public final class ScenarioRevaluation {

    private static final int SPOT = 0;
    private static final int LINEAR = 1;
    private static final int INVERSE = 2;

    private final Quotes today;
    private final int scenarios;
    private final Map<String, Integer> underlyingIndex;
    private final Map<String, Integer> derivativeIndex;
    private final double[][] spot;
    private final double[][] price;
    private final double[][] funding;
    private final Compiled book;
    private final double[] bookPnl;

    private ScenarioRevaluation(Quotes today, int scenarios, Map<String, Integer> underlyingIndex,
            Map<String, Integer> derivativeIndex, double[][] spot, double[][] price, double[][] funding, Book book) {
        this.today = today;
        this.scenarios = scenarios;
        this.underlyingIndex = underlyingIndex;
        this.derivativeIndex = derivativeIndex;
        this.spot = spot;
        this.price = price;
        this.funding = funding;
        this.book = compile(book.positions());
        this.bookPnl = new double[scenarios];
        revalue(bookPnl);
    }

    /**
     * Reads the scenarios of a history and compiles a book, as
     * {@link HistoricalSimulation#scenarioPnl} (same arguments, same rules).
     *
     * @param book the book, not null
     * @param today today's quotes, not null
     * @param history the historical snapshots, oldest first, strictly increasing in time, quoting
     *     every underlying and derivative of the book; at least {@code horizon + 2} rows
     * @param horizon the number of rows per scenario, positive
     * @return the revaluation, its book P&amp;L computed
     * @throws IllegalArgumentException naming the argument if one is null, too short, out of
     *     order or lacks a quote, or a move gives a non-positive price
     */
    public static ScenarioRevaluation historical(Book book, Quotes today, List<Quotes> history, int horizon) {
        return historical(book, today, history, horizon, List.of());
    }

    /**
     * As {@link #historical(Book, Quotes, List, int)}, the scenarios also pricing instruments the
     * book does not hold, so that trades in them can be tried with {@link #whatIf}.
     *
     * @param book the book, not null
     * @param today today's quotes, not null, quoting the candidates as well
     * @param history the historical snapshots, quoting the candidates as well; see
     *     {@link #historical(Book, Quotes, List, int)}
     * @param horizon the number of rows per scenario, positive
     * @param candidates further instruments to price, not null
     * @return the revaluation, its book P&amp;L computed
     * @throws IllegalArgumentException as {@link #historical(Book, Quotes, List, int)}
     */
    public static ScenarioRevaluation historical(Book book, Quotes today, List<Quotes> history, int horizon,
            List<? extends Instrument> candidates) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(today, "today");
        RiskArgs.notNull(candidates, "candidates");
        HistoricalSimulation.of(horizon).checkHistory(history);
        int n = history.size() - horizon;
        Map<String, Integer> uIndex = new HashMap<>();
        java.util.TreeSet<String> assets = new java.util.TreeSet<>(book.underlyings());
        Map<String, Derivative> derivativeMap = new java.util.LinkedHashMap<>();
        for (Derivative d : HistoricalSimulation.derivatives(book)) {
            derivativeMap.put(d.symbol(), d);
        }
        for (int i = 0; i < candidates.size(); i++) {
            Instrument in = RiskArgs.notNull(candidates.get(i), "candidates[" + i + "]");
            assets.add(in.baseAsset());
            if (in instanceof Derivative d) {
                derivativeMap.putIfAbsent(d.symbol(), d);
            }
        }
        List<String> underlyings = new ArrayList<>(assets);
        double[][] spot = new double[underlyings.size()][n];
        for (int u = 0; u < underlyings.size(); u++) {
            String asset = underlyings.get(u);
            uIndex.put(asset, u);
            double s0 = today.spot(asset);
            double[] row = rows(history, q -> q.spot(asset));
            for (int k = 0; k < n; k++) {
                spot[u][k] = s0 * row[k + horizon] / row[k];
            }
        }
        List<Derivative> derivatives = new ArrayList<>(derivativeMap.values());
        Map<String, Integer> dIndex = new HashMap<>();
        double[][] price = new double[derivatives.size()][n];
        double[][] funding = new double[derivatives.size()][];
        for (int d = 0; d < derivatives.size(); d++) {
            Derivative deriv = derivatives.get(d);
            String sym = deriv.symbol();
            dIndex.put(sym, d);
            String asset = deriv.baseAsset();
            double[] s1 = spot[uIndex.get(asset)];
            double s0 = today.spot(asset);
            double f0 = today.price(sym);
            if (deriv instanceof DatedFuture future) {
                double tau0 = future.yearFractionToExpiry(today.time());
                double a0 = AnnualizedBasis.fromPrices(s0, f0, Compounding.SIMPLE, tau0).rate();
                double[] a = rows(history, q -> AnnualizedBasis.fromPrices(q.spot(asset), q.price(sym), Compounding.SIMPLE,
                        future.yearFractionToExpiry(q.time())).rate());
                for (int k = 0; k < n; k++) {
                    price[d][k] = AnnualizedBasis.of(a0 + (a[k + horizon] - a[k]), Compounding.SIMPLE, tau0)
                            .forwardPrice(s1[k]);
                }
            } else {
                double[] b = rows(history, q -> q.price(sym) / q.spot(asset));
                for (int k = 0; k < n; k++) {
                    price[d][k] = s1[k] * (f0 / s0 + (b[k + horizon] - b[k]));
                }
            }
            for (int k = 0; k < n; k++) {
                if (!(price[d][k] > 0)) {
                    throw RiskArgs.fail("history", "a move to a non-positive price " + price[d][k] + " of " + sym
                            + " in the window ending " + history.get(k + horizon).time(), "give positive scenario prices");
                }
            }
            if (deriv instanceof PerpetualSwap perp) {
                funding[d] = fundingPerUnit(perp, today, history, horizon, n);
            }
        }
        return new ScenarioRevaluation(today, n, Map.copyOf(uIndex), Map.copyOf(dIndex), spot, price, funding, book);
    }

    /** Funding per unit notional of each window, as Book.scenarioPnl pays it (zero when no rate is quoted). */
    private static double[] fundingPerUnit(PerpetualSwap perp, Quotes today, List<Quotes> history, int horizon, int n) {
        double[] out = new double[n];
        Optional<FundingRate> r0 = today.fundingRate(perp.symbol());
        if (r0.isEmpty()) {
            return out;
        }
        FundingRate base = r0.get();
        for (int k = 0; k < n; k++) {
            Quotes from = history.get(k);
            Quotes to = history.get(k + horizon);
            Optional<FundingRate> a = from.fundingRate(perp.symbol());
            Optional<FundingRate> b = to.fundingRate(perp.symbol());
            FundingRate rate = base;
            if (a.isPresent() && b.isPresent()) {
                double move = b.get().perInterval(base.interval()) - a.get().perInterval(base.interval());
                rate = FundingRate.of(base.rate() + move, base.interval(), base.time());
            }
            Duration window = Duration.between(from.time(), to.time());
            out[k] = window.isZero() ? 0 : Book.horizonRate(perp, rate, today.time(), window);
        }
        return out;
    }

    private interface RowValue {
        double of(Quotes q);
    }

    private static double[] rows(List<Quotes> history, RowValue f) {
        double[] out = new double[history.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.of(history.get(i));
        }
        return out;
    }

    /** A list of positions compiled to constants: parallel arrays, one entry per position. */
    private record Compiled(int[] kind, int[] underlying, int[] derivative, double[] size, double[] entry,
            double[] mark0, double[] spot0, double[] accrued, double[] valueToday) {
    }

    private Compiled compile(List<Position> positions) {
        int m = positions.size();
        int[] kind = new int[m];
        int[] u = new int[m];
        int[] d = new int[m];
        double[] size = new double[m];
        double[] entry = new double[m];
        double[] mark0 = new double[m];
        double[] spot0 = new double[m];
        double[] accrued = new double[m];
        double[] valueToday = new double[m];
        for (int i = 0; i < m; i++) {
            Position p = positions.get(i);
            Integer ui = underlyingIndex.get(p.underlying());
            if (ui == null) {
                throw RiskArgs.fail("position", p.instrument().symbol(), "be on an underlying of the scenarios "
                        + underlyingIndex.keySet());
            }
            u[i] = ui;
            entry[i] = p.entryPrice();
            spot0[i] = today.spot(p.underlying());
            mark0[i] = p.markPrice(today);
            if (p.instrument() instanceof Derivative deriv) {
                Integer di = derivativeIndex.get(deriv.symbol());
                if (di == null) {
                    throw RiskArgs.fail("position", deriv.symbol(), "be a derivative of the scenarios "
                            + derivativeIndex.keySet());
                }
                d[i] = di;
                ContractSpec c = deriv.contract();
                kind[i] = c.settlement() == Settlement.INVERSE ? INVERSE : LINEAR;
                size[i] = p.quantity() * c.contractSize();
                accrued[i] = p.fundingInSettlement(today, mark0[i]);
                valueToday[i] = p.toQuote(p.pricePnlInSettlement(mark0[i]) + accrued[i], today);
            } else {
                kind[i] = SPOT;
                d[i] = -1;
                size[i] = p.quantity();
            }
        }
        return new Compiled(kind, u, d, size, entry, mark0, spot0, accrued, valueToday);
    }

    /**
     * Returns the number of scenarios.
     *
     * @return the count
     */
    public int scenarios() {
        return scenarios;
    }

    /**
     * Returns the book's P&amp;L in the quote currency under each scenario, in history order.
     *
     * @return a copy of the vector
     */
    public double[] scenarioPnl() {
        return bookPnl.clone();
    }

    /**
     * Revalues the book into {@code out} without allocating: the hot path.
     *
     * @param out the P&amp;L per scenario, of length {@link #scenarios()}; modified (overwritten)
     * @throws IllegalArgumentException if {@code out} is null or of another length
     */
    public void revalue(double[] out) {
        RiskArgs.notNull(out, "out");
        if (out.length != scenarios) {
            throw RiskArgs.fail("out", "of length " + out.length, "have length scenarios() = " + scenarios);
        }
        java.util.Arrays.fill(out, 0);
        accumulate(book, out);
    }

    private void accumulate(Compiled c, double[] out) {
        for (int i = 0; i < c.kind.length; i++) {
            double[] s1 = spot[c.underlying[i]];
            double q = c.size[i];
            switch (c.kind[i]) {
                case SPOT -> {
                    double s0 = c.spot0[i];
                    for (int k = 0; k < scenarios; k++) {
                        out[k] += q * (s1[k] - s0);
                    }
                }
                case LINEAR -> {
                    double[] f1 = price[c.derivative[i]];
                    double[] r = funding[c.derivative[i]];
                    double f0 = c.mark0[i];
                    if (r == null) {
                        for (int k = 0; k < scenarios; k++) {
                            out[k] += q * (f1[k] - f0);
                        }
                    } else {
                        for (int k = 0; k < scenarios; k++) {
                            out[k] += q * (f1[k] - f0) - q * f1[k] * r[k];
                        }
                    }
                }
                default -> {
                    double[] f1 = price[c.derivative[i]];
                    double[] r = funding[c.derivative[i]];
                    double invEntry = 1 / c.entry[i];
                    double accrued = c.accrued[i];
                    double now = c.valueToday[i];
                    for (int k = 0; k < scenarios; k++) {
                        double coin = q * (invEntry - 1 / f1[k]) + accrued - (r == null ? 0 : q * r[k] / f1[k]);
                        out[k] += coin * s1[k] - now;
                    }
                }
            }
        }
    }

    /**
     * Returns a position's P&amp;L vector over the same scenarios (its instrument must be one the
     * scenarios price: an underlying or derivative of the book).
     *
     * @param position the position, not null
     * @return the P&amp;L per scenario
     * @throws IllegalArgumentException if the position is null or its instrument is not priced
     */
    public double[] positionPnl(Position position) {
        RiskArgs.notNull(position, "position");
        double[] out = new double[scenarios];
        accumulate(compile(List.of(position)), out);
        return out;
    }

    /**
     * Historical VaR and ES of the book ({@link ValueAtRisk#historical} on its scenario P&amp;L).
     *
     * @param level the confidence level, in (0, 1)
     * @return VaR and ES as positive losses
     * @throws IllegalArgumentException if the level is out of range
     */
    public RiskEstimate valueAtRisk(double level) {
        return ValueAtRisk.historical(bookPnl, level);
    }

    /**
     * The incremental VaR of adding a trade: the historical VaR of the book with and without it,
     * the book's scenario P&amp;L reused and only the trade revalued.
     *
     * @param trade the trade, not null, on an instrument the scenarios price
     * @param level the confidence level, in (0, 1)
     * @return the VaR and ES before and after
     * @throws IllegalArgumentException if an argument is invalid
     */
    public IncrementalVar whatIf(Position trade, double level) {
        double[] after = positionPnl(trade);
        for (int k = 0; k < scenarios; k++) {
            after[k] += bookPnl[k];
        }
        return new IncrementalVar(ValueAtRisk.historical(bookPnl, level), ValueAtRisk.historical(after, level));
    }

    /**
     * Returns the instant of today's quotes.
     *
     * @return the time
     */
    public Instant time() {
        return today.time();
    }
}
