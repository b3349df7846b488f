package io.github.basisspread.core.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The dated futures a venue lists at an instant, as the venue publishes its listing rule.
 *
 * <ul>
 *   <li>{@link #BINANCE}: the current and next quarterly contracts (last Friday of March, June,
 *       September, December at 08:00 UTC). Binance lists no monthly contracts.</li>
 *   <li>{@link #OKX}: this week, next week, this quarter and next quarter (every Friday at
 *       08:00 UTC and the quarterly cycle), OKX's aliases {@code this_week}, {@code next_week},
 *       {@code quarter}, {@code next_quarter}. Assumption: OKX's listing page was not found in
 *       the search corpus on 2026-12-05; the set is taken from those API aliases, and OKX has at
 *       times listed monthly contracts too.</li>
 *   <li>{@link #DERIBIT}: BTC and ETH futures, from Deribit's "Contract Introduction Policy"
 *       (support centre, checked 2026-12-05): 1 and 2 weeklies (every Friday 08:00 UTC), 1, 2
 *       and 3 monthlies (last Friday of the month) and the 3, 6, 9 and 12-month quarterlies; a
 *       weekly or monthly is not added where it already exists as a longer contract, so the
 *       listing is the union of the next 2 Fridays, the next 3 month-ends and the next 4
 *       quarter-ends.</li>
 *   <li>{@link #CME_BITCOIN}: CME Bitcoin futures contract specifications ("Listed Contracts",
 *       checked 2026-12-05): monthly contracts for 6 consecutive months and 2 additional December
 *       contract months, only 1 additional December when the 6 consecutive months include a
 *       December. Expiries by {@link ExpiryRule#cmeBitcoin()}, so instants past 2027 are
 *       refused.</li>
 * </ul>
 * Each listing holds the contracts expiring strictly after the instant; a contract expiring
 * exactly then is gone. The listing is the venue's steady state: around the day a new contract
 * is introduced the venue may briefly list one more or one fewer.
 *
 * <p>Immutable and thread-safe.
 */
public enum ExpiryListing {
    /** Binance delivery futures: current and next quarter. */
    BINANCE,
    /** OKX delivery futures: this week, next week, this quarter, next quarter. */
    OKX,
    /** Deribit BTC and ETH futures: 2 weeklies, 3 monthlies, 4 quarterlies. */
    DERIBIT,
    /** CME Bitcoin futures: 6 consecutive months and 2 additional Decembers. */
    CME_BITCOIN;

    private static final LocalTime CRYPTO_TIME = LocalTime.of(8, 0);

    /**
     * Returns the expiries of the contracts listed at {@code t}, earliest first, without
     * duplicates.
     *
     * @param t the instant, not null, in years 1 to 9999 (2016 to 2027 for {@link #CME_BITCOIN})
     * @return the expiry instants, unmodifiable
     * @throws IllegalArgumentException if {@code t} is null or outside the supported years
     */
    public List<Instant> expiries(Instant t) {
        TimeArgs.supported(t, "t");
        TreeSet<Instant> out = new TreeSet<>();
        switch (this) {
            case BINANCE -> out.addAll(ExpiryRule.cryptoQuarterly().nextExpiries(t, 2));
            case OKX -> {
                out.addAll(nextFridays(t, 2));
                out.addAll(ExpiryRule.cryptoQuarterly().nextExpiries(t, 2));
            }
            case DERIBIT -> {
                out.addAll(nextFridays(t, 2));
                out.addAll(ExpiryRule.cryptoMonthly().nextExpiries(t, 3));
                out.addAll(ExpiryRule.cryptoQuarterly().nextExpiries(t, 4));
            }
            case CME_BITCOIN -> out.addAll(cme(t));
        }
        return List.copyOf(out);
    }

    /** The next n Fridays at 08:00 UTC strictly after t. */
    private static List<Instant> nextFridays(Instant t, int n) {
        List<Instant> fridays = new ArrayList<>(n);
        LocalDate day = t.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        while (fridays.size() < n) {
            Instant expiry = day.atTime(CRYPTO_TIME).toInstant(ZoneOffset.UTC);
            if (expiry.isAfter(t)) {
                fridays.add(expiry);
            }
            day = day.plusWeeks(1);
        }
        return fridays;
    }

    /** Six consecutive contract months, then one or two more Decembers. */
    private static List<Instant> cme(Instant t) {
        ExpiryRule rule = ExpiryRule.cmeBitcoin();
        List<YearMonth> months = new ArrayList<>(rule.nextContractMonths(t, 6));
        boolean hasDecember = months.stream().anyMatch(m -> m.getMonth() == Month.DECEMBER);
        int extraDecembers = hasDecember ? 1 : 2;
        YearMonth last = months.get(months.size() - 1);
        YearMonth december = YearMonth.of(last.getYear(), Month.DECEMBER);
        if (!december.isAfter(last)) {
            december = december.plusYears(1);
        }
        for (int i = 0; i < extraDecembers; i++) {
            months.add(december.plusYears(i));
        }
        List<Instant> out = new ArrayList<>(months.size());
        for (YearMonth m : months) {
            out.add(rule.expiry(m));
        }
        return out;
    }
}
