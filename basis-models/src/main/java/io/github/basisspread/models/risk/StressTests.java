package io.github.basisspread.models.risk;

import io.github.basisspread.core.funding.FundingFormula;
import io.github.basisspread.core.funding.FundingFormulas;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.PerpetualSwap;
import java.time.Duration;
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
}
