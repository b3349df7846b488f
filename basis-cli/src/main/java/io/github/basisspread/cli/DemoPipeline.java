package io.github.basisspread.cli;

import io.github.basisspread.core.arbitrage.CashAndCarry;
import io.github.basisspread.core.arbitrage.FundingAssumption;
import io.github.basisspread.core.arbitrage.FundingCarry;
import io.github.basisspread.core.arbitrage.OpportunityEvaluation;
import io.github.basisspread.core.basis.BasisTermStructure;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.arima.ArimaData;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.models.diagnostics.AdfResult;
import io.github.basisspread.models.diagnostics.AugmentedDickeyFuller;
import io.github.basisspread.models.diagnostics.Kpss;
import io.github.basisspread.models.diagnostics.KpssResult;
import io.github.basisspread.models.diagnostics.PValueBound;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFit;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.regime.MarkovSwitchingFit;
import io.github.basisspread.models.regime.MarkovSwitchingSpec;
import io.github.basisspread.models.statespace.DynamicRegression;
import io.github.basisspread.models.statespace.StateSpaceFit;
import io.github.basisspread.models.backtest.Backtest;
import io.github.basisspread.models.backtest.BacktestData;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.BasisStrategy;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.backtest.PerformanceMetrics;
import io.github.basisspread.models.backtest.Strategies;
import io.github.basisspread.models.evaluation.WalkForward;
import io.github.basisspread.models.evaluation.WalkForwardReport;
import io.github.basisspread.models.volatility.GarchFit;
import io.github.basisspread.models.volatility.GarchSpec;
import io.github.basisspread.models.volatility.Innovation;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The demo's pipeline: every analysis of the library run on one {@link DemoMarket}, in the order
 * of the report, each section writing its tables and charts.
 *
 * <p>The models that cost most (auto-ARIMA, the Kalman hedge ratio, the walk-forward
 * evaluation) see the last {@value #MODEL_WINDOW} observations only, and the z-score backtest the
 * last {@value #BACKTEST_WINDOW}, which the report says, so that the whole demo runs in seconds.
 */
final class DemoPipeline {

    /** The observations the costly models are fitted to. */
    static final int MODEL_WINDOW = 1000;
    /** The observations the z-score backtest, which refits at every step, runs on. */
    static final int BACKTEST_WINDOW = 2000;
    /** Steps ahead of the ARIMA forecast. */
    static final int FORECAST_HORIZON = 48;
    /** Steps of the volatility band's chart. */
    static final int BAND_CHART_STEPS = 336;
    /** Notional of each evaluated trade, in the quote currency. */
    static final double NOTIONAL = 100_000;
    /** Initial margin on derivative legs. */
    static final double MARGIN = 0.10;

    static final String SECTION_DATA = "Data";
    static final String SECTION_TERM = "Basis term structure";
    static final String SECTION_FUNDING = "Funding";
    static final String SECTION_OPPORTUNITIES = "Best opportunities net of costs";
    static final String SECTION_STATIONARITY = "Stationarity and half-life of the basis";
    static final String SECTION_ARIMA = "ARIMA forecast of the basis";
    static final String SECTION_REGIMES = "Regimes and volatility band of the basis";
    static final String SECTION_HEDGE = "Kalman time-varying hedge ratio";
    static final String SECTION_BACKTEST = "Walk-forward evaluation and backtest";
    static final String SECTION_RISK = "Risk of a delta-neutral carry book";

    private static final Color BAND = new Color(120, 120, 120);

    private final DemoMarket m;
    private final DemoCharts charts;
    private final DemoReport report;
    /** The series the statistics and models study, in display units. */
    private TimeSeries studied;
    private String studiedName;
    /** The studied series in basis points (a year, for an annualized basis). */
    private TimeSeries studiedBp;
    private String studiedBpUnit;
    private ArimaFit arima;

    private DemoPipeline(DemoMarket market, DemoCharts charts) {
        this.m = market;
        this.charts = charts;
        this.report = new DemoReport(market.source());
    }

    static DemoReport run(DemoMarket market, DemoCharts charts) {
        DemoPipeline p = new DemoPipeline(market, charts);
        p.data();
        p.termStructure();
        p.funding();
        p.opportunities();
        p.stationarity();
        p.arima();
        p.regimes();
        p.hedge();
        p.backtest();
        DemoRisk.section(p.report, charts, market);
        return p.report;
    }

    private void data() {
        report.section(SECTION_DATA);
        for (String note : m.notes()) {
            report.line(note);
        }
        TimeSeries s = m.spot();
        report.line(s.size() + " observations from " + DemoFormat.time(s.firstTime()) + " to "
                + DemoFormat.time(s.lastTime()) + " UTC; spot " + DemoFormat.fixed2(s.value(0)) + " -> "
                + DemoFormat.fixed2(s.lastValue()) + ", " + m.fundingRates().size() + " funding settlements, "
                + m.futures().size() + " dated futures.");
    }

    // ---- term structure -------------------------------------------------------------------

    private void termStructure() {
        report.section(SECTION_TERM);
        // The premium is a price gap, not a return: it is charted in bp, never annualized as if it were one.
        TimeSeries premiumBp = m.premium().mapValues(p -> p * 1e4);
        if (m.futures().isEmpty()) {
            report.line("skipped: the data hold no dated futures (perpetual only), so there is no term structure "
                    + "and no constant-maturity basis; the perpetual's premium stands in for the basis below.");
            report.chart(charts.overTime("basis.png", "Perpetual premium P/S - 1 (a price gap, not a return)", "bp", 1,
                    List.of(DemoCharts.Line.solid("perpetual premium", premiumBp))));
            studied = premiumBp;
            studiedName = "perpetual premium P/S - 1 (bp)";
            studiedBp = premiumBp;
            studiedBpUnit = "bp";
            return;
        }
        int n = m.spot().size();
        BasisTermStructure[] structures = structures();
        double[] cm30 = new double[n];
        double[] cm90 = new double[n];
        for (int i = 0; i < n; i++) {
            cm30[i] = Double.NaN;
            cm90[i] = Double.NaN;
            BasisTermStructure ts = structures[i];
            if (ts != null && ts.yearFraction(ts.size() - 1) * 365 >= 90) {
                cm30[i] = ts.constantMaturity30Days(Compounding.SIMPLE).rate();
                cm90[i] = ts.constantMaturity90Days(Compounding.SIMPLE).rate();
            }
        }
        BasisTermStructure last = structures[n - 1];
        if (last == null) {
            report.line("skipped: no dated future is live at the last observation " + DemoFormat.time(m.spot().lastTime()));
        } else {
            report.line("At " + DemoFormat.time(last.valuationTime()) + " UTC, spot " + DemoFormat.fixed2(last.spotPrice())
                    + ": " + last.shape().name().toLowerCase(Locale.ROOT) + ".");
            List<List<String>> rows = new ArrayList<>();
            List<DemoMarket.Future> live = m.liveAtEnd();
            for (int k = 0; k < last.size(); k++) {
                rows.add(List.of(live.get(k).name(), DemoFormat.day(last.points().get(k).expiry()),
                        DemoFormat.num(last.yearFraction(k) * 365), DemoFormat.fixed2(last.points().get(k).futurePrice()),
                        DemoFormat.fixed2(last.basis(k).absolute()), DemoFormat.bp(last.basis(k).relative()),
                        DemoFormat.pct(last.annualizedBasis(k, Compounding.SIMPLE).rate()),
                        DemoFormat.pct(last.annualizedBasis(k, Compounding.CONTINUOUS).rate())));
            }
            report.table(List.of("future", "expiry", "days", "price", "basis", "relative", "ann. simple",
                    "ann. continuous"), rows);
            report.line("Constant maturity (total carry interpolated in time, simple annualization): 30-day "
                    + DemoFormat.pct(last.constantMaturity30Days(Compounding.SIMPLE).rate()) + ", 90-day "
                    + DemoFormat.pct(last.constantMaturity90Days(Compounding.SIMPLE).rate()) + "; period mean 30-day "
                    + DemoFormat.pct(mean(cm30)) + ", 90-day " + DemoFormat.pct(mean(cm90)) + ".");
        }
        long[] t = m.times();
        TimeSeries cm30Series = TimeSeries.ofEpochNanos(t, cm30);
        report.chart(charts.overTime("basis.png", "Annualized basis at constant maturity",
                "% a year", 100, List.of(DemoCharts.Line.solid("30-day constant maturity", cm30Series),
                        DemoCharts.Line.solid("90-day constant maturity", TimeSeries.ofEpochNanos(t, cm90)))));
        List<String> names = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (int i : new int[] {0, n / 2, n - 1}) {
            BasisTermStructure ts = structures[i];
            if (ts == null) {
                continue;
            }
            double[] x = new double[ts.size()];
            double[] y = new double[ts.size()];
            for (int k = 0; k < ts.size(); k++) {
                x[k] = ts.yearFraction(k) * 365;
                y[k] = ts.annualizedBasis(k, Compounding.SIMPLE).rate() * 100;
            }
            names.add(DemoFormat.day(ts.valuationTime()));
            xs.add(x);
            ys.add(y);
        }
        if (!names.isEmpty()) {
            report.chart(charts.xy("term-structure.png", "Term structure of the annualized basis (simple)",
                    "days to expiry", "% a year", names, xs, ys));
        }
        TimeSeries cm = cm30Series.withoutMissing();
        if (cm.size() < DemoFiles.MIN_OBSERVATIONS) {
            // A future expiring early in the data leaves the constant-maturity basis too short to study.
            report.line("The 30-day constant-maturity basis exists at " + cm.size() + " observations only (it needs a "
                    + "live future at least 90 days out); the perpetual premium P/S - 1 (bp) stands in for the basis "
                    + "below.");
            studied = premiumBp;
            studiedName = "perpetual premium P/S - 1 (bp)";
            studiedBp = premiumBp;
            studiedBpUnit = "bp";
            return;
        }
        studied = cm.mapValues(v -> v * 100);
        studiedName = "30-day constant-maturity annualized basis (%)";
        studiedBp = cm.mapValues(v -> v * 1e4);
        studiedBpUnit = "bp a year";
    }

    /** The term structure of the live futures at every observation (null where none is live). */
    private BasisTermStructure[] structures() {
        int n = m.spot().size();
        long[] t = m.times();
        List<List<BasisTermStructure.Point>> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new ArrayList<>(3));
        }
        List<DemoMarket.Future> byExpiry = new ArrayList<>(m.futures());
        byExpiry.sort(Comparator.comparing(DemoMarket.Future::expiry));
        for (DemoMarket.Future f : byExpiry) {
            TimeSeries p = f.prices();
            for (int j = 0; j < p.size(); j++) {
                int i = Arrays.binarySearch(t, p.epochNanos(j));
                if (i >= 0 && f.expiry().isAfter(p.time(j)) && !p.isMissing(j)) {
                    points.get(i).add(BasisTermStructure.Point.of(f.expiry(), p.value(j)));
                }
            }
        }
        BasisTermStructure[] out = new BasisTermStructure[n];
        for (int i = 0; i < n; i++) {
            if (!points.get(i).isEmpty()) {
                out[i] = BasisTermStructure.of(m.spot().value(i), m.spot().time(i), points.get(i));
            }
        }
        return out;
    }

    // ---- funding --------------------------------------------------------------------------

    private void funding() {
        report.section(SECTION_FUNDING);
        TimeSeries rates = m.fundingRates().withoutMissing();
        if (rates.isEmpty()) {
            report.line("skipped: the data hold no funding rates.");
            return;
        }
        Duration interval = m.fundingInterval();
        FundingRate lastRate = FundingRate.of(rates.lastValue(), interval, rates.lastTime());
        TimeSeries apr = rates.mapValues(r -> FundingRate.of(r, interval, Instant.EPOCH).apr());
        TimeSeries recent = rates.slice(rates.lastTime().minus(Duration.ofDays(30)), rates.lastTime().plusNanos(1));
        report.line("Funding every " + DemoFormat.duration(interval) + " (" + (long) m.intervalsPerYear()
                + " settlements a year; APR = rate x " + (long) m.intervalsPerYear() + ", APY compounds).");
        report.table(List.of("funding", "per interval", "APR", "APY"), List.of(
                List.of("last (" + DemoFormat.time(lastRate.time()) + ")", DemoFormat.bp(lastRate.rate()),
                        DemoFormat.pct(lastRate.apr()), DemoFormat.pct(lastRate.apy())),
                row("mean, last 30 days", recent.mean(), interval),
                row("mean, whole period", rates.mean(), interval)));
        TimeSeries premium = m.premium();
        report.line("Perpetual premium P/S - 1: last " + DemoFormat.bp(premium.lastValue()) + ", mean "
                + DemoFormat.bp(premium.mean()) + ".");
        report.chart(charts.overTime("funding-apr.png", "Funding rate, APR", "% a year", 100,
                List.of(DemoCharts.Line.solid("funding APR", apr))));
    }

    private static List<String> row(String name, double rate, Duration interval) {
        FundingRate r = FundingRate.of(rate, interval, Instant.EPOCH);
        return List.of(name, DemoFormat.bp(rate), DemoFormat.pct(r.apr()), DemoFormat.pct(r.apy()));
    }

    // ---- opportunities --------------------------------------------------------------------

    private record Opportunity(String name, String kind, OpportunityEvaluation evaluation) {
    }

    private void opportunities() {
        report.section(SECTION_OPPORTUNITIES);
        Instant t = m.spot().lastTime();
        BidAsk spot = quote(m.spot().lastValue());
        List<Opportunity> found = new ArrayList<>();
        for (DemoMarket.Future f : m.liveAtEnd()) {
            OpportunityEvaluation e = CashAndCarry.builder().spot(spot).future(quote(f.prices().lastValue()))
                    .costs(m.costs()).notional(NOTIONAL).initialMarginFraction(MARGIN).valuationTime(t).expiry(f.expiry())
                    .build().holdToExpiry();
            found.add(new Opportunity(f.name(), "cash-and-carry", e));
        }
        TimeSeries rates = m.fundingRates().withoutMissing();
        if (!rates.isEmpty()) {
            double expected = rates.slice(rates.lastTime().minus(Duration.ofDays(30)), rates.lastTime().plusNanos(1)).mean();
            OpportunityEvaluation e = FundingCarry.builder().spot(spot).perpetual(quote(m.perpetual().lastValue()))
                    .costs(m.costs()).funding(FundingAssumption.perInterval(expected, m.fundingInterval()))
                    .notional(NOTIONAL).initialMarginFraction(MARGIN).horizon(Duration.ofDays(30)).build().evaluate();
            found.add(new Opportunity("perpetual, 30 days", "funding carry", e));
        }
        if (found.isEmpty()) {
            report.line("skipped: no live future and no funding rate at the last observation.");
            return;
        }
        report.line("Long spot, short the derivative, " + DemoFormat.num(NOTIONAL) + " notional, " + DemoFormat.pct(MARGIN)
                + " initial margin, entered at " + DemoFormat.time(t) + " UTC at bid/ask: futures held to expiry, the "
                + "perpetual for 30 days at the mean funding rate of the last 30 days.");
        found.sort(Comparator.comparingDouble((Opportunity o) -> o.evaluation().annualizedReturnOnCapital()).reversed());
        List<List<String>> rows = new ArrayList<>();
        for (Opportunity o : found) {
            OpportunityEvaluation e = o.evaluation();
            rows.add(List.of(o.name(), o.kind(), DemoFormat.num(e.yearFraction() * 365), DemoFormat.fixed2(e.grossPnl()),
                    DemoFormat.fixed2(e.fundingIncome()), DemoFormat.fixed2(e.totalCosts()), DemoFormat.fixed2(e.netPnl()),
                    DemoFormat.pct(e.annualizedReturnOnCapital())));
        }
        report.table(List.of("trade", "kind", "days", "gross", "funding", "costs", "net", "net/yr on capital"), rows);
        for (String kind : List.of("cash-and-carry", "funding carry")) {
            found.stream().filter(o -> o.kind().equals(kind)).findFirst().ifPresent(o -> report.line("Best " + kind + ": "
                    + o.name() + ", " + DemoFormat.pct(o.evaluation().annualizedReturnOnCapital())
                    + " a year on capital net of fees, spread and financing"
                    + (o.evaluation().netPnl() > 0 ? "." : " (negative: not worth doing).")));
        }
    }

    private BidAsk quote(double mid) {
        return BidAsk.of(mid * (1 - m.halfSpread()), mid * (1 + m.halfSpread()));
    }

    // ---- stationarity ---------------------------------------------------------------------

    private void stationarity() {
        report.section(SECTION_STATIONARITY);
        report.line("Series: " + studiedName + ", " + studied.size() + " observations.");
        AdfResult adf = AugmentedDickeyFuller.of().test(studied);
        KpssResult kpss = Kpss.level().test(studied);
        report.table(List.of("test", "null hypothesis", "statistic", "p-value", "lags", "verdict at 5%"), List.of(
                List.of("ADF", "unit root", DemoFormat.num(adf.statistic()), DemoFormat.num(adf.pValue()),
                        String.valueOf(adf.lagsUsed()), adf.pValue() < 0.05 ? "stationary" : "unit root not rejected"),
                List.of("KPSS (level)", "stationary", DemoFormat.num(kpss.statistic()),
                        kpss.pValueBound() == PValueBound.POINT ? DemoFormat.num(kpss.pValue()) : kpss.pValueText(),
                        String.valueOf(kpss.lagsUsed()), kpss.rejectsNull(0.05) ? "not stationary" : "stationary")));
        try {
            OrnsteinUhlenbeckFit ou = OrnsteinUhlenbeckFitter.of().withDayCount(DayCount.ACT_365F)
                    .fit(studied);
            report.line("Ornstein-Uhlenbeck (exact MLE): half-life " + DemoFormat.num(ou.model().halfLife() * 365)
                    + " days (s.e. " + DemoFormat.num(ou.halfLifeStandardError() * 365) + "), long-run mean "
                    + DemoFormat.num(ou.model().mu()) + ", stationary s.d. "
                    + DemoFormat.num(ou.model().stationaryStandardDeviation()) + "; " + ou.verdict() + ".");
        } catch (IllegalArgumentException | EstimationException e) {
            report.line("Ornstein-Uhlenbeck: not fitted: " + e.getMessage());
        }
    }

    // ---- ARIMA ----------------------------------------------------------------------------

    private void arima() {
        report.section(SECTION_ARIMA);
        TimeSeries window = last(studied, MODEL_WINDOW);
        arima = AutoArima.of().fit(ArimaData.of(window));
        // The data carry times, so the forecast's steps do (at the spacing of the last two observations).
        Forecast fc = arima.forecast(FORECAST_HORIZON);
        ConfidenceBand b95 = fc.interval(0.95);
        ConfidenceBand b80 = fc.interval(0.80);
        List<Instant> stepTimes = fc.times().orElseThrow();
        report.line("Auto-ARIMA (Hyndman-Khandakar stepwise search, AICc) on the last " + window.size()
                + " observations of the " + studiedName + ": " + arima.spec() + ", AICc " + DemoFormat.num(arima.aicc())
                + ", sigma^2 " + DemoFormat.num(arima.sigma2()) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (int h : new int[] {1, 6, 12, 24, 48}) {
            if (h <= FORECAST_HORIZON) {
                rows.add(List.of(String.valueOf(h), DemoFormat.time(stepTimes.get(h - 1)),
                        DemoFormat.num(fc.mean()[h - 1]), DemoFormat.num(b80.lower()[h - 1]), DemoFormat.num(b80.upper()[h - 1]),
                        DemoFormat.num(b95.lower()[h - 1]), DemoFormat.num(b95.upper()[h - 1])));
            }
        }
        report.table(List.of("h", "time (UTC)", "forecast", "80% low", "80% high", "95% low", "95% high"), rows);
        TimeSeries history = last(window, 240);
        long[] ft = fc.asTimeSeries().epochNanosArray();
        report.chart(charts.overTime("arima-forecast.png", "ARIMA forecast: " + arima.spec(), studiedName, 1, List.of(
                DemoCharts.Line.solid("observed", history), DemoCharts.Line.solid("forecast", fc.asTimeSeries()),
                DemoCharts.Line.dashed("95% interval", TimeSeries.ofEpochNanos(ft, b95.lower()), BAND),
                DemoCharts.Line.dashed("95% upper", TimeSeries.ofEpochNanos(ft, b95.upper()), BAND).unlisted())));
    }

    // ---- regimes and volatility band ------------------------------------------------------

    private void regimes() {
        report.section(SECTION_REGIMES);
        regimesAndVolatility(report, charts, last(studiedBp, MODEL_WINDOW), studiedName.replaceFirst(" \\(.*\\)$", ""),
                studiedBpUnit);
    }

    /**
     * The regime and volatility-band section on {@code basis} (in {@code unit}): a 2-regime
     * Markov-switching AR(1) with switching mean and variance, and a GARCH(1,1) of its changes; a
     * fit that fails is reported as a line and the section goes on.
     */
    static void regimesAndVolatility(DemoReport report, DemoCharts charts, TimeSeries basis, String name, String unit) {
        report.line("Series: the last " + basis.size() + " observations of the " + name + ", in " + unit + ".");
        markovRegimes(report, charts, basis, unit);
        volatilityBand(report, charts, basis, unit);
    }

    private static void markovRegimes(DemoReport report, DemoCharts charts, TimeSeries basis, String unit) {
        // Hamilton (1989) AR(1) on the deviations from the regime mean, mean and variance switching,
        // AR coefficient shared: 3 seeded starts keep the fit to about a second on 1000 observations.
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withAr(1).withSwitchingAr(false)
                .withSwitchingVariance(true).withStarts(3).withSeed(17);
        MarkovSwitchingFit fit;
        try {
            fit = spec.fit(basis.valuesArray());
        } catch (IllegalArgumentException | EstimationException e) {
            report.line("Markov-switching regimes: not fitted: " + e.getMessage());
            return;
        }
        int stressed = fit.estimate("sigma2[1]") > fit.estimate("sigma2[0]") ? 1 : 0;
        int calm = 1 - stressed;
        double[][] p = fit.transitionMatrix();
        double[] durations = fit.expectedDurations();
        double[] ergodic = fit.ergodicProbabilities();
        String step = DemoFormat.duration(Duration.between(basis.time(basis.size() - 2), basis.lastTime()));
        report.line("Markov-switching AR(1), 2 regimes with their own mean and volatility (Hamilton filter, Kim "
                + "smoother; EM then BFGS from " + fit.startsRun() + " seeded starts, " + fit.startsAtBest()
                + " reached the best log-likelihood " + DemoFormat.num(fit.logLikelihood()) + "); AR(1) coefficient "
                + DemoFormat.num(fit.estimate("ar.L1")) + (fit.convergence().converged() ? "" : "; NOT converged")
                + ". Durations in observations of " + step + ".");
        List<List<String>> rows = new ArrayList<>();
        String[] names = new String[2];
        names[calm] = "calm";
        names[stressed] = "stressed";
        for (int s : new int[] {calm, stressed}) {
            rows.add(List.of(names[s] + " (regime " + s + ")", DemoFormat.num(fit.estimate("const[" + s + "]")),
                    DemoFormat.num(Math.sqrt(fit.estimate("sigma2[" + s + "]"))), DemoFormat.num(durations[s]),
                    DemoFormat.pct(ergodic[s]), DemoFormat.num(p[s][calm]), DemoFormat.num(p[s][stressed])));
        }
        report.table(List.of("regime", "mean (" + unit + ")", "innovation s.d.", "expected duration",
                "long-run share", "P(-> calm)", "P(-> stressed)"), rows);
        double sdCalm = Math.sqrt(fit.estimate("sigma2[" + calm + "]"));
        double ratio = Math.sqrt(fit.estimate("sigma2[" + stressed + "]")) / sdCalm;
        double gap = Math.abs(fit.estimate("const[" + stressed + "]") - fit.estimate("const[" + calm + "]")) / sdCalm;
        // Thresholds of the wording only: the table above holds the estimates.
        String verdict = ratio < 1.25 && gap < 1 ? "the two regimes coincide: this series shows no regime switching"
                : ratio < 1.25 ? "the regimes differ in level rather than in volatility, so 'stressed' is only the "
                        + "nominally more volatile one" : "the stressed regime is the more volatile";
        report.line("Stressed / calm innovation s.d. " + DemoFormat.num(ratio) + ", means " + DemoFormat.num(gap)
                + " calm s.d. apart: " + verdict + ".");
        double[][] smoothed = fit.smoothedProbabilities();
        int order = basis.size() - smoothed.length;
        long[] t = Arrays.copyOfRange(basis.epochNanosArray(), order, basis.size());
        double[] stress = new double[smoothed.length];
        for (int i = 0; i < stress.length; i++) {
            stress[i] = smoothed[i][stressed];
        }
        report.line("Now (" + DemoFormat.time(basis.lastTime()) + " UTC): P(stressed) = "
                + DemoFormat.pct(stress[stress.length - 1]) + " (smoothed).");
        report.chart(charts.overTimeTwoAxes("regimes.png", "Basis and the smoothed probability of the stressed regime",
                unit, 1, List.of(DemoCharts.Line.solid("basis (" + unit + ", left)", basis)),
                "P(stressed), %", 100, 0, 100, List.of(DemoCharts.Line.solid("P(stressed regime), right",
                        TimeSeries.ofEpochNanos(t, stress)))));
    }

    private static void volatilityBand(DemoReport report, DemoCharts charts, TimeSeries basis, String unit) {
        double[] b = basis.valuesArray();
        double[] changes = new double[b.length - 1];
        for (int i = 1; i < b.length; i++) {
            changes[i - 1] = b[i] - b[i - 1];
        }
        GarchSpec spec = GarchSpec.of(1, 1).withInnovation(Innovation.STUDENT_T);
        GarchFit fit;
        try {
            fit = spec.fit(changes);
        } catch (IllegalArgumentException | EstimationException e) {
            report.line("GARCH(1,1) with Student-t innovations: not fitted: " + e.getMessage()
                    + "; normal innovations instead.");
            try {
                fit = GarchSpec.of(1, 1).fit(changes);
            } catch (IllegalArgumentException | EstimationException e2) {
                report.line("GARCH(1,1) with normal innovations: not fitted: " + e2.getMessage());
                return;
            }
        }
        double[] sigma = fit.conditionalVolatility();
        String dist = fit.spec().innovation() == Innovation.STUDENT_T ? "Student-t" : "normal";
        report.line("GARCH(1,1) with " + dist + " innovations on the hourly changes of the basis (" + unit
                + "), by maximum likelihood as fGarch" + (fit.convergence().converged() ? "" : "; NOT converged") + ": "
                + "persistence alpha1 + beta1 = " + DemoFormat.num(fit.persistence()) + ", " + (fit.isStationary()
                        ? "the variance is stationary, half-life of a volatility shock " + DemoFormat.num(fit.halfLife())
                                + " observations."
                        : "the variance is NOT stationary (integrated or explosive): a volatility shock does not decay "
                                + "(half-life infinite)."));
        List<List<String>> rows = new ArrayList<>();
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        List<String> names = fit.parameterNames();
        for (int j = 0; j < names.size(); j++) {
            rows.add(List.of(names.get(j), DemoFormat.num(est[j]), DemoFormat.num(se[j])));
        }
        rows.add(List.of("persistence alpha1 + beta1", DemoFormat.num(fit.persistence()), ""));
        report.table(List.of("parameter", "estimate", "s.e."), rows);
        if (!fit.notes().isEmpty()) {
            report.line("GARCH notes: " + String.join("; ", fit.notes()) + ".");
        }
        // The band around the previous value: basis_{t-1} +/- 2 sigma_t, sigma_t the conditional s.d. of the change.
        int n = changes.length;
        long[] t = Arrays.copyOfRange(basis.epochNanosArray(), 1, b.length);
        double[] lower = new double[n];
        double[] upper = new double[n];
        int outside = 0;
        for (int i = 0; i < n; i++) {
            lower[i] = b[i] - 2 * sigma[i];
            upper[i] = b[i] + 2 * sigma[i];
            if (b[i + 1] < lower[i] || b[i + 1] > upper[i]) {
                outside++;
            }
        }
        report.line("Band basis_{t-1} +/- 2 sigma_t: the basis fell outside it at " + outside + " of " + n
                + " observations (" + DemoFormat.pct(outside / (double) n) + "; 4.55% for normal changes); sigma now "
                + DemoFormat.num(sigma[n - 1]) + " " + unit + ", next hour "
                + DemoFormat.num(Math.sqrt(fit.varianceForecast(1)[0])) + ".");
        // The chart shows the last BAND_CHART_STEPS steps, where the band is readable.
        int from = Math.max(0, n - BAND_CHART_STEPS);
        long[] tc = Arrays.copyOfRange(t, from, n);
        report.chart(charts.overTime("volatility-band.png", "Basis with the GARCH(1,1) band: previous value +/- 2 "
                + "conditional sigma, last " + (n - from) + " steps", unit, 1, List.of(
                        DemoCharts.Line.solid("basis", TimeSeries.ofEpochNanos(tc, Arrays.copyOfRange(b, from + 1, n + 1))),
                        DemoCharts.Line.dashed("+/- 2 sigma band", TimeSeries.ofEpochNanos(tc,
                                Arrays.copyOfRange(lower, from, n)), BAND),
                        DemoCharts.Line.dashed("upper", TimeSeries.ofEpochNanos(tc,
                                Arrays.copyOfRange(upper, from, n)), BAND).unlisted())));
    }

    // ---- hedge ratio ----------------------------------------------------------------------

    private void hedge() {
        report.section(SECTION_HEDGE);
        int n = m.spot().size();
        int from = Math.max(0, n - MODEL_WINDOW - 1);
        int len = n - from - 1;
        double[] x = new double[len];
        double[] y = new double[len];
        long[] t = new long[len];
        for (int i = 0; i < len; i++) {
            int k = from + i + 1;
            x[i] = Math.log(m.spot().value(k) / m.spot().value(k - 1));
            y[i] = Math.log(m.perpetual().value(k) / m.perpetual().value(k - 1));
            t[i] = m.spot().epochNanos(k);
        }
        StateSpaceFit fit = DynamicRegression.of().fit(new DynamicRegression.Data(y, x));
        ConfidenceBand filtered = fit.filteredState(1, 0.95);
        ConfidenceBand smoothed = fit.smoothedState(1, 0.95);
        double sxy = 0;
        double sxx = 0;
        double mx = mean(x);
        double my = mean(y);
        for (int i = 0; i < len; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double[] beta = filtered.estimate();
        report.line("Perpetual log-returns on spot log-returns, y_t = alpha_t + beta_t x_t + e_t with random-walk "
                + "coefficients (Durbin-Koopman 3.6.1), variances by exact-diffuse maximum likelihood, on the last "
                + len + " returns.");
        double[] est = fit.estimates();
        List<String> names = fit.parameterNames();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("hedge ratio now (filtered)", DemoFormat.num(beta[len - 1]),
                "[" + DemoFormat.num(filtered.lower()[len - 1]) + ", " + DemoFormat.num(filtered.upper()[len - 1]) + "]"));
        rows.add(List.of("smoothed, range over the window", DemoFormat.num(min(smoothed.estimate())) + " .. "
                + DemoFormat.num(max(smoothed.estimate())), ""));
        rows.add(List.of("static OLS hedge ratio", DemoFormat.num(sxy / sxx), ""));
        for (int j = 0; j < names.size(); j++) {
            rows.add(List.of(names.get(j), DemoFormat.num(est[j]), ""));
        }
        report.table(List.of("quantity", "value", "95% band"), rows);
        int skip = Math.min(20, len / 10);
        long[] tt = Arrays.copyOfRange(t, skip, len);
        report.chart(charts.overTime("hedge-ratio.png", "Kalman time-varying hedge ratio (perpetual on spot)",
                "beta", 1, List.of(
                        DemoCharts.Line.solid("filtered", TimeSeries.ofEpochNanos(tt, Arrays.copyOfRange(beta, skip, len))),
                        DemoCharts.Line.solid("smoothed", TimeSeries.ofEpochNanos(tt,
                                Arrays.copyOfRange(smoothed.estimate(), skip, len))),
                        DemoCharts.Line.dashed("95% band (filtered)", TimeSeries.ofEpochNanos(tt,
                                Arrays.copyOfRange(filtered.lower(), skip, len)), BAND),
                        DemoCharts.Line.dashed("95% upper", TimeSeries.ofEpochNanos(tt,
                                Arrays.copyOfRange(filtered.upper(), skip, len)), BAND).unlisted())));
    }

    // ---- walk-forward and backtest --------------------------------------------------------

    private void backtest() {
        report.section(SECTION_BACKTEST);
        TimeSeries window = last(studied, MODEL_WINDOW);
        int train = window.size() / 2;
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, train).withHorizon(24).withRefitEvery(100);
        report.line("Walk-forward, 24 steps ahead, rolling window of " + train + ", re-estimated every 100 origins, "
                + "on the last " + window.size() + " observations of the " + studiedName + ":");
        List<List<String>> rows = new ArrayList<>();
        String name = arima.spec().toString();
        try {
            WalkForwardReport wfr = wf.compare(name, Forecasters.arima(arima.spec()), window, Map.of());
            rows.add(accuracy(wfr.model(), ""));
            for (int k = 0; k < wfr.benchmarks().size(); k++) {
                rows.add(accuracy(wfr.benchmarks().get(k), DemoFormat.num(wfr.versusBenchmarks().get(k).pValue())));
            }
        } catch (IllegalArgumentException e) {
            // The Diebold-Mariano test is undefined when the losses are identical (an ARIMA(0,1,0)
            // forecasts exactly as the random walk): report the accuracies without it.
            rows.add(accuracy(wf.evaluate(name, Forecasters.arima(arima.spec()), window), ""));
            rows.add(accuracy(wf.evaluate("random walk", Forecasters.randomWalk(), window), "n/a (same losses)"));
            rows.add(accuracy(wf.evaluate("rolling mean(" + train + ")", Forecasters.rollingMean(train), window), "n/a"));
        }
        report.table(List.of("forecaster", "origins", "RMSE", "MAE", "MASE", "DM p-value vs model"), rows);

        // The market's own costs: its fees, and the rates a long spot leg is financed at and a short one borrowed at;
        // crossing half the spread is the slippage of each trade.
        double halfSpreadBps = m.halfSpread() * 10_000;
        Backtest bt = Backtest.of(NOTIONAL).withCosts(m.costs()).withSlippageBasisPoints(halfSpreadBps, halfSpreadBps);
        double scale = m.fundingInterval().toNanos() / (double) Duration.ofHours(8).toNanos();
        List<String> names = new ArrayList<>();
        List<BacktestResult> results = new ArrayList<>();
        BacktestData perp = BacktestData.perpetual(m.spot(), m.perpetual(), m.fundingRates(), Settlement.LINEAR);
        run(bt, perp, "funding carry (perpetual)", Strategies.fundingCarry(0.0001 * scale, 0.00002 * scale), names, results);
        // The z-score strategy refits its window at every step: it sees the last BACKTEST_WINDOW steps only.
        int n = m.spot().size();
        int from = Math.max(0, n - BACKTEST_WINDOW);
        TimeSeries recentSpot = m.spot().subSeries(from, n);
        BacktestData recent = BacktestData.perpetual(recentSpot, m.perpetual().subSeries(from, n),
                m.fundingRates().slice(recentSpot.firstTime(), recentSpot.lastTime().plusNanos(1)), Settlement.LINEAR);
        run(bt, recent, "OU z-score (perpetual, 1-week window, last " + recentSpot.size() + " steps)",
                Strategies.ouZScore(168, 2.0, 0.5), names, results);
        DemoMarket.Future future = backtestFuture();
        if (future != null) {
            BacktestData dated = BacktestData.datedFuture(m.spotOn(future.prices()), future.prices(), future.expiry(),
                    Settlement.LINEAR);
            run(bt, dated, "cash-and-carry (" + future.name() + ")", Strategies.cashAndCarry(0.01, 0.001), names, results);
        } else {
            report.line("cash-and-carry backtest skipped: no dated futures.");
        }
        report.line("Backtests: " + DemoFormat.num(NOTIONAL) + " capital, taker fees and half-spread on every trade, "
                + "spot financed at " + DemoFormat.pct(m.costs().cashBorrowRate()) + ", " + DemoFormat.pct(0.1)
                + " margin on the derivative; thresholds fixed in advance.");
        List<List<String>> bRows = new ArrayList<>();
        List<DemoCharts.Line> lines = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            BacktestResult r = results.get(k);
            PerformanceMetrics pm = r.metrics();
            bRows.add(List.of(names.get(k), String.valueOf(r.trades().size()), DemoFormat.fixed2(r.finalEquity()),
                    DemoFormat.pct(pm.annualizedReturn()), opt(pm.sharpe()), DemoFormat.pct(pm.maxDrawdown()),
                    DemoFormat.fixed2(r.attribution().funding()), DemoFormat.fixed2(r.attribution().fees())));
            lines.add(DemoCharts.Line.solid(names.get(k), r.equity().mapValues(v -> v / NOTIONAL - 1)));
        }
        report.table(List.of("strategy", "trades", "final equity", "return/yr", "Sharpe", "max drawdown", "funding",
                "fees"), bRows);
        report.chart(charts.overTime("backtest-equity.png", "Backtest equity curves, net of costs", "% of capital", 100,
                lines));
    }

    private static void run(Backtest bt, BacktestData data, String name, BasisStrategy strategy, List<String> names,
            List<BacktestResult> results) {
        names.add(name);
        results.add(bt.run(data, strategy));
    }

    /** The future observed longest, preferring one that expires within the data (it converges). */
    private DemoMarket.Future backtestFuture() {
        DemoMarket.Future best = null;
        for (DemoMarket.Future f : m.futures()) {
            if (f.prices().size() < 2) {
                continue;
            }
            boolean expires = !f.expiry().isAfter(m.spot().lastTime());
            boolean bestExpires = best != null && !best.expiry().isAfter(m.spot().lastTime());
            if (best == null || expires && !bestExpires
                    || expires == bestExpires && f.prices().size() > best.prices().size()) {
                best = f;
            }
        }
        return best;
    }

    private static List<String> accuracy(ForecastEvaluation e, String dm) {
        return List.of(e.name(), String.valueOf(e.metrics().count()), DemoFormat.num(e.metrics().rmse()),
                DemoFormat.num(e.metrics().mae()), DemoFormat.num(e.metrics().mase()), dm);
    }

    // ---- helpers --------------------------------------------------------------------------

    private static String opt(OptionalDouble v) {
        return v.isPresent() ? DemoFormat.num(v.getAsDouble()) : "n/a";
    }

    private static TimeSeries last(TimeSeries s, int n) {
        return s.size() <= n ? s : s.subSeries(s.size() - n, s.size());
    }

    private static double mean(double[] v) {
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
