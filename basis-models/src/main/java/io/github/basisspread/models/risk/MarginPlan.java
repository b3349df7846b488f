package io.github.basisspread.models.risk;

import io.github.basisspread.core.instrument.ContractSpec;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.margin.MarginMode;
import io.github.basisspread.core.margin.MarginTier;
import io.github.basisspread.core.margin.MarginTiers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How the derivative legs of a {@link Book} are margined ({@link MarginTerms} per symbol) and the
 * wallet balance of each cross-margin account; {@link #analyse} computes each leg's margin and
 * distance to liquidation.
 *
 * <p>Accounts: an isolated leg is its own account, its collateral the
 * {@link MarginTerms#isolatedCollateral()}; cross legs share the account of their venue and
 * settlement currency ({@code BINANCE:USDT} for USD-M, {@code BINANCE:BTC} for COIN-M BTC
 * contracts), whose wallet balance is set here. Spot legs are taken as fully paid in a spot wallet
 * and are never liquidated (spot shorts' borrow margin is not modelled), which is why a
 * "delta-neutral" carry trade (long spot, short perpetual) is liquidated on a rally: its short leg
 * loses on the venue while the spot gain sits elsewhere.
 *
 * <p>The spot move: every underlying's spot moves by the same relative amount {@code x}, each
 * derivative's mark by the same factor {@code 1 + x} (basis held relative). An account's margin
 * balance is {@code wallet + sum of unrealized P&L} (linear {@code q size (m - entry)} in the quote
 * currency, inverse {@code q face (1/entry - 1/m)} in coin) and its maintenance margin the sum of
 * each leg's {@code notional rate - amount} ({@link MarginTiers}; beyond the last bracket the last
 * rate goes on). A leg is liquidated when its account's balance is at or below its maintenance
 * margin (Binance's rule, see {@code core.margin.LiquidationPrice}, whose closed forms this agrees
 * with for isolated legs). The smallest liquidating rise and fall are found on a geometric grid
 * of 4,000 steps per direction (rises up to 100x, falls down to 1/10,000 of the price) refined by
 * bisection to a relative 1e-12, since with several legs and brackets there is no closed form.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}.
 */
public final class MarginPlan {

    private static final int GRID = 4_000;
    private static final double MAX_RISE = 100;
    private static final double MIN_FALL = 1e-4;
    private static final int BISECTIONS = 100;

    private final Map<String, MarginTerms> terms;
    private final Optional<MarginTerms> defaults;
    private final Map<String, Double> wallets;

    private MarginPlan(Builder b) {
        this.terms = Collections.unmodifiableMap(new TreeMap<>(b.terms));
        this.defaults = b.defaults;
        this.wallets = Collections.unmodifiableMap(new TreeMap<>(b.wallets));
    }

    /**
     * Starts an empty plan.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the terms of a symbol: its own, else the defaults.
     *
     * @param symbol the derivative's symbol
     * @return the terms
     * @throws IllegalArgumentException naming the symbol if it has none and there are no defaults
     */
    public MarginTerms terms(String symbol) {
        MarginTerms t = terms.get(symbol);
        if (t != null) {
            return t;
        }
        return defaults.orElseThrow(() -> RiskArgs.fail("symbol", symbol,
                "have margin terms in the plan (given for " + terms.keySet() + ", no defaults)"));
    }

    /**
     * Returns the name of a cross account, {@code VENUE:CURRENCY}.
     *
     * @param venue the venue
     * @param currency the margin currency
     * @return the account name
     */
    public static String crossAccount(Venue venue, String currency) {
        return venue + ":" + currency;
    }

    /**
     * Computes the margin and distance to liquidation of every derivative leg of a book.
     *
     * @param book the book, not null
     * @param quotes the current quotes, not null
     * @return the report, one row per derivative leg in the book's order
     * @throws IllegalArgumentException naming the argument if one is null, a quote or a leg's
     *     terms are missing, a cross account has no wallet balance, or a leverage is above its
     *     bracket's maximum
     */
    public MarginReport analyse(Book book, Quotes quotes) {
        RiskArgs.notNull(book, "book");
        RiskArgs.notNull(quotes, "quotes");
        Map<String, List<Leg>> accounts = new LinkedHashMap<>();
        Map<String, Double> balances = new HashMap<>();
        List<Leg> legs = new ArrayList<>();
        for (Position p : book.positions()) {
            if (!(p.instrument() instanceof Derivative d)) {
                continue;
            }
            MarginTerms t = terms(d.symbol());
            Leg leg = new Leg(p, d.contract(), t, p.markPrice(quotes), d.settlementCurrency());
            String account;
            double wallet;
            if (t.mode() == MarginMode.ISOLATED) {
                account = d.symbol();
                wallet = t.isolatedCollateral().orElse(leg.notional(p.entryPrice()) / t.leverage());
                account = uniqueAccount(accounts, account);
            } else {
                account = crossAccount(d.venue(), d.settlementCurrency());
                Double w = wallets.get(account);
                if (w == null) {
                    throw RiskArgs.fail("plan", "wallets " + wallets.keySet(),
                            "hold the wallet balance of cross account " + account + " (leg " + d.symbol() + ")");
                }
                wallet = w;
            }
            leg.account = account;
            accounts.computeIfAbsent(account, k -> new ArrayList<>()).add(leg);
            balances.put(account, wallet);
            legs.add(leg);
        }
        Map<String, OptionalDouble[]> moves = new HashMap<>();
        for (Map.Entry<String, List<Leg>> e : accounts.entrySet()) {
            List<Leg> members = e.getValue();
            double wallet = balances.get(e.getKey());
            moves.put(e.getKey(), new OptionalDouble[] {search(members, wallet, true), search(members, wallet, false)});
        }
        List<LegMargin> rows = new ArrayList<>(legs.size());
        for (Leg leg : legs) {
            double notional = leg.notional(leg.mark);
            double initial = leg.terms.tiers().initialMargin(notional, leg.terms.leverage());
            double balance = balances.get(leg.account) + accountPnl(accounts.get(leg.account), 1);
            OptionalDouble[] m = moves.get(leg.account);
            rows.add(new LegMargin(leg.position, leg.terms.mode(), leg.account, leg.currency, notional, initial,
                    leg.maintenance(1), balance, m[0], m[1], leg.mark));
        }
        return new MarginReport(quotes.time(), rows);
    }

    private static String uniqueAccount(Map<String, List<Leg>> accounts, String name) {
        String n = name;
        for (int i = 2; accounts.containsKey(n); i++) {
            n = name + "#" + i;
        }
        return n;
    }

    private static double accountPnl(List<Leg> legs, double factor) {
        double s = 0;
        for (Leg l : legs) {
            s += l.pnl(factor);
        }
        return s;
    }

    /** The account's margin balance over its maintenance margin at a spot factor. */
    private static double excess(List<Leg> legs, double wallet, double factor) {
        double e = wallet;
        for (Leg l : legs) {
            e += l.pnl(factor) - l.maintenance(factor);
        }
        return e;
    }

    private static OptionalDouble search(List<Leg> legs, double wallet, boolean up) {
        if (excess(legs, wallet, 1) <= 0) {
            return OptionalDouble.of(0);
        }
        double step = Math.log(up ? MAX_RISE : 1 / MIN_FALL) / GRID;
        double previous = 1;
        for (int k = 1; k <= GRID; k++) {
            double f = Math.exp((up ? step : -step) * k);
            if (excess(legs, wallet, f) <= 0) {
                double safe = previous;
                double dead = f;
                for (int i = 0; i < BISECTIONS && Math.abs(dead - safe) > 1e-12 * safe; i++) {
                    double mid = 0.5 * (safe + dead);
                    if (excess(legs, wallet, mid) <= 0) {
                        dead = mid;
                    } else {
                        safe = mid;
                    }
                }
                return OptionalDouble.of(0.5 * (safe + dead) - 1);
            }
            previous = f;
        }
        return OptionalDouble.empty();
    }

    /** One derivative leg with its contract, terms and current mark; mutable only while analysed. */
    private static final class Leg {
        final Position position;
        final ContractSpec contract;
        final MarginTerms terms;
        final double mark;
        final String currency;
        final boolean inverse;
        String account;

        Leg(Position position, ContractSpec contract, MarginTerms terms, double mark, String currency) {
            this.position = position;
            this.contract = contract;
            this.terms = terms;
            this.mark = mark;
            this.currency = currency;
            this.inverse = contract.settlement() == Settlement.INVERSE;
        }

        /** The absolute notional at a price, in the margin currency (inverse: coin). */
        double notional(double price) {
            double size = Math.abs(position.quantity()) * contract.contractSize();
            return inverse ? size / price : size * price;
        }

        double pnl(double factor) {
            double m = mark * factor;
            double q = position.quantity() * contract.contractSize();
            return inverse ? q * (1 / position.entryPrice() - 1 / m) : q * (m - position.entryPrice());
        }

        double maintenance(double factor) {
            double n = notional(mark * factor);
            List<MarginTier> list = terms.tiers().tiers();
            MarginTier last = list.get(list.size() - 1);
            return n > last.notionalCap() ? last.maintenanceMargin(n) : terms.tiers().maintenanceMargin(n);
        }
    }

    /** Builds a {@link MarginPlan}; not thread-safe. */
    public static final class Builder {
        private final Map<String, MarginTerms> terms = new HashMap<>();
        private Optional<MarginTerms> defaults = Optional.empty();
        private final Map<String, Double> wallets = new HashMap<>();

        private Builder() {
        }

        /**
         * Sets the terms of one derivative.
         *
         * @param symbol the derivative's symbol, not null
         * @param marginTerms the terms, not null
         * @return this builder
         * @throws IllegalArgumentException if an argument is null
         */
        public Builder terms(String symbol, MarginTerms marginTerms) {
            terms.put(RiskArgs.notNull(symbol, "symbol"), RiskArgs.notNull(marginTerms, "marginTerms"));
            return this;
        }

        /**
         * Sets the terms of every derivative without its own.
         *
         * @param marginTerms the terms, not null
         * @return this builder
         * @throws IllegalArgumentException if the terms are null
         */
        public Builder defaults(MarginTerms marginTerms) {
            defaults = Optional.of(RiskArgs.notNull(marginTerms, "marginTerms"));
            return this;
        }

        /**
         * Sets the wallet balance of a cross-margin account.
         *
         * @param venue the venue, not null
         * @param currency the margin currency (the contracts' settlement currency), not null
         * @param balance the wallet balance in that currency, finite
         * @return this builder
         * @throws IllegalArgumentException if an argument is null or the balance not finite
         */
        public Builder wallet(Venue venue, String currency, double balance) {
            RiskArgs.notNull(venue, "venue");
            RiskArgs.notNull(currency, "currency");
            wallets.put(crossAccount(venue, currency), RiskArgs.finite(balance, "balance"));
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan
         */
        public MarginPlan build() {
            return new MarginPlan(this);
        }
    }
}
