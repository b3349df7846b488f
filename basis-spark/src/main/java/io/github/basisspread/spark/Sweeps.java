package io.github.basisspread.spark;

import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.backtest.Backtest;
import io.github.basisspread.models.backtest.BacktestData;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.BasisStrategy;
import io.github.basisspread.models.backtest.PerformanceMetrics;
import io.github.basisspread.models.backtest.Strategies;
import io.github.basisspread.models.evaluation.AccuracyMetrics;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.WalkForward;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Walk-forward evaluations and backtest parameter sweeps distributed by (key, parameter set):
 * every key's rows are copied once per parameter set and each (key, set) pair is one group,
 * evaluated in one task by the library's own {@link WalkForward} or {@link Backtest}. A pair
 * that fails gets a row with {@code status = "failed"} and the error, as in {@link GroupFits}.
 */
public final class Sweeps {

    /** The schema of {@link #walkForward}'s result. */
    public static final StructType WALK_FORWARD_SCHEMA = new StructType(new StructField[] {
        GroupFits.field("key", DataTypes.StringType),
        GroupFits.field("model", DataTypes.StringType),
        GroupFits.field("status", DataTypes.StringType),
        GroupFits.field("error", DataTypes.StringType),
        GroupFits.field("forecasts", DataTypes.IntegerType),
        GroupFits.field("refits", DataTypes.IntegerType),
        GroupFits.field("rmse", DataTypes.DoubleType),
        GroupFits.field("mae", DataTypes.DoubleType),
        GroupFits.field("mase", DataTypes.DoubleType),
    });

    /** The schema of {@link #backtest}'s result. */
    public static final StructType BACKTEST_SCHEMA = new StructType(new StructField[] {
        GroupFits.field("key", DataTypes.StringType),
        GroupFits.field("strategy", DataTypes.StringType),
        GroupFits.field("entry", DataTypes.DoubleType),
        GroupFits.field("exit", DataTypes.DoubleType),
        GroupFits.field("status", DataTypes.StringType),
        GroupFits.field("error", DataTypes.StringType),
        GroupFits.field("trades", DataTypes.IntegerType),
        GroupFits.field("final_equity", DataTypes.DoubleType),
        GroupFits.field("annualized_return", DataTypes.DoubleType),
        GroupFits.field("annualized_volatility", DataTypes.DoubleType),
        GroupFits.field("sharpe", DataTypes.DoubleType),
        GroupFits.field("max_drawdown", DataTypes.DoubleType),
    });

    /**
     * The walk-forward plan: window type and length, horizon and refit interval, as
     * {@link WalkForward#of(WalkForward.Window, int)}, {@code withHorizon}, {@code withRefitEvery}.
     *
     * @param window expanding or rolling
     * @param length the (initial) training window, at least 2
     * @param horizon the forecast horizon, at least 1
     * @param refitEvery refit every this many origins, at least 1
     */
    public record Plan(WalkForward.Window window, int length, int horizon, int refitEvery) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        /**
         * Validates the plan as {@link WalkForward} would.
         *
         * @param window expanding or rolling
         * @param length the training window
         * @param horizon the horizon
         * @param refitEvery the refit interval
         * @throws IllegalArgumentException if a value is out of range
         */
        public Plan {
            toWalkForward(window, length, horizon, refitEvery);
        }

        WalkForward walkForward() {
            return toWalkForward(window, length, horizon, refitEvery);
        }

        private static WalkForward toWalkForward(WalkForward.Window window, int length, int horizon, int refitEvery) {
            return WalkForward.of(window, length).withHorizon(horizon).withRefitEvery(refitEvery);
        }
    }

    /**
     * A backtest parameter set: the strategy ({@code cash_and_carry} or {@code funding_carry}, see
     * {@link Strategies}) and its entry and exit thresholds.
     *
     * @param strategy {@code cash_and_carry} or {@code funding_carry}
     * @param entry the entry threshold
     * @param exit the exit threshold
     */
    public record StrategyParameters(String strategy, double entry, double exit) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        /**
         * Validates the parameters by building the strategy.
         *
         * @param strategy the strategy name
         * @param entry the entry threshold
         * @param exit the exit threshold
         * @throws IllegalArgumentException if the name is unknown or a threshold out of range
         */
        public StrategyParameters {
            build(strategy, entry, exit);
        }

        BasisStrategy build() {
            return build(strategy, entry, exit);
        }

        private static BasisStrategy build(String strategy, double entry, double exit) {
            if ("cash_and_carry".equals(strategy)) {
                return Strategies.cashAndCarry(entry, exit);
            }
            if ("funding_carry".equals(strategy)) {
                return Strategies.fundingCarry(entry, exit);
            }
            throw new IllegalArgumentException("Argument 'strategy' must be cash_and_carry or funding_carry but is '"
                    + strategy + "'");
        }
    }

    private Sweeps() {
    }

    /**
     * Walks every model forward over every key: one row per (key, model) with the number of
     * forecasts, the refits and RMSE, MAE and MASE of the h-step forecasts
     * ({@link ForecastEvaluation#metrics()}). Regressor columns are ignored.
     *
     * @param data the long-format DataFrame
     * @param columns its key, time and value columns
     * @param models the models (parameter sets) to evaluate, at least one
     * @param plan the walk-forward plan
     * @return one row per (key, model), schema {@link #WALK_FORWARD_SCHEMA}
     * @throws IllegalArgumentException if an argument is null, a column is missing or no model is given
     */
    public static Dataset<Row> walkForward(Dataset<Row> data, SeriesColumns columns, List<SeriesModel> models,
            Plan plan) {
        if (columns == null || plan == null || models == null || models.isEmpty() || models.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("Arguments 'columns', 'plan' and 'models' must be given, 'models' at"
                    + " least one model and no null, but were " + columns + ", " + plan + ", " + models);
        }
        columns.requireIn(data, "data");
        List<SeriesModel> sets = List.copyOf(models);
        Dataset<Row> projected = SeriesGroup.project(data, SeriesColumns.of(columns.key(), columns.time(),
                columns.value()));
        FlatMapGroupsFunction<Tuple2<String, Integer>, Row, Row> perPair = (pair, rows) -> {
            SeriesModel model = sets.get(pair._2());
            Row out;
            try {
                TimeSeries series = SeriesGroup.gather(rows, false).series();
                ForecastEvaluation e = plan.walkForward().evaluate(model.name(), model.forecaster(), series);
                AccuracyMetrics m = e.metrics();
                out = RowFactory.create(pair._1(), model.name(), GroupFits.OK, null, m.count(), e.refits(), m.rmse(),
                        m.mae(), m.mase());
            } catch (RuntimeException ex) {
                out = RowFactory.create(pair._1(), model.name(), GroupFits.FAILED, SeriesGroup.describe(ex), null, null,
                        null, null, null);
            }
            return List.of(out).iterator();
        };
        return byParameterSet(projected, sets.size())
                .groupByKey((MapFunction<Row, Tuple2<String, Integer>>) r -> new Tuple2<>(r.getString(0), r.getInt(4)),
                        Encoders.tuple(Encoders.STRING(), Encoders.INT()))
                .flatMapGroups(perPair, Encoders.row(WALK_FORWARD_SCHEMA));
    }

    /**
     * Backtests every parameter set on every key's perpetual: spot and perpetual prices on common
     * timestamps and the funding rate settled at each row (null where none settles), linear
     * settlement, {@link Backtest#of(double)} with the given capital. One row per (key, set).
     *
     * @param data the rows (key, time, spot, perpetual, funding)
     * @param key the key column
     * @param time the timestamp column
     * @param spot the spot price column
     * @param perpetual the perpetual price column
     * @param funding the settled funding rate column (decimal per interval, null when none)
     * @param parameterSets the parameter sets, at least one
     * @param capital the initial capital, positive
     * @return one row per (key, parameter set), schema {@link #BACKTEST_SCHEMA}
     * @throws IllegalArgumentException if an argument is null, a column is missing or no set is given
     */
    public static Dataset<Row> backtest(Dataset<Row> data, String key, String time, String spot, String perpetual,
            String funding, List<StrategyParameters> parameterSets, double capital) {
        if (parameterSets == null || parameterSets.isEmpty() || parameterSets.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("Argument 'parameterSets' must hold at least one set and no null but is "
                    + parameterSets);
        }
        Backtest.of(capital); // validates the capital on the driver
        SeriesColumns cols = new SeriesColumns(key, time, spot, List.of(perpetual, funding));
        cols.requireIn(data, "data");
        List<StrategyParameters> sets = List.copyOf(parameterSets);
        Column x = functions.array(functions.col(perpetual).cast("double"), functions.col(funding).cast("double"));
        Dataset<Row> projected = data.select(functions.col(key).cast("string").as("key"),
                functions.unix_micros(functions.col(time).cast("timestamp")).as("t"),
                functions.col(spot).cast("double").as("v"), x.as("x"));
        FlatMapGroupsFunction<Tuple2<String, Integer>, Row, Row> perPair = (pair, rows) -> {
            StrategyParameters p = sets.get(pair._2());
            Row out;
            try {
                SeriesGroup g = SeriesGroup.gatherWithNulls(rows);
                int n = g.values.length;
                double[] perp = new double[n];
                double[] rate = new double[n];
                for (int i = 0; i < n; i++) {
                    perp[i] = g.regressors[i][0];
                    rate[i] = g.regressors[i][1];
                }
                BacktestData bd = BacktestData.perpetual(g.series(), TimeSeries.ofEpochNanos(g.epochNanos, perp),
                        TimeSeries.ofEpochNanos(g.epochNanos, rate), Settlement.LINEAR);
                BacktestResult r = Backtest.of(capital).run(bd, p.build());
                PerformanceMetrics m = r.metrics();
                double[] equity = r.equity().valuesArray();
                out = RowFactory.create(pair._1(), p.strategy(), p.entry(), p.exit(), GroupFits.OK, null,
                        r.trades().size(), equity[equity.length - 1], m.annualizedReturn(), m.annualizedVolatility(),
                        m.sharpe().isPresent() ? m.sharpe().getAsDouble() : null, m.maxDrawdown());
            } catch (RuntimeException ex) {
                out = RowFactory.create(pair._1(), p.strategy(), p.entry(), p.exit(), GroupFits.FAILED,
                        SeriesGroup.describe(ex), null, null, null, null, null, null);
            }
            return List.of(out).iterator();
        };
        return byParameterSet(projected, sets.size())
                .groupByKey((MapFunction<Row, Tuple2<String, Integer>>) r -> new Tuple2<>(r.getString(0), r.getInt(4)),
                        Encoders.tuple(Encoders.STRING(), Encoders.INT()))
                .flatMapGroups(perPair, Encoders.row(BACKTEST_SCHEMA));
    }

    /** The projected rows crossed with the parameter-set indices 0..count-1 (column 4, "set"). */
    private static Dataset<Row> byParameterSet(Dataset<Row> projected, int count) {
        SparkSession spark = projected.sparkSession();
        List<Row> indices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            indices.add(RowFactory.create(i));
        }
        Dataset<Row> sets = spark.createDataFrame(indices,
                new StructType(new StructField[] {GroupFits.field("set", DataTypes.IntegerType)}));
        return projected.crossJoin(functions.broadcast(sets));
    }
}
