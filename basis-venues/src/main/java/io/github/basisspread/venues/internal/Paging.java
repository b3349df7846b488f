package io.github.basisspread.venues.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Walks a range backwards through an endpoint that returns its newest rows first (OKX, Bybit,
 * dYdX): each page ends just before the oldest row of the page before it, until a page is empty
 * or reaches the start. This does not depend on the venue's page size, only on its ordering.
 */
public final class Paging {

    /** Fetches the page of rows with time in {@code [from, endExclusive)}, any order, possibly capped. */
    @FunctionalInterface
    public interface Page<T> {
        /**
         * Fetches one page.
         *
         * @param endExclusive the end of the page, exclusive
         * @return the rows
         */
        List<T> fetch(Instant endExclusive);
    }

    private Paging() {
    }

    /**
     * Collects every row in {@code [from, to)}.
     *
     * @param <T> the row type
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @param time the time of a row
     * @param page the page fetcher
     * @return the rows in {@code [from, to)}, unsorted
     */
    public static <T> List<T> backwards(Instant from, Instant to, Function<T, Instant> time, Page<T> page) {
        List<T> out = new ArrayList<>();
        Instant end = to;
        while (end.isAfter(from)) {
            List<T> rows = page.fetch(end);
            Instant oldest = null;
            for (T r : rows) {
                Instant t = time.apply(r);
                if (!t.isBefore(from) && t.isBefore(end)) {
                    out.add(r);
                }
                if (t.isBefore(end) && (oldest == null || t.isBefore(oldest))) {
                    oldest = t;
                }
            }
            if (oldest == null) {
                break;   // nothing older than the cursor: the venue has no more
            }
            end = oldest;
        }
        return out;
    }

    /**
     * Walks a range forwards through an endpoint that returns its oldest rows first, capped per
     * page (Hyperliquid): each page starts just after the newest row of the page before it.
     *
     * @param <T> the row type
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @param time the time of a row
     * @param page fetches the rows with time in {@code [start, to)} for a given start
     * @return the rows in {@code [from, to)}, unsorted
     */
    public static <T> List<T> forwards(Instant from, Instant to, Function<T, Instant> time,
            Function<Instant, List<T>> page) {
        List<T> out = new ArrayList<>();
        Instant start = from;
        while (start.isBefore(to)) {
            List<T> rows = page.apply(start);
            Instant newest = null;
            for (T r : rows) {
                Instant t = time.apply(r);
                if (!t.isBefore(start) && t.isBefore(to)) {
                    out.add(r);
                    if (newest == null || t.isAfter(newest)) {
                        newest = t;
                    }
                }
            }
            if (newest == null) {
                break;
            }
            start = newest.plusMillis(1);
        }
        return out;
    }

    /**
     * The interval of each settlement from the spacing of the settlements (hourly venues: a
     * spacing of 1, 2, 4 or 8 hours is the interval; otherwise the previous interval is kept).
     *
     * @param times the settlement times, sorted
     * @param first the interval assumed for the first settlement, in hours
     * @return the interval of each, in hours
     */
    public static long[] intervalsHours(List<Instant> times, long first) {
        long[] out = new long[times.size()];
        long interval = first;
        for (int i = 0; i < times.size(); i++) {
            if (i > 0) {
                long h = Math.round((times.get(i).toEpochMilli() - times.get(i - 1).toEpochMilli()) / 3_600_000.0);
                if (h == 1 || h == 2 || h == 4 || h == 8) {
                    interval = h;
                }
            }
            out[i] = interval;
        }
        return out;
    }
}
