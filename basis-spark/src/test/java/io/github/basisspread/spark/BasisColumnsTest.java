package io.github.basisspread.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.basis.Basis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.funding.FundingRate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The as-of join (hand-checked case and a property) and the basis columns against basis-core. */
class BasisColumnsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static final StructType SPOT = new StructType(new StructField[] {
        DataTypes.createStructField("instrument", DataTypes.StringType, false),
        DataTypes.createStructField("ts", DataTypes.TimestampType, false),
        DataTypes.createStructField("price", DataTypes.DoubleType, true),
    });

    private static final StructType QUOTES = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.IntegerType, false),
        DataTypes.createStructField("instrument", DataTypes.StringType, false),
        DataTypes.createStructField("ts", DataTypes.TimestampType, false),
        DataTypes.createStructField("future", DataTypes.DoubleType, true),
    });

    private static Timestamp at(int minutes) {
        return Timestamp.from(T0.plusSeconds(60L * minutes));
    }

    private static Map<Integer, Row> joined(List<Row> spot, List<Row> quotes, Duration staleness) {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> out = BasisColumns.asOfJoin(spark.createDataFrame(quotes, QUOTES),
                spark.createDataFrame(spot, SPOT), "instrument", "ts", "price", staleness);
        assertThat(out.columns()).containsExactly("id", "instrument", "ts", "future", "spot_price", "spot_time");
        Map<Integer, Row> byId = new HashMap<>();
        for (Row r : out.collectAsList()) {
            assertThat(byId.put(r.getInt(0), r)).as("quote %s duplicated", r.getInt(0)).isNull();
        }
        return byId;
    }

    @Test
    void asOfJoinTakesTheLatestSpotAtOrBeforeWithinTheStaleness() {
        List<Row> spot = List.of(
                RowFactory.create("BTC", at(0), 100.0),
                RowFactory.create("BTC", at(5), 101.0),
                RowFactory.create("BTC", at(10), 102.0),
                RowFactory.create("ETH", at(6), 50.0));
        List<Row> quotes = List.of(
                RowFactory.create(1, "BTC", at(-1), 99.0),   // before any BTC spot: none
                RowFactory.create(2, "BTC", at(0), 100.5),   // same instant: at or before, so 100
                RowFactory.create(3, "BTC", at(7), 101.5),   // 10:05 (2 min old), not ETH's 10:06
                RowFactory.create(4, "BTC", at(14), 102.5),  // 10:10, 4 min old
                RowFactory.create(5, "BTC", at(16), 102.5),  // 10:10 is 6 min old: stale, none
                RowFactory.create(6, "ETH", at(5), 50.5),    // ETH's only spot is in the future: none
                RowFactory.create(7, "ETH", at(11), 50.5));  // 10:06, exactly 5 min old: taken
        Map<Integer, Row> r = joined(spot, quotes, Duration.ofMinutes(5));
        assertThat(r).hasSize(7);
        Map<Integer, Double> expected = new HashMap<>();
        expected.put(1, null);
        expected.put(2, 100.0);
        expected.put(3, 101.0);
        expected.put(4, 102.0);
        expected.put(5, null);
        expected.put(6, null);
        expected.put(7, 50.0);
        for (var e : expected.entrySet()) {
            Row row = r.get(e.getKey());
            assertThat(row.isNullAt(4) ? null : row.getDouble(4)).as("quote %s", e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(r.get(3).getTimestamp(5)).isEqualTo(at(5));
        assertThat(r.get(5).isNullAt(5)).isTrue();
    }

    /** Brute force: the latest spot of the instrument at or before the quote, highest price among ties. */
    @Property(tries = 8)
    void asOfJoinNeverLooksAheadAndHonoursTheStaleness(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 40) Integer> btcSpot,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 40) Integer> ethSpot,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = -2, max = 45) Integer> quoteMinutes,
            @ForAll @IntRange(min = 0, max = 8) int staleMinutes) {
        List<Row> spot = new ArrayList<>();
        List<int[]> spotKeys = new ArrayList<>(); // instrument (0 BTC, 1 ETH), minute
        List<Double> spotPrices = new ArrayList<>();
        for (int k = 0; k < btcSpot.size() + ethSpot.size(); k++) {
            int inst = k < btcSpot.size() ? 0 : 1;
            int m = inst == 0 ? btcSpot.get(k) : ethSpot.get(k - btcSpot.size());
            double p = 1000 * (inst + 1) + m + 0.001 * k;
            spot.add(RowFactory.create(inst == 0 ? "BTC" : "ETH", at(m), p));
            spotKeys.add(new int[] {inst, m});
            spotPrices.add(p);
        }
        List<Row> quotes = new ArrayList<>();
        for (int i = 0; i < quoteMinutes.size(); i++) {
            quotes.add(RowFactory.create(i, i % 2 == 0 ? "BTC" : "ETH", at(quoteMinutes.get(i)), 1.0));
        }
        Map<Integer, Row> r = joined(spot, quotes, Duration.ofMinutes(staleMinutes));
        assertThat(r).hasSize(quotes.size());
        for (int i = 0; i < quoteMinutes.size(); i++) {
            int inst = i % 2;
            int qm = quoteMinutes.get(i);
            Integer bestMinute = null;
            Double bestPrice = null;
            for (int k = 0; k < spotKeys.size(); k++) {
                int m = spotKeys.get(k)[1];
                if (spotKeys.get(k)[0] != inst || m > qm) {
                    continue;
                }
                if (bestMinute == null || m > bestMinute || (m == bestMinute && spotPrices.get(k) > bestPrice)) {
                    bestMinute = m;
                    bestPrice = spotPrices.get(k);
                }
            }
            Double expected = bestMinute != null && qm - bestMinute <= staleMinutes ? bestPrice : null;
            Row row = r.get(i);
            assertThat(row.isNullAt(4) ? null : row.getDouble(4)).as("quote %s at minute %s", i, qm)
                    .isEqualTo(expected);
            if (!row.isNullAt(5)) {
                assertThat(row.getTimestamp(5)).isBeforeOrEqualTo(row.getTimestamp(2));
            }
        }
    }

    @Test
    void basisColumnsEqualBasisCoreOnTheSameRows() {
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        List<Object[]> raw = new ArrayList<>();
        long[] intervals = {3_600_000L, 14_400_000L, 28_800_000L, 1_234_567L, 0L};
        for (int i = 0; i < 300; i++) {
            // Micro-second times (Spark's precision), expiries up to a year away with odd seconds.
            long micros = T0.getEpochSecond() * 1_000_000L + (long) (random.nextDouble() * 86_400e6 * 30);
            Instant t = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
            Instant expiry = t.plusSeconds(1 + random.nextInt(365 * 86_400)).plusNanos(1000L * random.nextInt(1_000_000));
            DoubleSupplier price = () -> 100 + 60_000 * random.nextDouble();
            double s = price.getAsDouble();
            double f = s * (1 + 0.02 * random.nextGaussian());
            double rate = 0.0005 * random.nextGaussian();
            long interval = intervals[random.nextInt(intervals.length)];
            switch (i % 25) {
                case 1 -> s = 0.0;
                case 2 -> s = -s;
                case 3 -> f = Double.NaN;
                case 4 -> expiry = t.minusSeconds(60);
                case 5 -> expiry = t;
                case 6 -> rate = Double.POSITIVE_INFINITY;
                default -> { }
            }
            rows.add(RowFactory.create(i, Timestamp.from(t), Timestamp.from(expiry), s, f, rate, interval));
            raw.add(new Object[] {t, expiry, s, f, rate, interval});
        }
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.IntegerType, false),
            DataTypes.createStructField("ts", DataTypes.TimestampType, false),
            DataTypes.createStructField("expiry", DataTypes.TimestampType, false),
            DataTypes.createStructField("spot_price", DataTypes.DoubleType, false),
            DataTypes.createStructField("future", DataTypes.DoubleType, false),
            DataTypes.createStructField("rate", DataTypes.DoubleType, false),
            DataTypes.createStructField("interval_ms", DataTypes.LongType, false),
        });
        Dataset<Row> df = BasisColumns.withBasis(LocalSpark.session().createDataFrame(rows, schema), "future", "ts",
                        "expiry", Compounding.SIMPLE)
                .withColumn("basis_cont", BasisColumns.annualized(functions.col("spot_price"), functions.col("future"),
                        functions.col("ts"), functions.col("expiry"), Compounding.CONTINUOUS))
                .withColumn("apr", BasisColumns.fundingApr(functions.col("rate"), functions.col("interval_ms")));
        int checked = 0;
        for (Row r : df.collectAsList()) {
            Object[] x = raw.get(r.getInt(0));
            Instant t = (Instant) x[0];
            Instant expiry = (Instant) x[1];
            Basis b = null;
            try {
                b = Basis.of((double) x[2], (double) x[3], t);
            } catch (IllegalArgumentException e) {
                // core refuses the prices: every basis column must be null
            }
            assertThat(value(r, "basis_abs")).isEqualTo(b == null ? null : b.absolute());
            assertThat(value(r, "basis_bps")).isEqualTo(b == null ? null : b.inBasisPoints());
            assertThat(value(r, "basis_ann")).as("row %s", r.getInt(0))
                    .isEqualTo(b == null || !expiry.isAfter(t) ? null : b.annualized(expiry, Compounding.SIMPLE));
            assertThat(value(r, "basis_cont")).as("row %s", r.getInt(0))
                    .isEqualTo(b == null || !expiry.isAfter(t) ? null : b.annualized(expiry, Compounding.CONTINUOUS));
            Double apr;
            try {
                apr = FundingRate.of((double) x[4], Duration.ofMillis((long) x[5]), t).apr();
            } catch (IllegalArgumentException e) {
                apr = null;
            }
            assertThat(value(r, "apr")).as("row %s", r.getInt(0)).isEqualTo(apr);
            checked += b != null && apr != null && expiry.isAfter(t) ? 1 : 0;
        }
        assertThat(checked).isGreaterThan(150);
    }

    private static Double value(Row r, String column) {
        int i = r.fieldIndex(column);
        return r.isNullAt(i) ? null : r.getDouble(i);
    }

    @Test
    void badArgumentsAreRefusedWithTheirNames() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> spot = spark.createDataFrame(List.<Row>of(), SPOT);
        Dataset<Row> quotes = spark.createDataFrame(List.<Row>of(), QUOTES);
        assertThatThrownBy(() -> BasisColumns.asOfJoin(quotes, spot, "instrument", "ts", "close", Duration.ZERO))
                .hasMessageStartingWith("Argument 'spot' has no column 'close'");
        assertThatThrownBy(() -> BasisColumns.asOfJoin(quotes, spot, "instrument", "ts", "price",
                Duration.ofSeconds(-1)))
                .hasMessage("Argument 'maxStaleness' must be zero or more but has value PT-1S");
    }
}
