package io.github.basisspread.spark.example;

import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.spark.GroupFits;
import io.github.basisspread.spark.SeriesColumns;
import io.github.basisspread.spark.SeriesModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The scaling benchmark of the README (run by bench/spark-scaling.sh, not by the test suite):
 * S synthetic AR(1)-plus-drift series of P points, auto-ARIMA on each, timed four ways: a
 * sequential loop in one JVM, {@link AutoArima#fitAll(List)} (the common fork-join pool), and
 * {@link GroupFits#fit} on local[1] and local[2]. Spark's data are built and cached before the
 * clock starts; the fits are forced with the no-op sink. Wall-clock seconds, one run each after
 * a warm-up on 20 series.
 */
public final class ScalingBenchmark {

    private ScalingBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args series count S and points P (default 1000 1000)
     */
    public static void main(String[] args) {
        int s = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int p = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<double[]> series = generate(s, p);
        AutoArima auto = AutoArima.of();
        auto.fitAll(series.subList(0, Math.min(20, s))); // warm-up
        long t0 = System.nanoTime();
        for (double[] y : series) {
            auto.fit(y);
        }
        double sequential = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        auto.fitAll(series);
        double fitAll = (System.nanoTime() - t0) / 1e9;
        double local1 = spark("local[1]", s, p);
        double local2 = spark("local[2]", s, p);
        System.out.printf("series=%d points=%d cores=%d%n", s, p, Runtime.getRuntime().availableProcessors());
        System.out.printf("sequential loop   %8.1f s  %7.2f ms/series%n", sequential, 1e3 * sequential / s);
        System.out.printf("AutoArima.fitAll  %8.1f s  %7.2f ms/series%n", fitAll, 1e3 * fitAll / s);
        System.out.printf("Spark local[1]    %8.1f s  %7.2f ms/series  overhead vs sequential %+.2f ms/series%n",
                local1, 1e3 * local1 / s, 1e3 * (local1 - sequential) / s);
        System.out.printf("Spark local[2]    %8.1f s  %7.2f ms/series  overhead vs fitAll %+.2f ms/series%n",
                local2, 1e3 * local2 / s, 1e3 * (local2 - fitAll) / s);
    }

    private static double spark(String master, int s, int p) {
        SparkSession spark = SparkSession.builder().master(master).appName("scaling-" + master)
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", master.equals("local[1]") ? "4" : "8")
                .getOrCreate();
        try {
            // The rows are generated on the executors, key by key, with the generator the JVM runs
            // used (same seed per key, so the same numbers): building S x P rows on the driver and
            // handing them to createDataFrame does not fit a driver heap at 10,000 x 1,000.
            Dataset<Row> data = rows(spark, s, p).repartition(8).cache();
            data.count();
            SeriesColumns cols = SeriesColumns.of("key", "ts", "value");
            // Warm-up on a few keys, then the timed run over all of them.
            GroupFits.fit(data.where("key in ('S0','S1','S2','S3')"), cols, SeriesModel.autoArima(), 0, 0.95)
                    .write().format("noop").mode("overwrite").save();
            long t0 = System.nanoTime();
            GroupFits.fit(data, cols, SeriesModel.autoArima(), 0, 0.95).write().format("noop").mode("overwrite").save();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            spark.stop();
        }
    }

    /** The S x P rows (key, ts, value) of {@link #generate}, made on the executors. */
    static Dataset<Row> rows(SparkSession spark, int s, int p) {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("ts", DataTypes.TimestampType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, false),
        });
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        FlatMapFunction<Long, Row> perKey = id -> {
            int k = Math.toIntExact(id);
            double[] y = series(k, p);
            List<Row> out = new ArrayList<>(p);
            for (int t = 0; t < p; t++) {
                out.add(RowFactory.create("S" + k, Timestamp.from(start.plusSeconds(3600L * t)), y[t]));
            }
            return out.iterator();
        };
        return spark.range(s).as(Encoders.LONG()).flatMap(perKey, Encoders.row(schema));
    }

    /** S series of {@link #series}, keys 0 to S - 1. */
    static List<double[]> generate(int s, int p) {
        List<double[]> out = new ArrayList<>(s);
        for (int k = 0; k < s; k++) {
            out.add(series(k, p));
        }
        return out;
    }

    /** Series k: AR(1) around a random level with a small drift, as a basis in basis points might move. */
    static double[] series(int k, int p) {
        SplittableRandom random = new SplittableRandom(1000 + k);
        double phi = 0.3 + 0.6 * random.nextDouble();
        double level = 20 * random.nextDouble();
        double[] y = new double[p];
        double e = 0;
        for (int t = 0; t < p; t++) {
            e = phi * e + random.nextGaussian();
            y[t] = level + 0.001 * t + e;
        }
        return y;
    }
}
