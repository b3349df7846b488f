package io.github.basisspread.spark;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.api.InformationCriteria;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Fits a model to every key of a long-format DataFrame on the executors and forecasts it: one
 * output row per key with the parameters, log-likelihood, information criteria, convergence
 * facts and the h-step forecasts with their intervals.
 *
 * <p>Each key's rows are gathered in one task ({@code groupByKey} then {@code flatMapGroups}),
 * sorted by time, and fitted by the same library call a single JVM would make
 * ({@link SeriesModel#fit(TimeSeries, double[][])}), so a key's row holds exactly the numbers
 * of a direct call. A key whose fit fails (too few observations, repeated timestamps, an
 * {@link io.github.basisspread.models.api.EstimationException}, ...) gets a row with
 * {@code status = "failed"} and the error; it never fails the job. Errors (out of memory) still
 * do.
 *
 * <p>A key's whole series must fit in one executor's memory, as it must for a single-JVM fit.
 */
public final class GroupFits {

    /** The {@code status} of a key fitted and forecast. */
    public static final String OK = "ok";

    /** The {@code status} of a key whose fit or forecast failed; {@code error} says why. */
    public static final String FAILED = "failed";

    /**
     * The schema of {@link #fit}'s result: key, model, status, error, nobs, parameters,
     * estimates, standard_errors (NaN where the model has none), log_likelihood, aic, aicc, bic,
     * hqic, converged, iterations, evaluations, gradient_norm, level, forecast_mean, forecast_se,
     * forecast_lower, forecast_upper (arrays of the horizon's length; null for a model with
     * regressors, whose future values are not in the data, and for a failed key).
     */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("key", DataTypes.StringType),
        field("model", DataTypes.StringType),
        field("status", DataTypes.StringType),
        field("error", DataTypes.StringType),
        field("nobs", DataTypes.IntegerType),
        field("parameters", DataTypes.createArrayType(DataTypes.StringType)),
        field("estimates", DataTypes.createArrayType(DataTypes.DoubleType)),
        field("standard_errors", DataTypes.createArrayType(DataTypes.DoubleType)),
        field("log_likelihood", DataTypes.DoubleType),
        field("aic", DataTypes.DoubleType),
        field("aicc", DataTypes.DoubleType),
        field("bic", DataTypes.DoubleType),
        field("hqic", DataTypes.DoubleType),
        field("converged", DataTypes.BooleanType),
        field("iterations", DataTypes.IntegerType),
        field("evaluations", DataTypes.IntegerType),
        field("gradient_norm", DataTypes.DoubleType),
        field("level", DataTypes.DoubleType),
        field("forecast_mean", DataTypes.createArrayType(DataTypes.DoubleType)),
        field("forecast_se", DataTypes.createArrayType(DataTypes.DoubleType)),
        field("forecast_lower", DataTypes.createArrayType(DataTypes.DoubleType)),
        field("forecast_upper", DataTypes.createArrayType(DataTypes.DoubleType)),
    });

    private GroupFits() {
    }

    /**
     * Fits the model to every key and forecasts {@code horizon} steps with intervals at
     * {@code level}.
     *
     * @param data the long-format DataFrame
     * @param columns its key, time, value and regressor columns
     * @param model the model fitted to every key
     * @param horizon the number of steps to forecast, 0 (no forecasts) or more; ignored when
     *     the columns name regressors (their future values are unknown, so no forecast is made)
     * @param level the interval level, in (0, 1), for example 0.95
     * @return one row per key, schema {@link #SCHEMA}
     * @throws IllegalArgumentException if an argument is null, a column is missing, the horizon
     *     is negative or the level is not in (0, 1)
     */
    public static Dataset<Row> fit(Dataset<Row> data, SeriesColumns columns, SeriesModel model, int horizon,
            double level) {
        if (columns == null) {
            throw new IllegalArgumentException("Argument 'columns' must not be null");
        }
        columns.requireIn(data, "data");
        if (model == null) {
            throw new IllegalArgumentException("Argument 'model' must not be null");
        }
        if (horizon < 0) {
            throw new IllegalArgumentException("Argument 'horizon' must be zero or greater but has value " + horizon);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Argument 'level' must be in (0, 1) but has value " + level);
        }
        boolean hasX = !columns.regressors().isEmpty();
        FlatMapGroupsFunction<String, Row, Row> perKey =
                (key, rows) -> List.of(fitKey(key, rows, hasX, model, hasX ? 0 : horizon, level)).iterator();
        return SeriesGroup.project(data, columns)
                .groupByKey((MapFunction<Row, String>) r -> r.getString(SeriesGroup.KEY), Encoders.STRING())
                .flatMapGroups(perKey, Encoders.row(SCHEMA));
    }

    /**
     * One row per key and forecast step from {@link #fit}'s result: key, model, step (1 to h),
     * mean, se, lower, upper, level. Failed keys have no rows here.
     *
     * @param fits the result of {@link #fit}
     * @return the long table of forecasts
     */
    public static Dataset<Row> forecastSteps(Dataset<Row> fits) {
        if (fits == null) {
            throw new IllegalArgumentException("Argument 'fits' must not be null");
        }
        Dataset<Row> exploded = fits.where(functions.col("status").equalTo(OK))
                .select(functions.col("key"), functions.col("model"), functions.col("level"),
                        functions.col("forecast_se"), functions.col("forecast_lower"), functions.col("forecast_upper"),
                        functions.posexplode(functions.col("forecast_mean")).as(new String[] {"pos", "mean"}));
        return exploded.select(functions.col("key"), functions.col("model"),
                functions.col("pos").plus(1).as("step"), functions.col("mean"),
                functions.col("forecast_se").getItem(functions.col("pos")).as("se"),
                functions.col("forecast_lower").getItem(functions.col("pos")).as("lower"),
                functions.col("forecast_upper").getItem(functions.col("pos")).as("upper"),
                functions.col("level"));
    }

    /** Fits one key; any RuntimeException becomes a failed row. */
    static Row fitKey(String key, Iterator<Row> rows, boolean hasX, SeriesModel model, int horizon, double level) {
        int nobs = -1;
        try {
            SeriesGroup group = SeriesGroup.gather(rows, hasX);
            nobs = group.values.length;
            ForecastingFit fit = model.fit(group.series(), group.regressors);
            return okRow(key, model, fit, horizon, level);
        } catch (RuntimeException e) {
            return RowFactory.create(key, model.name(), FAILED, SeriesGroup.describe(e), nobs < 0 ? null : nobs,
                    null, null, null, null, null, null, null, null, null, null, null, null, level,
                    null, null, null, null);
        }
    }

    private static Row okRow(String key, SeriesModel model, ForecastingFit fit, int horizon, double level) {
        InformationCriteria ic = fit.informationCriteria();
        ConvergenceInfo c = fit.convergence();
        List<Double> mean = null;
        List<Double> se = null;
        List<Double> lower = null;
        List<Double> upper = null;
        if (horizon > 0) {
            Forecast f = fit.forecast(horizon);
            ConfidenceBand band = f.interval(level);
            mean = boxed(f.mean());
            se = boxed(f.standardErrors());
            lower = boxed(band.lower());
            upper = boxed(band.upper());
        }
        return RowFactory.create(key, model.name(), OK, null, fit.nobs(), seq(fit.parameterNames()),
                seq(boxed(fit.estimates())), seq(boxed(fit.standardErrors())), fit.logLikelihood(), ic.aic(), ic.aicc(),
                ic.bic(), ic.hqic(), c.converged(), c.iterations(), c.evaluations(), c.gradientNorm(), level, seq(mean),
                seq(se), seq(lower), seq(upper));
    }

    static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /** An array column's external value: the row encoder takes a Scala sequence. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return values == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
