/**
 * The on-disk side of fetching: {@link io.github.basisspread.venues.cache.SeriesCache} keeps the
 * fetched months (days, for bars under an hour) of each series, written atomically, so that a
 * run broken half-way resumes where it stopped and a re-run fetches only what is missing;
 * {@link io.github.basisspread.venues.cache.BasisCsv} writes candles and funding in the CSV
 * layout that {@code basis demo --data} and the other commands read.
 */
package io.github.basisspread.venues.cache;
