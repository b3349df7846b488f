package io.github.basisspread.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.arima.ArimaData;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.models.backtest.Backtest;
import io.github.basisspread.models.backtest.BacktestData;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.Strategies;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.evaluation.WalkForward;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.volatility.GarchSpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-key fits on local[2]: every key's row must hold exactly (bit for bit) what a direct call of
 * the library gives on that key's series, and a failing key must only fail its own row.
 */
class GroupFitsTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int N = 120;
    private static final List<String> GOOD = List.of("BTC-PERP", "ETH-PERP", "SOL-PERP");

    private static SparkSession spark;
    private static Dataset<Row> data;
    private static final Map<String, double[]> VALUES = new HashMap<>();
    private static final Map<String, double[]> REGRESSOR = new HashMap<>();

    @BeforeAll
    static void data() {
        spark = LocalSpark.session();
        Random random = new Random(21);
        List<Row> rows = new ArrayList<>();
        for (String key : GOOD) {
            double[] y = new double[N];
            double[] x = new double[N];
            double prev = 0;
            for (int t = 0; t < N; t++) {
                x[t] = random.nextGaussian();
                prev = 0.6 * prev + random.nextGaussian();
                y[t] = 10 + prev + 0.5 * x[t];
                rows.add(RowFactory.create(key, Timestamp.from(START.plusSeconds(3600L * t)), y[t], x[t]));
            }
            VALUES.put(key, y);
            REGRESSOR.put(key, x);
        }
        // A key whose timestamps repeat: its series is malformed, its fit must fail alone.
        for (int t = 0; t < 40; t++) {
            rows.add(RowFactory.create("BROKEN", Timestamp.from(START.plusSeconds(3600L * (t / 2))), 1.0 + t, 0.0));
        }
        Collections.shuffle(rows, random); // the fit must sort each group by time itself
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("instrument", DataTypes.StringType, false),
            DataTypes.createStructField("ts", DataTypes.TimestampType, false),
            DataTypes.createStructField("basis", DataTypes.DoubleType, true),
            DataTypes.createStructField("funding", DataTypes.DoubleType, true),
        });
        data = spark.createDataFrame(rows, schema).repartition(2);
    }

    private static TimeSeries series(String key) {
        long[] t = new long[N];
        for (int i = 0; i < N; i++) {
            t[i] = (START.getEpochSecond() + 3600L * i) * 1_000_000_000L;
        }
        return TimeSeries.ofEpochNanos(t, VALUES.get(key));
    }

    private static Map<String, Row> byKey(Dataset<Row> fits) {
        Map<String, Row> out = new HashMap<>();
        for (Row r : fits.collectAsList()) {
            out.put(r.getString(r.fieldIndex("key")), r);
        }
        return out;
    }

    private static void assertSame(Row row, ForecastingFit direct, int horizon, double level) {
        assertThat(row.getString(row.fieldIndex("status"))).as(row.getString(row.fieldIndex("error")))
                .isEqualTo(GroupFits.OK);
        assertThat(row.<String>getList(row.fieldIndex("parameters"))).isEqualTo(direct.parameterNames());
        assertThat(row.<Double>getList(row.fieldIndex("estimates"))).isEqualTo(GroupFits.boxed(direct.estimates()));
        assertThat(row.<Double>getList(row.fieldIndex("standard_errors")))
                .isEqualTo(GroupFits.boxed(direct.standardErrors()));
        assertThat(row.getDouble(row.fieldIndex("log_likelihood"))).isEqualTo(direct.logLikelihood());
        assertThat(row.getDouble(row.fieldIndex("aic"))).isEqualTo(direct.informationCriteria().aic());
        assertThat(row.getDouble(row.fieldIndex("bic"))).isEqualTo(direct.informationCriteria().bic());
        assertThat(row.getInt(row.fieldIndex("nobs"))).isEqualTo(direct.nobs());
        assertThat(row.getBoolean(row.fieldIndex("converged"))).isEqualTo(direct.convergence().converged());
        assertThat(row.getInt(row.fieldIndex("iterations"))).isEqualTo(direct.convergence().iterations());
        if (horizon == 0) {
            assertThat(row.isNullAt(row.fieldIndex("forecast_mean"))).isTrue();
            return;
        }
        Forecast f = direct.forecast(horizon);
        ConfidenceBand band = f.interval(level);
        assertThat(row.<Double>getList(row.fieldIndex("forecast_mean"))).isEqualTo(GroupFits.boxed(f.mean()));
        assertThat(row.<Double>getList(row.fieldIndex("forecast_se"))).isEqualTo(GroupFits.boxed(f.standardErrors()));
        assertThat(row.<Double>getList(row.fieldIndex("forecast_lower"))).isEqualTo(GroupFits.boxed(band.lower()));
        assertThat(row.<Double>getList(row.fieldIndex("forecast_upper"))).isEqualTo(GroupFits.boxed(band.upper()));
    }

    @Test
    void autoArimaPerKeyIsBitIdenticalToDirectCallsAndTheBrokenKeyFailsAlone() {
        Dataset<Row> fits = GroupFits.fit(data, SeriesColumns.of("instrument", "ts", "basis"), SeriesModel.autoArima(),
                6, 0.95);
        Map<String, Row> rows = byKey(fits);
        assertThat(rows).containsOnlyKeys("BTC-PERP", "ETH-PERP", "SOL-PERP", "BROKEN");
        for (String key : GOOD) {
            assertSame(rows.get(key), AutoArima.of().fit(ArimaData.of(series(key))), 6, 0.95);
            assertThat(rows.get(key).getString(rows.get(key).fieldIndex("model"))).isEqualTo("auto_arima");
        }
        Row broken = rows.get("BROKEN");
        assertThat(broken.getString(broken.fieldIndex("status"))).isEqualTo(GroupFits.FAILED);
        assertThat(broken.getString(broken.fieldIndex("error")))
                .startsWith("IllegalArgumentException: ").contains("strictly increasing");
        assertThat(broken.getInt(broken.fieldIndex("nobs"))).isEqualTo(40);
        assertThat(broken.isNullAt(broken.fieldIndex("estimates"))).isTrue();

        List<Row> steps = GroupFits.forecastSteps(fits).where("key = 'ETH-PERP'").orderBy("step").collectAsList();
        Forecast direct = AutoArima.of().fit(ArimaData.of(series("ETH-PERP"))).forecast(6);
        assertThat(steps).hasSize(6);
        for (int h = 0; h < 6; h++) {
            assertThat(steps.get(h).getInt(2)).isEqualTo(h + 1);
            assertThat(steps.get(h).getDouble(3)).isEqualTo(direct.mean(h + 1));
            assertThat(steps.get(h).getDouble(5)).isEqualTo(direct.interval(0.95).lower()[h]);
        }
    }

    @Test
    void otherEstimatorsAndRegressorsMatchDirectCalls() {
        SeriesColumns withX = SeriesColumns.of("instrument", "ts", "basis").withRegressors("funding");
        Dataset<Row> data = GroupFitsTest.data.where("instrument in ('SOL-PERP', 'BROKEN')"); // two keys suffice
        Map<String, Row> arimaX = byKey(GroupFits.fit(data, withX, SeriesModel.arima(1, 0, 0), 3, 0.8));
        Map<String, Row> level = byKey(GroupFits.fit(data, SeriesColumns.of("instrument", "ts", "basis"),
                SeriesModel.localLevel(), 3, 0.9));
        Map<String, Row> ou = byKey(GroupFits.fit(data, SeriesColumns.of("instrument", "ts", "basis"),
                SeriesModel.ornsteinUhlenbeck(), 3, 0.9));
        Map<String, Row> garch = byKey(GroupFits.fit(data, SeriesColumns.of("instrument", "ts", "basis"),
                SeriesModel.garch(1, 1), 3, 0.9));
        String key = "SOL-PERP";
        double[][] x = new double[N][];
        for (int t = 0; t < N; t++) {
            x[t] = new double[] {REGRESSOR.get(key)[t]};
        }
        // With regressors there is no forecast: their future values are not in the data.
        assertSame(arimaX.get(key), ArimaSpec.of(1, 0, 0).withRegressors("x1").fit(ArimaData.of(series(key), x)), 0,
                0.8);
        assertSame(level.get(key), LocalLevel.of().fit(series(key).valuesArray()), 3, 0.9);
        assertSame(ou.get(key), OrnsteinUhlenbeckFitter.of().fit(series(key)), 3, 0.9);
        assertSame(garch.get(key), GarchSpec.of(1, 1).fit(series(key).valuesArray()), 3, 0.9);
        assertThat(garch.get("BROKEN").getString(garch.get("BROKEN").fieldIndex("status"))).isEqualTo("failed");
    }

    @Test
    void walkForwardSweepMatchesTheLibraryPerKeyAndModel() {
        Sweeps.Plan plan = new Sweeps.Plan(WalkForward.Window.EXPANDING, 90, 2, 10);
        List<SeriesModel> models = List.of(SeriesModel.arima(1, 0, 0), SeriesModel.localLevel());
        List<Row> rows = Sweeps.walkForward(data, SeriesColumns.of("instrument", "ts", "basis"), models, plan)
                .where("key = 'BTC-PERP' or key = 'BROKEN'").collectAsList();
        assertThat(rows).hasSize(4);
        WalkForward wf = WalkForward.of(WalkForward.Window.EXPANDING, 90).withHorizon(2).withRefitEvery(10);
        ForecastEvaluation arima = wf.evaluate("a", Forecasters.arima(ArimaSpec.of(1, 0, 0)), series("BTC-PERP"));
        ForecastEvaluation level = wf.evaluate("l", Forecasters.localLevel(), series("BTC-PERP"));
        for (Row r : rows) {
            if (r.getString(0).equals("BROKEN")) {
                assertThat(r.getString(2)).isEqualTo("failed");
                continue;
            }
            ForecastEvaluation e = r.getString(1).equals("local_level") ? level : arima;
            assertThat(r.getString(2)).isEqualTo("ok");
            assertThat(r.getInt(4)).isEqualTo(e.metrics().count());
            assertThat(r.getInt(5)).isEqualTo(e.refits());
            assertThat(r.getDouble(6)).isEqualTo(e.metrics().rmse());
            assertThat(r.getDouble(7)).isEqualTo(e.metrics().mae());
        }
    }

    @Test
    void backtestSweepMatchesTheLibraryPerKeyAndParameterSet() {
        Random random = new Random(5);
        int n = 200;
        List<Row> rows = new ArrayList<>();
        Map<String, double[][]> direct = new HashMap<>();
        for (String key : List.of("BTC", "ETH")) {
            double[][] cols = new double[3][n];
            double s = key.equals("BTC") ? 60_000 : 3_000;
            double b = 0;
            for (int t = 0; t < n; t++) {
                s *= Math.exp(0.002 * random.nextGaussian());
                b = 0.8 * b + 0.0008 * random.nextGaussian();
                cols[0][t] = s;
                cols[1][t] = s * (1 + b);
                cols[2][t] = t % 8 == 7 ? b / 3 : Double.NaN;
                rows.add(RowFactory.create(key, Timestamp.from(START.plusSeconds(3600L * t)), cols[0][t], cols[1][t],
                        t % 8 == 7 ? cols[2][t] : null));
            }
            direct.put(key, cols);
        }
        Collections.shuffle(rows, random);
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("instrument", DataTypes.StringType, false),
            DataTypes.createStructField("ts", DataTypes.TimestampType, false),
            DataTypes.createStructField("spot", DataTypes.DoubleType, false),
            DataTypes.createStructField("perp", DataTypes.DoubleType, false),
            DataTypes.createStructField("funding", DataTypes.DoubleType, true),
        });
        List<Sweeps.StrategyParameters> sets = List.of(new Sweeps.StrategyParameters("cash_and_carry", 0.001, 0.0002),
                new Sweeps.StrategyParameters("funding_carry", 0.0002, 0.00005));
        List<Row> out = Sweeps.backtest(spark.createDataFrame(rows, schema), "instrument", "ts", "spot", "perp",
                "funding", sets, 100_000).collectAsList();
        assertThat(out).hasSize(4);
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = (START.getEpochSecond() + 3600L * i) * 1_000_000_000L;
        }
        for (Row r : out) {
            double[][] c = direct.get(r.getString(0));
            BacktestData data = BacktestData.perpetual(TimeSeries.ofEpochNanos(t, c[0]), TimeSeries.ofEpochNanos(t, c[1]),
                    TimeSeries.ofEpochNanos(t, c[2]), Settlement.LINEAR);
            BacktestResult expected = Backtest.of(100_000).run(data, r.getString(1).equals("cash_and_carry")
                    ? Strategies.cashAndCarry(r.getDouble(2), r.getDouble(3))
                    : Strategies.fundingCarry(r.getDouble(2), r.getDouble(3)));
            assertThat(r.getString(4)).as(r.getString(5)).isEqualTo("ok");
            assertThat(r.getInt(6)).isEqualTo(expected.trades().size());
            double[] equity = expected.equity().valuesArray();
            assertThat(r.getDouble(7)).isEqualTo(equity[equity.length - 1]);
            assertThat(r.getDouble(8)).isEqualTo(expected.metrics().annualizedReturn());
            assertThat(r.getDouble(11)).isEqualTo(expected.metrics().maxDrawdown());
        }
        assertThat(out.stream().mapToInt(r -> r.getInt(6)).sum()).as("the thresholds must trade").isPositive();
        assertThatThrownBy(() -> new Sweeps.StrategyParameters("momentum", 0.1, 0.0))
                .hasMessage("Argument 'strategy' must be cash_and_carry or funding_carry but is 'momentum'");
    }

    @Test
    void badArgumentsAreRefusedOnTheDriverWithTheirNames() {
        assertThatThrownBy(() -> GroupFits.fit(data, SeriesColumns.of("instrument", "time", "basis"),
                SeriesModel.autoArima(), 1, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'data' has no column 'time'");
        assertThatThrownBy(() -> GroupFits.fit(data, SeriesColumns.of("instrument", "ts", "basis"),
                SeriesModel.autoArima(), 1, 1.0))
                .hasMessage("Argument 'level' must be in (0, 1) but has value 1.0");
        assertThatThrownBy(() -> GroupFits.fit(data, SeriesColumns.of("instrument", "ts", "basis"),
                SeriesModel.autoArima(), -1, 0.9))
                .hasMessage("Argument 'horizon' must be zero or greater but has value -1");
        assertThatThrownBy(() -> SeriesModel.garch(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'p'");
    }
}
