package io.github.basisspread.spark.example;

import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.spark.BasisColumns;
import io.github.basisspread.spark.GroupFits;
import io.github.basisspread.spark.SeriesColumns;
import io.github.basisspread.spark.SeriesModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The example Spark application: basis and funding for every instrument, auto-ARIMA per
 * instrument, everything written as Parquet.
 *
 * <p>With {@code --data DIR} it reads the shared market data (Binance BTCUSDT spot and perpetual
 * hourly closes; the funding histories of seven venues); with {@code --synthetic N} it generates
 * N instruments of {@code --points M} hourly spot, perpetual and 8-hourly funding observations
 * on the executors. It writes {@code OUT/basis} (the as-of joined quotes with the basis columns),
 * {@code OUT/funding} (rates with their APR) and {@code OUT/fits} (one row per instrument and
 * series: auto-ARIMA parameters, criteria and 24-step forecasts).
 *
 * <pre>
 * spark-submit --class io.github.basisspread.spark.example.BasisOnSpark basis-spark.jar --synthetic 5000 --out out
 * </pre>
 */
public final class BasisOnSpark {

    private static final String USAGE = "usage: BasisOnSpark (--data DIR | --synthetic N) [--points M] [--last K]"
            + " [--out DIR]";

    private BasisOnSpark() {
    }

    /**
     * Runs the application; the master comes from {@code spark-submit}, or is {@code local[*]}
     * when none is configured.
     *
     * @param args {@code --data DIR} (a local directory or a URI Spark reads) or {@code --synthetic N}; {@code --points M} (synthetic
     *     length, default 1000); {@code --last K} (observations per series fitted, default 1000);
     *     {@code --out DIR} (default {@code basis-spark-out})
     * @throws IllegalArgumentException if an argument is unknown or malformed
     */
    public static void main(String[] args) {
        Options o = Options.parse(args);
        SparkSession.Builder builder = SparkSession.builder().appName("basis-on-spark")
                .config("spark.sql.session.timeZone", "UTC");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder = builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary s = run(spark, o);
            System.out.println(s);
        } finally {
            spark.stop();
        }
    }

    /** What a run wrote: row counts of the three tables and the failed fits. */
    record Summary(long basisRows, long fundingRows, long fits, long failedFits, String out) {
        @Override
        public String toString() {
            return "wrote " + basisRows + " basis rows, " + fundingRows + " funding rows, " + fits + " fits ("
                    + failedFits + " failed) to " + out;
        }
    }

    /** The command-line options. */
    record Options(String data, int synthetic, int points, int last, String out) {
        static Options parse(String[] args) {
            String data = null;
            int synthetic = 0;
            int points = 1000;
            int last = 1000;
            String out = "basis-spark-out";
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Argument '" + a + "' needs a value; " + USAGE);
                }
                String v = args[++i];
                switch (a) {
                    case "--data" -> data = v;
                    case "--synthetic" -> synthetic = positive(a, v);
                    case "--points" -> points = positive(a, v);
                    case "--last" -> last = positive(a, v);
                    case "--out" -> out = v;
                    default -> throw new IllegalArgumentException("Argument '" + a + "' is unknown; " + USAGE);
                }
            }
            if ((data == null) == (synthetic == 0)) {
                throw new IllegalArgumentException("Give exactly one of --data and --synthetic; " + USAGE);
            }
            // A URI (hdfs://, s3a://) is Spark's to read; a local path must exist.
            if (data != null && !data.contains("://") && !Files.isDirectory(Path.of(data))) {
                throw new IllegalArgumentException("Argument '--data' must be a directory but is '" + data + "'");
            }
            return new Options(data, synthetic, points, last, out);
        }

        private static int positive(String name, String v) {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("Argument '" + name + "' must be a positive integer but is '" + v + "'");
        }
    }

    static Summary run(SparkSession spark, Options o) {
        Dataset<Row> spot;
        Dataset<Row> perp;
        Dataset<Row> funding;
        if (o.data() != null) {
            String binance = o.data() + "/binance-btcusdt-spot-perp-hourly-2024-2026/";
            spot = hourlyCloses(spark, binance + "binance_btcusdt_spot_1h.csv", "price");
            perp = hourlyCloses(spark, binance + "binance_btcusdt_perp_1h.csv", "perp");
            funding = venueFunding(spark, o.data() + "/funding-rates-btc-eth-7venues-2020-2023");
        } else {
            Dataset<Row> all = synthetic(spark, o.synthetic(), o.points()).cache();
            spot = all.select("instrument", "ts", "price");
            perp = all.select("instrument", "ts", "perp");
            funding = all.where(functions.col("rate").isNotNull())
                    .select(functions.col("instrument"), functions.col("ts"), functions.col("rate"),
                            functions.lit(8 * 3_600_000L).as("interval_ms"));
        }
        Dataset<Row> basis = BasisColumns.withBasis(
                BasisColumns.asOfJoin(perp, spot, "instrument", "ts", "price", Duration.ofHours(1)),
                "perp", "ts", null, Compounding.SIMPLE).cache();
        Dataset<Row> fundingApr = funding.withColumn("apr",
                BasisColumns.fundingApr(functions.col("rate"), functions.col("interval_ms"))).cache();
        basis.write().mode(SaveMode.Overwrite).parquet(o.out() + "/basis");
        fundingApr.write().mode(SaveMode.Overwrite).parquet(o.out() + "/funding");

        Dataset<Row> series = lastPerKey(basis.where(functions.col("basis_bps").isNotNull())
                        .select(functions.concat(functions.col("instrument"), functions.lit(" basis_bps")).as("key"),
                                functions.col("ts"), functions.col("basis_bps").as("value")), o.last())
                .unionByName(lastPerKey(fundingApr.where(functions.col("apr").isNotNull())
                        .select(functions.concat(functions.col("instrument"), functions.lit(" funding_apr")).as("key"),
                                functions.col("ts"), functions.col("apr").as("value")), o.last()));
        Dataset<Row> fits = GroupFits.fit(series, SeriesColumns.of("key", "ts", "value"), SeriesModel.autoArima(), 24,
                0.95).cache();
        fits.write().mode(SaveMode.Overwrite).parquet(o.out() + "/fits");
        return new Summary(basis.count(), fundingApr.count(), fits.count(),
                fits.where(functions.col("status").equalTo(GroupFits.FAILED)).count(), o.out());
    }

    /** The last {@code k} observations of every key. */
    private static Dataset<Row> lastPerKey(Dataset<Row> data, int k) {
        return data.withColumn("__rank", functions.row_number().over(
                        Window.partitionBy("key").orderBy(functions.col("ts").desc())))
                .where(functions.col("__rank").leq(k)).drop("__rank");
    }

    private static Dataset<Row> hourlyCloses(SparkSession spark, String csv, String priceName) {
        return spark.read().option("header", "true").csv(csv)
                .select(functions.concat(functions.col("INSTRUMENT"), functions.lit("@"), functions.col("MARKET"))
                                .as("instrument"),
                        functions.to_timestamp(functions.col("TIMESTAMP")).as("ts"),
                        functions.col("CLOSE").cast("double").as(priceName));
    }

    /**
     * The funding histories, one file per symbol and venue; the interval of each instrument is
     * the most common gap between its consecutive settlements (8 h, or 1 h for dYdX).
     */
    private static Dataset<Row> venueFunding(SparkSession spark, String dir) {
        Dataset<Row> raw = spark.read().option("header", "true").csv(dir + "/*_funding_history.csv")
                .withColumn("file", functions.input_file_name())
                .select(functions.concat(functions.col("Symbol"), functions.lit("@"),
                                functions.regexp_extract(functions.col("file"), "[A-Z]+-[A-Z]+_([a-z0-9]+)_", 1))
                                .as("instrument"),
                        functions.to_timestamp(functions.col("Date")).as("ts"),
                        functions.col("Funding Rate").cast("double").as("rate"));
        Column gap = functions.unix_millis(functions.col("ts")).minus(functions.lag(functions.unix_millis(
                functions.col("ts")), 1).over(Window.partitionBy("instrument").orderBy("ts")));
        Dataset<Row> gaps = raw.withColumn("gap", gap).where(functions.col("gap").isNotNull())
                .groupBy("instrument", "gap").count()
                .withColumn("__rank", functions.row_number().over(Window.partitionBy("instrument")
                        .orderBy(functions.col("count").desc(), functions.col("gap"))))
                .where(functions.col("__rank").equalTo(1))
                .select(functions.col("instrument"), functions.col("gap").as("interval_ms"));
        return raw.join(gaps, "instrument");
    }

    /** N instruments of M hourly points: a log random walk spot, an AR(1) basis, funding every 8 h. */
    static Dataset<Row> synthetic(SparkSession spark, int instruments, int points) {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("instrument", DataTypes.StringType, false),
            DataTypes.createStructField("ts", DataTypes.TimestampType, false),
            DataTypes.createStructField("price", DataTypes.DoubleType, false),
            DataTypes.createStructField("perp", DataTypes.DoubleType, false),
            DataTypes.createStructField("rate", DataTypes.DoubleType, true),
        });
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        FlatMapFunction<Long, Row> generate = id -> {
            SplittableRandom random = new SplittableRandom(id);
            List<Row> rows = new ArrayList<>(points);
            double logSpot = Math.log(100 + 900 * random.nextDouble());
            double b = 0;
            double mean = 0.0005 * random.nextDouble();
            for (int t = 0; t < points; t++) {
                logSpot += 0.005 * gaussian(random);
                b = mean + 0.9 * (b - mean) + 0.0002 * gaussian(random);
                double s = Math.exp(logSpot);
                Double rate = t % 8 == 7 ? b / 3 : null;
                rows.add(RowFactory.create(String.format("SYN%05d", id), Timestamp.from(start.plusSeconds(3600L * t)),
                        s, s * (1 + b), rate));
            }
            return rows.iterator();
        };
        return spark.range(instruments).as(Encoders.LONG()).flatMap(generate, Encoders.row(schema));
    }

    private static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }
}
