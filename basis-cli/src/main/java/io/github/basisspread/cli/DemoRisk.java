package io.github.basisspread.cli;

import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.risk.BasisBucket;
import io.github.basisspread.models.risk.Exposures;
import io.github.basisspread.models.risk.RiskEstimate;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's risk section: a delta-neutral carry book (long 1 coin spot, short half a coin of the
 * perpetual and half a coin of the nearest live future; short one coin of the perpetual when no
 * future is live) over the demo's market, revalued on every one-day window of its last 90 days:
 * VaR and ES by the five methods of {@code basis risk var}, the P&amp;L distribution with VaR and
 * ES marked, the exposures and the stress scenarios of {@code basis risk stress} (its defaults:
 * 3 funding settlements, backwardation at -20% a year, a venue halt with a 50% haircut while spot
 * falls 20%). The same
 * {@link RiskBook} and commands as the CLI, so the numbers are those {@code basis risk} prints for
 * the same book and history.
 */
final class DemoRisk {

    /** The VaR and ES confidence level. */
    static final double LEVEL = 0.99;
    /** The leverage of the derivative legs in the margin line. */
    static final double MARGIN_LEVERAGE = 5;
    /** Days of history revalued. */
    static final int DAYS = 90;
    /** The column names of the demo book's history. */
    static final String SPOT = "spot";
    static final String FUNDING = "funding";

    private static final Color VAR_COLOR = new Color(200, 120, 0);
    private static final Color ES_COLOR = new Color(180, 0, 0);

    private DemoRisk() {
    }

    /**
     * The book over the market: its {@link RiskBook}, one-day scenario P&amp;Ls and the estimate of
     * each method (null where a method fails, with the reason in {@code failures}); or only
     * {@code skipped}, why the market holds no usable book.
     */
    record Result(String skipped, RiskBook book, double[] pnl, int perDay, DemoMarket.Future future, String perpetual,
            boolean funding, Venue venue, List<RiskEstimate> estimates, List<String> failures) {
    }

    /** The book of the section over the market and its risk. */
    static Result compute(DemoMarket m) {
        long[] t = m.times();
        Duration gap = RowConventions.typicalGap(t);
        int perDay = gap == null ? 1 : (int) Math.max(1, Math.round((double) Duration.ofDays(1).toNanos() / gap.toNanos()));
        List<DemoMarket.Future> live = m.liveAtEnd();
        DemoMarket.Future future = live.stream().min((a, b) -> a.expiry().compareTo(b.expiry())).orElse(null);
        String perp = perpetualName(m);
        Venue venue = venue(m.fundingInterval());
        // The rows where every column has a value, the last DAYS days of them.
        int n = t.length;
        int first = Math.max(0, n - DAYS * perDay - 1);
        double[] fundingFilled = forwardFilled(m.fundingRates(), t);
        boolean funding = venue != null && !Double.isNaN(fundingFilled[n - 1]);
        double[] futurePrices = future == null ? null : onGrid(future.prices(), t);
        for (int i = n - 1; i >= first; i--) {
            if (funding && Double.isNaN(fundingFilled[i]) || futurePrices != null && Double.isNaN(futurePrices[i])
                    || Double.isNaN(m.perpetual().value(i)) || Double.isNaN(m.spot().value(i))) {
                first = i + 1;
                break;
            }
        }
        if (n - first < perDay + 10) {
            return new Result("only " + (n - first) + " rows with every price; the risk section needs " + (perDay + 10)
                    + " (ten one-day scenarios)", null, null, perDay, future, perp, funding, venue, List.of(), List.of());
        }
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put(SPOT, Arrays.copyOfRange(m.spot().valuesArray(), first, n));
        cols.put(perp, Arrays.copyOfRange(m.perpetual().valuesArray(), first, n));
        if (future != null) {
            cols.put(future.name(), Arrays.copyOfRange(futurePrices, first, n));
        }
        if (funding) {
            cols.put(FUNDING, Arrays.copyOfRange(fundingFilled, first, n));
        }
        SeriesFrame frame = SeriesFrame.of(Arrays.copyOfRange(t, first, n), cols);
        Venue v = venue == null ? Venue.OTHER : venue;
        List<RiskBook.Row> rows = new ArrayList<>();
        rows.add(new RiskBook.Row(2, SPOT, "spot", 1, null, false, v, Double.NaN, null, null));
        rows.add(new RiskBook.Row(3, perp, "perpetual", future == null ? -1 : -0.5, null, false, v, Double.NaN, SPOT,
                funding ? FUNDING : null));
        if (future != null) {
            rows.add(new RiskBook.Row(4, future.name(), "future", -0.5, future.expiry(), false, v, Double.NaN, SPOT,
                    null));
        }
        RiskBook rb;
        double[] pnl;
        try {
            rb = RiskBook.of(rows, frame, "the demo market", "the demo book");
            pnl = RiskVarCommand.scenarios(rb, perDay, "the one-day horizon");
        } catch (UserException | IllegalArgumentException e) {
            return new Result(e.getMessage(), null, null, perDay, future, perp, funding, venue, List.of(), List.of());
        }
        List<RiskEstimate> estimates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String method : RiskVarCommand.METHODS) {
            try {
                estimates.add(RiskVarCommand.estimate(method, pnl, LEVEL, 0.94));
                failures.add(null);
            } catch (UserException ex) {
                estimates.add(null);
                failures.add(ex.getMessage());
            }
        }
        return new Result(null, rb, pnl, perDay, future, perp, funding, venue, estimates, failures);
    }

    /** Writes the section; a market the book cannot be built on is reported as a line. */
    static void section(DemoReport report, DemoCharts charts, DemoMarket m) {
        report.section(DemoPipeline.SECTION_RISK);
        Result r = compute(m);
        if (r.skipped() != null) {
            report.line("skipped: " + r.skipped() + ".");
            return;
        }
        RiskBook rb = r.book();
        double[] pnl = r.pnl();
        DemoMarket.Future future = r.future();
        String perp = r.perpetual();
        boolean funding = r.funding();
        int perDay = r.perDay();
        Instant today = rb.today().time();
        String perpName = perp.equals("perpetual") ? "the perpetual" : "the perpetual " + perp;
        report.line("Book: long 1 coin spot, short " + (future == null ? "1 coin of " + perpName
                : "0.5 coin of " + perpName + " and 0.5 coin of the future " + future.name() + " (expiry "
                        + DemoFormat.day(future.expiry()) + ")")
                + ", entered at the prices of " + DemoFormat.time(today) + " UTC; delta-neutral: it earns the "
                + "basis and funding and loses when they move against it.");
        report.line("Scenarios: " + pnl.length + " overlapping one-day windows (" + perDay + (perDay == 1 ? " row" : " rows")
                + ") of the last " + DemoFormat.num((double) (rb.history().size() - 1) / perDay) + " days, each move of "
                + "spot, of each basis" + (funding ? " and of funding" : "") + " applied to today's prices, the book "
                + "fully revalued" + (funding ? "" : r.venue() == null ? " (funding not in the risk: its interval "
                        + DemoFormat.duration(m.fundingInterval()) + " is no venue's schedule here)"
                        : " (funding not in the risk: no funding rate at the last row)") + ".");
        List<List<String>> table = new ArrayList<>();
        RiskEstimate hs = r.estimates().get(0);
        for (int k = 0; k < RiskVarCommand.METHODS.size(); k++) {
            RiskEstimate e = r.estimates().get(k);
            table.add(e == null ? List.of(RiskVarCommand.METHODS.get(k), "n/a", "n/a", r.failures().get(k))
                    : List.of(RiskVarCommand.METHODS.get(k), DemoFormat.fixed2(e.valueAtRisk()),
                            DemoFormat.fixed2(e.expectedShortfall()), e.method().label() + ": " + e.note()));
        }
        report.line("One-day VaR and expected shortfall at " + DemoFormat.pct(LEVEL) + ", losses in the quote "
                + "currency (basis risk var --method all):");
        report.table(List.of("method", "VaR", "ES", "model"), table);
        RiskEstimate cf = r.estimates().get(RiskVarCommand.METHODS.indexOf("cf"));
        if (cf != null && (!cf.usable() || !(cf.expectedShortfall() >= cf.valueAtRisk()))) {
            // Outside the expansion's domain (ValueAtRisk.cornishFisherIsMonotone); a tail mean below
            // its quantile, which is no distribution's, is one sign of it.
            report.line("Cornish-Fisher is not usable here: at this skewness and kurtosis the expansion is no "
                    + "longer a monotone quantile function" + (cf.expectedShortfall() >= cf.valueAtRisk() ? ""
                    : " (its ES is below its VaR)") + "; Cornish-Fisher suits moderate departures from normality only.");
        }
        if (hs != null) {
            report.chart(charts.distribution("risk-pnl.png", "One-day P&L of the carry book over " + pnl.length
                    + " historical scenarios", "P&L (quote currency)", pnl, 50, List.of(
                            new DemoCharts.Marker("VaR " + DemoFormat.pct(LEVEL) + " (historical): loss "
                                    + DemoFormat.fixed2(hs.valueAtRisk()), -hs.valueAtRisk(), VAR_COLOR),
                            new DemoCharts.Marker("ES " + DemoFormat.pct(LEVEL) + " (historical): loss "
                                    + DemoFormat.fixed2(hs.expectedShortfall()), -hs.expectedShortfall(), ES_COLOR))));
        }
        Exposures ex = rb.book().exposures(rb.today(), Duration.ofDays(1));
        StringBuilder dv01 = new StringBuilder();
        for (Map.Entry<BasisBucket, Double> b : ex.basisDv01().entrySet()) {
            dv01.append(dv01.length() == 0 ? "" : ", ").append(b.getKey().expiry().map(DemoFormat::day)
                    .orElse("perpetual")).append(' ').append(DemoFormat.num(b.getValue()));
        }
        report.line("Exposures: net delta " + DemoFormat.num(ex.deltaInCoin().get(SPOT)) + " coin; basis DV01 (P&L "
                + "per +1 bp) " + dv01 + (funding ? "; funding +1 bp/8h over a day "
                        + DemoFormat.num(ex.fundingDv01().getOrDefault(SPOT, 0.0)) : "") + ".");
        List<List<String>> stress = new ArrayList<>();
        List<RiskStressCommand.Outcome> outcomes = new ArrayList<>(RiskStressCommand.outcomes(rb, 3, null, perDay));
        outcomes.addAll(RiskStressCommand.more(rb, -0.2, 0.5, -0.2, List.of()));
        for (RiskStressCommand.Outcome o : outcomes) {
            stress.add(List.of(o.scenario() + (o.from() == null ? "" : " (" + DemoFormat.time(o.from()) + " to "
                    + DemoFormat.time(o.to()) + ")"), o.skipped() == null ? DemoFormat.fixed2(o.pnl())
                    : "skipped: " + o.skipped().replace("give --funding-cap RATE (and a venue)",
                            "basis risk stress --funding-cap RATE states one")));
        }
        io.github.basisspread.models.risk.MarginReport margin = RiskMarginCommand.report(rb, MARGIN_LEVERAGE, false,
                0.005, null);
        StringBuilder liq = new StringBuilder();
        for (io.github.basisspread.models.risk.LegMargin l : margin.legs()) {
            liq.append(liq.length() == 0 ? "" : ", ").append(l.position().instrument().symbol()).append(' ')
                    .append(l.liquidationMoveUp().isPresent() ? "+" + DemoFormat.pct(l.liquidationMoveUp().getAsDouble())
                            : "none");
        }
        report.line("Margin at " + DemoFormat.num(MARGIN_LEVERAGE) + "x isolated (basis risk margin): the short legs are "
                + "liquidated by a spot rally of " + liq + "; the spot gain sits in the spot wallet and does not save "
                + "them.");
        report.line("Stress scenarios (basis risk stress):");
        report.table(List.of("scenario", "P&L"), stress);
    }

    /**
     * The perpetual's column name: Binance's BTCUSDT for the simulated market, whose funding follows
     * that contract's formula (so its documented cap applies), else {@code perpetual}.
     */
    static String perpetualName(DemoMarket m) {
        return m.source().startsWith("SYNTHETIC") && m.fundingInterval().equals(Duration.ofHours(8)) ? "BTCUSDT"
                : "perpetual";
    }

    /** The venue whose funding schedule is the market's interval, or null. */
    private static Venue venue(Duration interval) {
        if (interval.equals(Duration.ofHours(8))) {
            return Venue.BINANCE;
        }
        return interval.equals(Duration.ofHours(1)) ? Venue.HYPERLIQUID : null;
    }

    /** The last settled rate at or before each time (NaN before the first settlement). */
    static double[] forwardFilled(TimeSeries rates, long[] t) {
        double[] out = new double[t.length];
        long[] rt = rates.epochNanosArray();
        double[] rv = rates.valuesArray();
        int j = -1;
        double last = Double.NaN;
        for (int i = 0; i < t.length; i++) {
            while (j + 1 < rt.length && rt[j + 1] <= t[i]) {
                j++;
                if (!Double.isNaN(rv[j])) {
                    last = rv[j];
                }
            }
            out[i] = last;
        }
        return out;
    }

    /** A series on the time grid: its value at each grid time, NaN where it has none. */
    static double[] onGrid(TimeSeries s, long[] t) {
        double[] out = new double[t.length];
        Arrays.fill(out, Double.NaN);
        long[] st = s.epochNanosArray();
        double[] sv = s.valuesArray();
        for (int k = 0; k < st.length; k++) {
            int i = Arrays.binarySearch(t, st[k]);
            if (i >= 0) {
                out[i] = sv[k];
            }
        }
        return out;
    }
}
