/**
 * The shared vocabulary of the venue clients: {@link io.github.basisspread.venues.Candle},
 * {@link io.github.basisspread.venues.FundingObservation}, the gaps reported in a fetched range
 * ({@link io.github.basisspread.venues.Gap}, never filled), the retry policy and the injectable
 * clock of every client, and {@link io.github.basisspread.venues.VenueException}, whose message
 * names the venue, the endpoint and, for a malformed body, the field.
 *
 * <p>One package per venue holds its REST client (and for Binance the public data dumps);
 * {@code venues.cache} keeps fetched months on disk so a re-run fetches only what is missing, and
 * writes the CSV files the rest of Basis reads ({@code basis demo --data}).
 *
 * <p>Design note: the live basis monitor ({@code basis watch}) needs the streaming Kalman filter
 * of basis-models. DESIGN.md gives this module core, data and a JSON library only, so the monitor
 * lives in basis-cli, which depends on both; this module stays free of the estimators.
 */
package io.github.basisspread.venues;
