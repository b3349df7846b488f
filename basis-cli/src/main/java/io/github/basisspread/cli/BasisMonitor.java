package io.github.basisspread.cli;

import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.statespace.StreamingKalmanFilter;
import io.github.basisspread.venues.live.QuoteSink;

/**
 * The state of {@code basis watch}: per derivative, the basis against its venue's spot
 * ({@code F/S - 1}), a streaming Kalman local level of that basis in basis points (the latent
 * basis, with fixed variances: observation {@value #KALMAN_OBS_VAR_BP2} bp², level
 * {@value #KALMAN_LEVEL_VAR_BP2} bp² per update), the annualized basis of dated futures (simple,
 * {@code (F/S - 1) * 365 / days}, ACT/365F), the funding APR of perpetuals (rate x intervals a
 * year), and the best net carry: for a future its annualized basis, for a perpetual its funding
 * APR, each less four taker fees (open and close, spot and derivative) spread over the holding
 * period (to expiry, or the horizon for perpetuals).
 *
 * <p>Hot path: {@link #onQuote} and {@link #onFunding} update primitive arrays and the
 * allocation-free {@link StreamingKalmanFilter}; they allocate nothing. Building the output line
 * ({@link Printer}) allocates, and happens at most once per {@code every} per instrument.
 * Synchronized: the feed calls from one thread per connection.
 */
final class BasisMonitor implements QuoteSink {

    static final double KALMAN_OBS_VAR_BP2 = 4.0;
    static final double KALMAN_LEVEL_VAR_BP2 = 0.25;
    static final int SPOT = 0;
    static final int PERP = 1;
    static final int FUTURE = 2;

    /** Receives a snapshot of one derivative when it is due to be printed. */
    interface Printer {
        void print(BasisMonitor m, int instrument, long epochMillis);
    }

    final String[] venue;
    final String[] symbol;
    final int[] kind;
    final int[] spotOf;
    final long[] expiryMillis;
    final double[] mid;
    final double[] basis;
    final double[] annualized;
    final double[] fundingRate;
    final long[] fundingIntervalMillis;
    final double[] net;
    private final StreamingKalmanFilter[] kalman;
    private final long[] lastPrinted;
    private final long everyMillis;
    private final double feeRate;
    private final double horizonDays;
    private final Printer printer;
    private final java.util.function.BiConsumer<String, String> events;
    private int best = -1;

    BasisMonitor(String[] venue, String[] symbol, int[] kind, int[] spotOf, long[] expiryMillis, long everyMillis,
            double feeRate, double horizonDays, Printer printer, java.util.function.BiConsumer<String, String> events) {
        int n = symbol.length;
        this.venue = venue;
        this.symbol = symbol;
        this.kind = kind;
        this.spotOf = spotOf;
        this.expiryMillis = expiryMillis;
        this.mid = new double[n];
        this.basis = new double[n];
        this.annualized = new double[n];
        this.fundingRate = new double[n];
        this.fundingIntervalMillis = new long[n];
        this.net = new double[n];
        this.kalman = new StreamingKalmanFilter[n];
        this.lastPrinted = new long[n];
        java.util.Arrays.fill(mid, Double.NaN);
        java.util.Arrays.fill(basis, Double.NaN);
        java.util.Arrays.fill(annualized, Double.NaN);
        java.util.Arrays.fill(fundingRate, Double.NaN);
        java.util.Arrays.fill(net, Double.NaN);
        java.util.Arrays.fill(lastPrinted, Long.MIN_VALUE);
        for (int i = 0; i < n; i++) {
            if (kind[i] != SPOT) {
                kalman[i] = StreamingKalmanFilter.of(LocalLevel.model(KALMAN_OBS_VAR_BP2, KALMAN_LEVEL_VAR_BP2));
            }
        }
        this.everyMillis = everyMillis;
        this.feeRate = feeRate;
        this.horizonDays = horizonDays;
        this.printer = printer;
        this.events = events;
    }

    @Override
    public synchronized void onQuote(int i, long t, double bid, double ask) {
        if (!(bid > 0 && ask >= bid)) {
            return;   // a one-sided or crossed book is no price
        }
        mid[i] = 0.5 * (bid + ask);
        if (kind[i] == SPOT) {
            for (int d = 0; d < kind.length; d++) {
                if (spotOf[d] == i) {
                    update(d, t);
                }
            }
        } else {
            update(i, t);
        }
    }

    @Override
    public synchronized void onFunding(int i, long t, double rate, long intervalMillis) {
        fundingRate[i] = rate;
        fundingIntervalMillis[i] = intervalMillis;
        update(i, t);
    }

    @Override
    public void onEvent(String venueName, String event) {
        events.accept(venueName, event);
    }

    /** The latent basis of derivative {@code i} in basis points (NaN before its first observation). */
    synchronized double kalmanBasisBps(int i) {
        return kalman[i] == null || kalman[i].count() == 0 ? Double.NaN : kalman[i].filteredState(0);
    }

    /** The derivative with the best net carry, or -1. */
    synchronized int best() {
        return best;
    }

    private void update(int d, long t) {
        double s = mid[spotOf[d]];
        double f = mid[d];
        if (!(s > 0) || !(f > 0)) {
            return;
        }
        basis[d] = f / s - 1;
        kalman[d].update(basis[d] * 1e4);
        double roundTrip = 4 * feeRate;
        if (kind[d] == FUTURE) {
            double days = (expiryMillis[d] - t) / 86_400_000.0;
            if (!(days > 0)) {
                return;
            }
            annualized[d] = basis[d] * 365.0 / days;
            net[d] = annualized[d] - roundTrip * 365.0 / days;
        } else if (fundingIntervalMillis[d] > 0) {
            annualized[d] = fundingRate[d] * (365.0 * 86_400_000.0 / fundingIntervalMillis[d]);
            net[d] = annualized[d] - roundTrip * 365.0 / horizonDays;
        }
        best = -1;
        for (int k = 0; k < net.length; k++) {
            if (net[k] == net[k] && (best < 0 || net[k] > net[best])) {
                best = k;
            }
        }
        if (lastPrinted[d] == Long.MIN_VALUE || t - lastPrinted[d] >= everyMillis) {
            lastPrinted[d] = t;
            printer.print(this, d, t);
        }
    }
}
