package io.github.basisspread.models.backtest;

import io.github.basisspread.models.evaluation.AccuracyMetrics;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.evaluation.ModelSelection;
import io.github.basisspread.models.evaluation.SelectionResult;
import io.github.basisspread.models.evaluation.WalkForward;
import io.github.basisspread.models.evaluation.WalkForwardReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.data.csv.TimestampFormat;
import io.github.basisspread.models.diagnostics.AdfResult;
import io.github.basisspread.models.diagnostics.AugmentedDickeyFuller;
import io.github.basisspread.models.diagnostics.Kpss;
import io.github.basisspread.models.diagnostics.KpssResult;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeck;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Integration test on the real Binance BTCUSDT spot and perpetual hourly closes and the (COIN-M,
 * proxy) funding snapshots of the project's shared data folder, never copied into the project.
 * Skipped, with a message, when the folder is absent; found from {@code -Dbasis.shared.data} or by
 * walking up from the working directory to a directory holding {@code shared/data}.
 */
class RealDataValidationTest {

    private static final String HOURLY = "binance-btcusdt-spot-perp-hourly-2024-2026";
    private static TimeSeries spot;
    private static TimeSeries perp;
    private static TimeSeries fundingRate;
    private static TimeSeries fundingInterval;

    @BeforeAll
    static void load() {
        Path data = findSharedData();
        if (data == null || !Files.isDirectory(data.resolve(HOURLY))) {
            return;
        }
        CsvSeriesReader prices = CsvSeriesReader.of("TIMESTAMP").withColumns("CLOSE")
                .withTimestampFormat(TimestampFormat.text(ZoneOffset.UTC));
        spot = prices.read(data.resolve(HOURLY).resolve("binance_btcusdt_spot_1h.csv")).data().column("CLOSE");
        perp = prices.read(data.resolve(HOURLY).resolve("binance_btcusdt_perp_1h.csv")).data().column("CLOSE");
        SeriesFrame funding = CsvSeriesReader.of("TIMESTAMP").withColumns("INTERVAL_MS", "CLOSE")
                .withTimestampFormat(TimestampFormat.text(ZoneOffset.UTC))
                .read(data.resolve(HOURLY).resolve("binance_btcusd_perp_coinm_funding_1h.csv")).data();
        fundingRate = funding.column("CLOSE");
        fundingInterval = funding.column("INTERVAL_MS");
    }

    private static Path findSharedData() {
        String property = System.getProperty("basis.shared.data");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve(HOURLY))) {
                return candidate;
            }
        }
        return null;
    }

    private static void assumeData() {
        assumeTrue(spot != null, "shared/data/" + HOURLY + " not found (set -Dbasis.shared.data=...): real-data test skipped");
    }

    private static TimeSeries relativeBasis() {
        double[] b = new double[spot.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = perp.value(i) / spot.value(i) - 1;
        }
        return TimeSeries.ofEpochNanos(spot.epochNanosArray(), b);
    }

    @Test
    void diagnosticsAndHalfLifeOfThePerpetualBasis() {
        assumeData();
        TimeSeries basis = relativeBasis();
        assertThat(basis.size()).isEqualTo(12000);
        AdfResult adf = AugmentedDickeyFuller.of().test(basis.valuesArray());
        KpssResult kpss = Kpss.level().test(basis.valuesArray());
        assertThat(adf.statistic()).isFinite();
        assertThat(adf.pValue()).isBetween(0.0, 1.0);
        assertThat(kpss.statistic()).isFinite().isPositive();
        // A perpetual's premium is pulled to the index by funding: the unit root is rejected at 1%.
        assertThat(adf.pValue()).isLessThan(0.01);
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeckFitter.of().withDayCount(DayCount.ACT_365F).fit(basis).model();
        double halfLifeHours = ou.halfLife() * 365 * 24;
        assertThat(halfLifeHours).isFinite().isPositive();
    }

    @Test
    void walkForwardOfTheLocalLevelAgainstTheRandomWalk() {
        assumeData();
        TimeSeries basis = relativeBasis();
        TimeSeries recent = basis.subSeries(basis.size() - 1500, basis.size());
        WalkForwardReport r = WalkForward.of(WalkForward.Window.ROLLING, 500).withRefitEvery(250)
                .compare("local level", Forecasters.localLevel(), recent, Map.of());
        for (ForecastEvaluation e : java.util.List.of(r.model(), r.benchmarks().get(0), r.benchmarks().get(1))) {
            assertThat(e.metrics().count()).isEqualTo(1000);
            assertThat(e.metrics().rmse()).isFinite().isPositive();
            assertThat(e.metrics().mae()).isFinite().isPositive();
            assertThat(e.metrics().mase()).isFinite().isPositive();
        }
        assertThat(r.model().refits()).isEqualTo(4);
        assertThat(r.versusBenchmarks().get(0).statistic()).isFinite();
        assertThat(r.versusBenchmarks().get(0).pValue()).isBetween(0.0, 1.0);
        // The OLS AR(1) is in the same frame, and the selection table covers all three.
        SelectionResult<ForecastEvaluation> selection = ModelSelection.byOutOfSample(
                WalkForward.of(WalkForward.Window.ROLLING, 500).withRefitEvery(250), Map.of(
                        "local level", Forecasters.localLevel(), "AR(1) OLS", Forecasters.olsAutoregression(1),
                        "random walk", Forecasters.randomWalk()), recent, AccuracyMetrics::rmse, "RMSE");
        assertThat(selection.table()).hasSize(3);
        assertThat(selection.winner().score()).isFinite();
    }

    @Test
    void walkForwardOfAnArimaAgainstTheRandomWalk() {
        assumeData();
        TimeSeries basis = relativeBasis();
        TimeSeries recent = basis.subSeries(basis.size() - 1500, basis.size());
        WalkForwardReport r = WalkForward.of(WalkForward.Window.ROLLING, 500).withRefitEvery(250)
                .compare("ARIMA(1,0,1)", Forecasters.arima(ArimaSpec.of(1, 0, 1).withConstant()), recent, Map.of());
        assertThat(r.model().metrics().count()).isEqualTo(1000);
        assertThat(r.model().metrics().rmse()).isFinite().isPositive();
        assertThat(r.model().metrics().mase()).isFinite().isPositive();
        assertThat(r.model().refits()).isEqualTo(4);
        assertThat(r.versusBenchmarks().get(0).statistic()).isFinite();
        assertThat(r.versusBenchmarks().get(0).pValue()).isBetween(0.0, 1.0);
    }

    @Test
    void fundingCarryBacktest_accountingHolds() {
        assumeData();
        TimeSeries settlements = BacktestData.settlements(fundingRate, fundingInterval)
                .slice(spot.firstTime(), spot.lastTime().plusSeconds(1));
        BacktestData data = BacktestData.perpetual(spot, perp, settlements, Settlement.LINEAR);
        BacktestResult r = Backtest.of(100_000)
                .withCosts(TradingCosts.builder().spotFees(FeeSchedule.ofBasisPoints(10, 10))
                        .derivativeFees(FeeSchedule.ofBasisPoints(5, 5)).build())
                .withSlippageBasisPoints(1, 1).withInitialMarginFraction(0.1).run(data, Strategies.fundingCarry(0.00015, 0.00005));
        assertThat(r.trades()).isNotEmpty();
        assertThat(r.fundingEvents()).isNotEmpty();
        assertThat(r.finalEquity()).isCloseTo(100_000 + r.attribution().total(), within(1e-6));
        double funding = r.fundingEvents().stream().mapToDouble(FundingEvent::cashFlow).sum();
        assertThat(r.attribution().funding()).isCloseTo(funding, within(1e-8));
        PerformanceMetrics m = r.metrics();
        assertThat(m.annualizedReturn()).isFinite();
        assertThat(m.annualizedVolatility()).isFinite().isPositive();
        assertThat(m.sharpe()).isPresent();
        assertThat(m.sharpe().getAsDouble()).isFinite();
        assertThat(m.sortino()).isPresent();
        assertThat(m.maxDrawdown()).isBetween(0.0, 1.0);
        assertThat(m.turnover()).isPositive();
        assertThat(m.hitRate()).isPresent();
    }
}
