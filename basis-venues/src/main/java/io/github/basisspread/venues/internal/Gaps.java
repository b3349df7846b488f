package io.github.basisspread.venues.internal;

import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.Gap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** Sorting, de-duplication and gap detection of fetched rows. */
public final class Gaps {

    private Gaps() {
    }

    /**
     * Sorts candles by open time, keeps one per open time (the last seen) and those with open
     * time in {@code [from, to)}.
     *
     * @param rows the candles
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the clean list
     */
    public static List<Candle> clean(List<Candle> rows, Instant from, Instant to) {
        TreeMap<Instant, Candle> m = new TreeMap<>();
        for (Candle c : rows) {
            if (!c.openTime().isBefore(from) && c.openTime().isBefore(to)) {
                m.put(c.openTime(), c);
            }
        }
        return new ArrayList<>(m.values());
    }

    /**
     * The bars of {@code [from, to)} on the grid {@code from + k * step} that no candle opens at.
     *
     * @param rows the candles, sorted by open time
     * @param step the bar length
     * @param from the start (a bar open time), inclusive
     * @param to the end, exclusive
     * @return the gaps, in time order
     */
    public static List<Gap> candles(List<Candle> rows, Duration step, Instant from, Instant to) {
        List<Gap> gaps = new ArrayList<>();
        long s = step.toMillis();
        long expected = align(from.toEpochMilli(), s);
        long end = to.toEpochMilli();
        for (Candle c : rows) {
            long t = c.openTime().toEpochMilli();
            if (t > expected) {
                gaps.add(new Gap(Instant.ofEpochMilli(expected), Instant.ofEpochMilli(t), (t - expected + s - 1) / s));
            }
            expected = Math.max(expected, t + s);
        }
        if (expected < end) {
            gaps.add(new Gap(Instant.ofEpochMilli(expected), Instant.ofEpochMilli(end), (end - expected + s - 1) / s));
        }
        return gaps;
    }

    /**
     * Rounds up to a multiple of {@code step} (bars open on multiples of their length from the epoch).
     *
     * @param millis epoch milliseconds
     * @param step the bar length in milliseconds
     * @return the first multiple at or after {@code millis}
     */
    public static long align(long millis, long step) {
        return Math.floorDiv(millis + step - 1, step) * step;
    }

    /**
     * Sorts by a key and keeps one element per key.
     *
     * @param <T> the element type
     * @param rows the elements
     * @param key the key
     * @return the sorted unique list
     */
    public static <T> List<T> sortUnique(List<T> rows, java.util.function.Function<T, Instant> key) {
        TreeMap<Instant, T> m = new TreeMap<>(Comparator.naturalOrder());
        for (T r : rows) {
            m.put(key.apply(r), r);
        }
        return new ArrayList<>(m.values());
    }

    /**
     * The missing funding settlements: wherever two consecutive settlements are further apart
     * than 1.5 times the later one's interval, the settlements that would fit between them.
     *
     * @param rows the settlements, sorted by time
     * @return the gaps, in time order
     */
    public static List<Gap> funding(List<io.github.basisspread.venues.FundingObservation> rows) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Instant a = rows.get(i - 1).time();
            Instant b = rows.get(i).time();
            long step = rows.get(i).interval().toMillis();
            long span = Duration.between(a, b).toMillis();
            if (span * 2 > step * 3) {
                long missing = Math.max(1, Math.round((double) span / step) - 1);
                gaps.add(new Gap(a.plusMillis(step), b, missing));
            }
        }
        return gaps;
    }

    /**
     * Cleans candles to {@code [from, to)} and finds their gaps.
     *
     * @param rows the candles
     * @param interval the bar length
     * @param from the start
     * @param to the end
     * @return the fetched range
     */
    public static io.github.basisspread.venues.Fetched<Candle> fetched(List<Candle> rows,
            io.github.basisspread.venues.BarInterval interval, Instant from, Instant to) {
        List<Candle> clean = clean(rows, from, to);
        return new io.github.basisspread.venues.Fetched<>(clean, candles(clean, interval.duration(), from, to));
    }

    /**
     * Builds funding settlements from times and rates, each with the interval implied by the
     * spacing ({@link Paging#intervalsHours}), sorted and unique.
     *
     * @param times the settlement times
     * @param rates the rates, same order
     * @param firstHours the interval of the first settlement
     * @return the settlements
     */
    public static List<io.github.basisspread.venues.FundingObservation> settlements(List<Instant> times,
            List<Double> rates, long firstHours) {
        TreeMap<Instant, Double> m = new TreeMap<>();
        for (int i = 0; i < times.size(); i++) {
            m.put(times.get(i), rates.get(i));
        }
        List<Instant> t = new ArrayList<>(m.keySet());
        long[] h = Paging.intervalsHours(t, firstHours);
        List<io.github.basisspread.venues.FundingObservation> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(new io.github.basisspread.venues.FundingObservation(t.get(i), m.get(t.get(i)),
                    Duration.ofHours(h[i])));
        }
        return out;
    }
}
