package io.github.basisspread.models.risk;

import io.github.basisspread.core.instrument.Venue;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first-order exposures of a {@link Book} at an instant; see {@link Book#exposures} for how each
 * is computed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time the instant of the quotes, not null
 * @param deltaInCoin per underlying, the quote-currency P&amp;L per unit move of its spot price
 *     with bases held (coins of net delta)
 * @param deltaInQuote per underlying, the delta in coins times the spot price
 * @param basisDv01 per bucket, the P&amp;L of a +1 bp move of the annualized basis (dated
 *     futures) or of the relative basis (perpetuals)
 * @param fundingHorizon the horizon of the funding exposure, not negative
 * @param fundingDv01 per underlying, the P&amp;L over the horizon of funding 1 bp per 8 h higher
 * @param venueGrossNotional per venue, the sum of the absolute quote-currency notionals
 */
public record Exposures(Instant time, Map<String, Double> deltaInCoin, Map<String, Double> deltaInQuote,
        Map<BasisBucket, Double> basisDv01, Duration fundingHorizon, Map<String, Double> fundingDv01,
        Map<Venue, Double> venueGrossNotional) {

    /**
     * Validates and copies into sorted unmodifiable maps.
     *
     * @param time the time
     * @param deltaInCoin the coin deltas
     * @param deltaInQuote the quote deltas
     * @param basisDv01 the basis DV01s
     * @param fundingHorizon the funding horizon
     * @param fundingDv01 the funding exposures
     * @param venueGrossNotional the venue gross notionals
     * @throws IllegalArgumentException if an argument is null
     */
    public Exposures {
        RiskArgs.notNull(time, "time");
        deltaInCoin = sorted(deltaInCoin, "deltaInCoin");
        deltaInQuote = sorted(deltaInQuote, "deltaInQuote");
        basisDv01 = sorted(basisDv01, "basisDv01");
        RiskArgs.notNull(fundingHorizon, "fundingHorizon");
        fundingDv01 = sorted(fundingDv01, "fundingDv01");
        venueGrossNotional = sorted(venueGrossNotional, "venueGrossNotional");
    }

    private static <K> Map<K, Double> sorted(Map<K, Double> m, String name) {
        return Collections.unmodifiableMap(new TreeMap<>(RiskArgs.notNull(m, name)));
    }

    /**
     * Returns a table of every exposure.
     *
     * @return the table
     */
    public String summary() {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder("Exposures at ").append(time).append(nl);
        sb.append(String.format(Locale.ROOT, "%-28s %18s %18s%n", "net delta", "coins", "quote"));
        deltaInCoin.forEach((u, d) -> sb.append(String.format(Locale.ROOT, "%-28s %18.8f %18.2f%n", u, d,
                deltaInQuote.get(u))));
        sb.append(String.format(Locale.ROOT, "%-38s %18s%n", "basis DV01 (P&L per +1 bp)", "quote"));
        basisDv01.forEach((b, d) -> sb.append(String.format(Locale.ROOT, "%-38s %18.4f%n", b, d)));
        sb.append(String.format(Locale.ROOT, "%-38s %18s%n", "funding +1 bp/8h over " + fundingHorizon, "quote"));
        fundingDv01.forEach((u, d) -> sb.append(String.format(Locale.ROOT, "%-38s %18.4f%n", u, d)));
        sb.append(String.format(Locale.ROOT, "%-38s %18s%n", "venue gross notional", "quote"));
        venueGrossNotional.forEach((v, d) -> sb.append(String.format(Locale.ROOT, "%-38s %18.2f%n", v, d)));
        return sb.toString().stripTrailing();
    }

    @Override
    public String toString() {
        return summary();
    }
}
