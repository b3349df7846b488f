package io.github.basisspread.models.risk;

import io.github.basisspread.core.basis.AnnualizedBasis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.instrument.Venue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A book of {@link Position}s across venues, underlyings and contract types, marked to market
 * from {@link Quotes} ({@link #markToMarket}), revalued under a scenario ({@link #scenarioPnl}) and
 * reduced to its first-order {@link Exposures} ({@link #exposures}).
 *
 * <p>Immutable and thread-safe. Built with {@link #of(List)} or {@link #builder()}.
 */
public final class Book {

    /** One basis point as a decimal. */
    static final double BASIS_POINT = 1e-4;
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    private final List<Position> positions;

    private Book(List<Position> positions) {
        this.positions = positions;
    }

    /**
     * A book of the given positions.
     *
     * @param positions the positions, not null, no nulls, not empty
     * @return the book
     * @throws IllegalArgumentException if the list is null, empty or holds a null
     */
    public static Book of(List<Position> positions) {
        RiskArgs.notNull(positions, "positions");
        if (positions.isEmpty()) {
            throw RiskArgs.fail("positions", "[]", "hold at least one position");
        }
        for (int i = 0; i < positions.size(); i++) {
            RiskArgs.notNull(positions.get(i), "positions[" + i + "]");
        }
        return new Book(List.copyOf(positions));
    }

    /**
     * Starts an empty builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the positions in the order they were added.
     *
     * @return the positions, unmodifiable
     */
    public List<Position> positions() {
        return positions;
    }

    /**
     * Marks every position to market: price P&amp;L since entry and funding accrued since entry
     * (see {@link Position}), in the quote currency and in coin.
     *
     * @param quotes the quotes, not null
     * @return the valuation
     * @throws IllegalArgumentException naming the missing quote if one is missing
     */
    public BookValuation markToMarket(Quotes quotes) {
        RiskArgs.notNull(quotes, "quotes");
        List<PositionValuation> values = new ArrayList<>(positions.size());
        for (Position p : positions) {
            values.add(p.value(quotes));
        }
        return new BookValuation(quotes.time(), values);
    }

    /**
     * The P&amp;L in the quote currency of moving from {@code today}'s quotes to a scenario's
     * over a horizon: for each position the change of its price P&amp;L (inverse: coin P&amp;L
     * converted at each snapshot's spot), the change in value of the funding accrued to date
     * (inverse: coin revalued at the scenario's spot), plus the funding paid or received over
     * {@code [today, today + horizon)} at the scenario's funding rate of each perpetual (today's
     * if the scenario quotes none, zero if neither does), settled on the perpetual's schedule
     * (Deribit: accrued pro rata) on the notional at the scenario's mark.
     *
     * @param today the current quotes, not null
     * @param scenario the scenario quotes (same instruments), not null
     * @param horizon the horizon, not negative
     * @return the P&amp;L in the quote currency
     * @throws IllegalArgumentException naming the argument if one is null, negative, or a quote
     *     is missing
     */
    public double scenarioPnl(Quotes today, Quotes scenario, Duration horizon) {
        RiskArgs.notNull(today, "today");
        RiskArgs.notNull(scenario, "scenario");
        RiskArgs.notNull(horizon, "horizon");
        if (horizon.isNegative()) {
            throw RiskArgs.fail("horizon", horizon, "not be negative");
        }
        double total = 0;
        for (Position p : positions) {
            double mark0 = p.markPrice(today);
            double mark1 = p.markPrice(scenario);
            double accrued = p.fundingInSettlement(today, mark0);
            total += p.toQuote(p.pricePnlInSettlement(mark1) + accrued, scenario)
                    - p.toQuote(p.pricePnlInSettlement(mark0) + accrued, today);
            if (p.instrument() instanceof PerpetualSwap perp && !horizon.isZero()) {
                Optional<FundingRate> rate = scenario.fundingRate(perp.symbol()).or(() -> today.fundingRate(perp.symbol()));
                if (rate.isPresent()) {
                    double perUnit = horizonRate(perp, rate.get(), today.time(), horizon);
                    total += p.toQuote(p.fundingCashFlow(perp, mark1, perUnit), scenario);
                }
            }
        }
        return total;
    }

    /** The funding rate per unit notional paid over [from, from + horizon) at a constant rate. */
    static double horizonRate(PerpetualSwap perp, FundingRate rate, Instant from, Duration horizon) {
        if (perp.venue() == Venue.DERIBIT) {
            return rate.accruedOver(horizon);
        }
        long count = perp.fundingCount(from, from.plus(horizon));
        return rate.perInterval(perp.fundingSchedule().interval()) * count;
    }

    /**
     * Computes the book's first-order exposures.
     *
     * <ul>
     *   <li>Net delta per underlying, the quote P&amp;L per unit move of the spot price with
     *       every basis (relative for perpetuals, annualized for dated futures, which is the same
     *       here) held: spot {@code q}; linear {@code q size F / S}; inverse {@code q face / entry}
     *       plus the coin funding accrued (the coin P&amp;L {@code q face (1/entry - 1/F)} times
     *       {@code S}, with {@code F} proportional to {@code S}); quanto {@code q size mult X F / S}
     *       on the underlying and its coin P&amp;L (price and accrued funding) on the settlement
     *       currency {@code X} (the quanto cross term, first order). In quote currency: times
     *       {@code S}.</li>
     *   <li>Basis DV01 per {@link BasisBucket}: the change of the price P&amp;L when the basis of
     *       every contract in the bucket rises 1 bp, spot held: dated futures move their simple
     *       annualized basis (ACT/365F to expiry, {@link AnnualizedBasis}), so
     *       {@code F' = S (1 + (a + 0.0001) tau)}; perpetuals, which have no expiry to annualize
     *       over, move their relative basis, {@code F' = F + 0.0001 S}.</li>
     *   <li>Funding exposure per underlying: the funding cash flow over
     *       {@code [time, time + fundingHorizon)} of a rate of 1 bp per 8 h (rescaled to each
     *       perpetual's interval, paid at each settlement of its schedule; Deribit pro rata) on the
     *       notional at the current mark.</li>
     *   <li>Venue gross notional: the sum of {@code |notional|} in the quote currency of the
     *       venue's positions (spot {@code |q| S}, linear {@code |q| size F}, inverse
     *       {@code |q| face}).</li>
     * </ul>
     *
     * @param quotes the quotes, not null
     * @param fundingHorizon the horizon of the funding exposure, not negative
     * @return the exposures
     * @throws IllegalArgumentException naming the argument if one is null, negative, a quote is
     *     missing or a dated future has expired
     */
    public Exposures exposures(Quotes quotes, Duration fundingHorizon) {
        RiskArgs.notNull(quotes, "quotes");
        RiskArgs.notNull(fundingHorizon, "fundingHorizon");
        if (fundingHorizon.isNegative()) {
            throw RiskArgs.fail("fundingHorizon", fundingHorizon, "not be negative");
        }
        Instant t = quotes.time();
        Map<String, Double> delta = new HashMap<>();
        Map<String, Double> deltaQuote = new HashMap<>();
        Map<BasisBucket, Double> dv01 = new HashMap<>();
        Map<String, Double> funding = new HashMap<>();
        Map<Venue, Double> venues = new HashMap<>();
        FundingRate oneBp = FundingRate.ofBasisPoints(1, EIGHT_HOURS, t);
        for (Position p : positions) {
            String u = p.underlying();
            double spot = quotes.spot(u);
            double mark = p.markPrice(quotes);
            double d;
            if (p.instrument() instanceof Derivative deriv) {
                double size = deriv.contract().contractSize();
                Settlement settlement = deriv.contract().settlement();
                if (settlement == Settlement.QUANTO) {
                    // P&L = q size mult (F - entry) X: to the underlying q size mult X F / S, and to
                    // the settlement currency its coin P&L (price and accrued funding) per unit of X
                    String x = deriv.settlementCurrency();
                    double coins = p.pricePnlInSettlement(mark) + p.fundingInSettlement(quotes, mark);
                    d = p.quantity() * Position.settlementUnits(deriv.contract()) * quotes.spot(x) * mark / spot;
                    delta.merge(x, coins, Double::sum);
                    deltaQuote.merge(x, coins * quotes.spot(x), Double::sum);
                } else {
                    d = settlement == Settlement.INVERSE
                            ? p.quantity() * size / p.entryPrice() + p.fundingInSettlement(quotes, mark)
                            : p.quantity() * size * mark / spot;
                }
                double bumped;
                BasisBucket bucket;
                if (deriv instanceof DatedFuture future) {
                    double tau = future.yearFractionToExpiry(t);
                    AnnualizedBasis basis = AnnualizedBasis.fromPrices(spot, mark, Compounding.SIMPLE, tau);
                    bumped = AnnualizedBasis.of(basis.rate() + BASIS_POINT, Compounding.SIMPLE, tau).forwardPrice(spot);
                    bucket = new BasisBucket(u, Optional.of(future.expiry()));
                } else {
                    bumped = mark + BASIS_POINT * spot;
                    bucket = new BasisBucket(u, Optional.empty());
                }
                double change = p.toQuote(p.pricePnlInSettlement(bumped) - p.pricePnlInSettlement(mark), quotes);
                dv01.merge(bucket, change, Double::sum);
                if (deriv instanceof PerpetualSwap perp) {
                    double perUnit = horizonRate(perp, oneBp, t, fundingHorizon);
                    funding.merge(u, p.toQuote(p.fundingCashFlow(perp, mark, perUnit), quotes), Double::sum);
                }
            } else {
                d = p.quantity();
            }
            delta.merge(u, d, Double::sum);
            deltaQuote.merge(u, d * spot, Double::sum);
            venues.merge(p.venue(), Math.abs(p.notionalInQuote(mark, quotes)), Double::sum);
        }
        return new Exposures(t, delta, deltaQuote, dv01, fundingHorizon, funding, venues);
    }

    /**
     * Returns the underlyings of the book, sorted.
     *
     * @return the asset codes
     */
    public java.util.SortedSet<String> underlyings() {
        TreeSet<String> s = new TreeSet<>();
        positions.forEach(p -> s.add(p.underlying()));
        return java.util.Collections.unmodifiableSortedSet(s);
    }

    /**
     * Returns the assets whose spot prices move the book, sorted: the underlyings and the
     * settlement currencies of quanto contracts.
     *
     * @return the asset codes
     */
    public java.util.SortedSet<String> riskAssets() {
        TreeSet<String> s = new TreeSet<>(underlyings());
        for (Position p : positions) {
            if (p.settlement() == Settlement.QUANTO) {
                s.add(p.instrument().settlementCurrency());
            }
        }
        return java.util.Collections.unmodifiableSortedSet(s);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Book of ").append(positions.size()).append(" positions");
        for (Position p : positions) {
            sb.append(System.lineSeparator()).append("  ").append(p.instrument().symbol()).append(' ')
                    .append(p.venue()).append(' ').append(p.settlement()).append(" quantity ").append(p.quantity())
                    .append(" entry ").append(p.entryPrice()).append(" at ").append(p.entryTime());
        }
        return sb.toString();
    }

    /** Builds a {@link Book}; not thread-safe. */
    public static final class Builder {
        private final List<Position> positions = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a position.
         *
         * @param position the position, not null
         * @return this builder
         * @throws IllegalArgumentException if the position is null
         */
        public Builder add(Position position) {
            positions.add(RiskArgs.notNull(position, "position"));
            return this;
        }

        /**
         * Adds a position built from its parts.
         *
         * @param instrument the instrument
         * @param quantity the signed size (coins for spot, contracts for derivatives)
         * @param entryPrice the entry price
         * @param entryTime the entry time
         * @return this builder
         * @throws IllegalArgumentException naming the argument if one is invalid
         */
        public Builder add(io.github.basisspread.core.instrument.Instrument instrument, double quantity,
                double entryPrice, Instant entryTime) {
            return add(Position.of(instrument, quantity, entryPrice, entryTime));
        }

        /**
         * Builds the book.
         *
         * @return the book
         * @throws IllegalArgumentException if no position was added
         */
        public Book build() {
            return Book.of(positions);
        }
    }
}
