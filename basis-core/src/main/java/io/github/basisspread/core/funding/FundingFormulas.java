package io.github.basisspread.core.funding;

import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks up a venue's {@link FundingFormula}. Caps are set per symbol on most venues (Binance,
 * Bybit, Deribit, dYdX, OKX, BitMEX; see the package documentation), so there is no venue-wide
 * default to hand out: {@link #documented(Venue, String)} returns a formula only where this
 * package documents the symbol's parameters, and {@link #withCap(Venue, Duration, double)} builds
 * the venue's rule around the cap the caller read from the venue.
 *
 * <p>Stateless and thread-safe.
 */
public final class FundingFormulas {

    private FundingFormulas() {
    }

    /**
     * Returns the formula of a symbol whose parameters, cap included, are documented in this
     * package: Binance {@code BTCUSDT} ({@link BinanceFunding#btcUsdt()}) and {@code ETHUSDT}
     * ({@link BinanceFunding#ethUsdt()}), and every Hyperliquid perpetual (its 4% hourly cap is
     * venue-wide, {@link HyperliquidFunding#defaults()}). Empty otherwise: read the symbol's cap
     * from the venue and use {@link #withCap(Venue, Duration, double)}.
     *
     * @param venue the venue, not null
     * @param symbol the venue's symbol, e.g. {@code "BTCUSDT"}; case is ignored; not blank
     * @return the formula, or empty when the symbol's cap is not documented here
     * @throws IllegalArgumentException if the venue is null or the symbol blank
     */
    public static Optional<FundingFormula> documented(Venue venue, String symbol) {
        ArgChecker.notNull(venue, "venue");
        String s = ArgChecker.notBlank(symbol, "symbol").strip().toUpperCase(Locale.ROOT);
        return switch (venue) {
            case BINANCE -> switch (s) {
                case "BTCUSDT" -> Optional.of(BinanceFunding.btcUsdt());
                case "ETHUSDT" -> Optional.of(BinanceFunding.ethUsdt());
                default -> Optional.empty();
            };
            case HYPERLIQUID -> Optional.of(HyperliquidFunding.defaults());
            case BITMEX, DERIBIT, OKX, BYBIT, DYDX, CME, OTHER -> Optional.empty();
        };
    }

    /**
     * Returns the venue's rule with its published interest and damper and the symbol's own cap:
     * Binance ({@link BinanceFunding#withCap}, interval at most 8 h), Bybit (0.01% per 8 h
     * interest, ±0.05% damper, any interval), Deribit (±0.025% dead band, quoted per 8 h),
     * Hyperliquid (hourly) and dYdX v4 (hourly, no interest). BitMEX (whose change cap depends on
     * the margins: {@link BitmexFunding#ofMargins}) and OKX (floor and cap per tier:
     * {@link OkxFunding#of}) need more than a cap and are refused, as are CME and
     * {@link Venue#OTHER}, which have no perpetual funding here.
     *
     * @param venue the venue, not null
     * @param interval the symbol's funding interval; positive and allowed by the venue's rule
     * @param cap the symbol's absolute cap on the rate per interval (per hour on Hyperliquid and
     *     dYdX, per 8 h on Deribit), as a decimal; finite and positive
     * @return the formula
     * @throws IllegalArgumentException naming the argument if the venue needs more than a cap,
     *     the interval is not one the venue's rule pays, or the cap is not positive
     */
    public static FundingFormula withCap(Venue venue, Duration interval, double cap) {
        ArgChecker.notNull(venue, "venue");
        FundingMath.positive(interval, "interval");
        return switch (venue) {
            case BINANCE -> BinanceFunding.withCap(interval, cap);
            case BYBIT -> {
                BybitFunding venueRule = BybitFunding.defaults();
                yield BybitFunding.of(interval, venueRule.interestRatePer8h(), venueRule.clampBound(), cap);
            }
            case DERIBIT -> {
                requireInterval(interval, FundingMath.EIGHT_HOURS, venue);
                yield DeribitFunding.of(DeribitFunding.defaults().damper(), cap);
            }
            case HYPERLIQUID -> {
                requireInterval(interval, FundingMath.ONE_HOUR, venue);
                HyperliquidFunding venueRule = HyperliquidFunding.defaults();
                yield HyperliquidFunding.of(venueRule.interestRatePer8h(), venueRule.clampBound(), cap);
            }
            case DYDX -> {
                requireInterval(interval, FundingMath.ONE_HOUR, venue);
                yield DydxV4Funding.of(DydxV4Funding.defaults().interestRatePerHour(), cap);
            }
            case BITMEX, OKX, CME, OTHER -> throw new IllegalArgumentException("Argument 'venue' must be one whose"
                    + " funding rule is fixed by a cap alone (BINANCE, BYBIT, DERIBIT, HYPERLIQUID, DYDX) but has value "
                    + venue + (venue == Venue.BITMEX ? "; use BitmexFunding.ofMargins"
                            : venue == Venue.OKX ? "; use OkxFunding.of" : ""));
        };
    }

    private static void requireInterval(Duration interval, Duration required, Venue venue) {
        ArgChecker.isTrue(interval.equals(required), "interval", interval, "be " + required + " on " + venue);
    }
}
