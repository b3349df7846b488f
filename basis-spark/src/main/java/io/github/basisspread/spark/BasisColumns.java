package io.github.basisspread.spark;

import io.github.basisspread.core.basis.Compounding;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The basis as DataFrame operations: the as-of join of derivative quotes to spot, then the
 * absolute, basis-point and annualized basis and the funding APR as columns, each computing
 * the very arithmetic of {@code basis-core} in the same order, so that a column equals the core
 * method on the same row bit for bit:
 * {@link io.github.basisspread.core.basis.Basis#absolute()} {@code F - S},
 * {@link io.github.basisspread.core.basis.Basis#inBasisPoints()} {@code (F / S - 1) * 10^4},
 * {@link io.github.basisspread.core.basis.Basis#annualized(java.time.Instant, Compounding)}
 * (ACT/365F; simple {@code (F / S - 1) / tau}, continuous {@code ln(F / S) / tau}, the logarithm
 * taken by the core's {@link Compounding#annualize(double, double)} in a UDF so that it is
 * {@code Math.log} and not Spark's {@code StrictMath.log}), and
 * {@link io.github.basisspread.core.funding.FundingRate#apr()} {@code rate * (365 days / interval)}.
 *
 * <p>Where the core would refuse the inputs (a price not finite and positive, an expiry not after
 * the quote, a funding rate not finite, an interval not positive) the column is null: a row is
 * never dropped and a number is never invented.
 */
public final class BasisColumns {

    private static final double BASIS_POINTS_PER_UNIT = 10_000.0;
    private static final double SECONDS_PER_DAY = 86_400.0;
    private static final double NANOS_PER_DAY = 86_400e9;
    private static final double DAYS_PER_YEAR = 365;
    private static final double SECONDS_PER_YEAR = 365 * 86_400.0;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    /** Name of the spot price column the as-of join adds. */
    public static final String SPOT_PRICE = "spot_price";

    /** Name of the spot timestamp column the as-of join adds (the quote that was matched). */
    public static final String SPOT_TIME = "spot_time";

    private static final UserDefinedFunction CONTINUOUS = functions.udf(
            (org.apache.spark.sql.api.java.UDF2<Double, Double, Double>) (ratio, tau) ->
                    ratio == null || tau == null ? null : Compounding.CONTINUOUS.annualize(ratio, tau),
            DataTypes.DoubleType);

    private BasisColumns() {
    }

    /**
     * The as-of join: for every derivative quote, the latest spot quote of the same instrument at
     * or before it, if that spot quote is at most {@code maxStaleness} older. Adds
     * {@value #SPOT_PRICE} and {@value #SPOT_TIME}, null where no spot quote qualifies; every
     * derivative row is kept, none is duplicated. A spot quote never comes from the future of the
     * derivative quote. Spot rows with a null or NaN price are not quotes and are ignored. Among
     * spot quotes at the same instant the one with the highest price is taken (a deterministic
     * rule for a feed that should not repeat instants).
     *
     * @param derivatives the derivative quotes, with the instrument and time columns
     * @param spot the spot quotes, with the same instrument and time columns and the price column
     * @param instrument the instrument column of both tables
     * @param time the timestamp column of both tables
     * @param spotPrice the spot price column of {@code spot}
     * @param maxStaleness the greatest age of the matched spot quote, zero or more
     * @return the derivative quotes with {@value #SPOT_PRICE} and {@value #SPOT_TIME}
     * @throws IllegalArgumentException if a table or name is null, a column is missing, the
     *     derivatives already have a {@value #SPOT_PRICE} or {@value #SPOT_TIME} column, or the
     *     staleness is null or negative
     */
    public static Dataset<Row> asOfJoin(Dataset<Row> derivatives, Dataset<Row> spot, String instrument, String time,
            String spotPrice, Duration maxStaleness) {
        require(derivatives, "derivatives", instrument, time);
        require(spot, "spot", instrument, time, spotPrice);
        for (String taken : List.of(SPOT_PRICE, SPOT_TIME, "__side")) {
            if (Set.of(derivatives.columns()).contains(taken)) {
                throw new IllegalArgumentException("Argument 'derivatives' must not have a column '" + taken
                        + "' (the join adds it) but has columns " + List.of(derivatives.columns()));
            }
        }
        if (maxStaleness == null || maxStaleness.isNegative()) {
            throw new IllegalArgumentException("Argument 'maxStaleness' must be zero or more but has value "
                    + maxStaleness);
        }
        long maxMicros = Math.addExact(Math.multiplyExact(maxStaleness.getSeconds(), MICROS_PER_SECOND),
                maxStaleness.getNano() / 1000);
        Column ts = functions.col(time).cast("timestamp");
        Dataset<Row> d = derivatives.withColumn("__side", functions.lit(1))
                .withColumn(SPOT_PRICE, functions.lit(null).cast("double"))
                .withColumn(SPOT_TIME, functions.lit(null).cast("timestamp"));
        Dataset<Row> s = spot.where(functions.col(spotPrice).isNotNull()
                        .and(functions.not(functions.isnan(functions.col(spotPrice).cast("double")))))
                .select(functions.col(instrument), functions.col(time),
                        functions.col(spotPrice).cast("double").as(SPOT_PRICE), ts.as(SPOT_TIME),
                        functions.lit(0).as("__side"));
        // Spot rows sort before derivative rows at the same instant ("at or before"); the frame
        // ends at the current row, so nothing after a derivative quote can reach it.
        WindowSpec w = Window.partitionBy(functions.col(instrument))
                .orderBy(ts, functions.col("__side"), functions.col(SPOT_PRICE))
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        Dataset<Row> swept = d.unionByName(s, true)
                .withColumn(SPOT_PRICE, functions.last(functions.col(SPOT_PRICE), true).over(w))
                .withColumn(SPOT_TIME, functions.last(functions.col(SPOT_TIME), true).over(w))
                .where(functions.col("__side").equalTo(1));
        Column age = functions.unix_micros(ts).minus(functions.unix_micros(functions.col(SPOT_TIME)));
        Column fresh = age.leq(maxMicros);
        return swept.withColumn(SPOT_PRICE, functions.when(fresh, functions.col(SPOT_PRICE)))
                .withColumn(SPOT_TIME, functions.when(fresh, functions.col(SPOT_TIME)))
                .drop("__side")
                .select(selectInOrder(derivatives));
    }

    private static Column[] selectInOrder(Dataset<Row> derivatives) {
        List<String> names = new java.util.ArrayList<>(List.of(derivatives.columns()));
        names.add(SPOT_PRICE);
        names.add(SPOT_TIME);
        return names.stream().map(functions::col).toArray(Column[]::new);
    }

    /**
     * {@code F - S}, null unless both prices are finite and positive with a finite non-zero ratio.
     *
     * @param spot the spot price column
     * @param derivative the derivative price column
     * @return the absolute basis
     */
    public static Column absolute(Column spot, Column derivative) {
        return functions.when(valid(spot, derivative), derivative.minus(spot));
    }

    /**
     * {@code (F / S - 1) * 10^4}, null where {@link #absolute} is.
     *
     * @param spot the spot price column
     * @param derivative the derivative price column
     * @return the basis in basis points
     */
    public static Column basisPoints(Column spot, Column derivative) {
        return functions.when(valid(spot, derivative),
                derivative.divide(spot).minus(1.0).multiply(BASIS_POINTS_PER_UNIT));
    }

    /**
     * The annualized basis to expiry, ACT/365F year fraction from the quote time to the expiry:
     * simple {@code (F / S - 1) / tau} or continuous {@code ln(F / S) / tau}; null where
     * {@link #absolute} is or the expiry is not after the quote.
     *
     * @param spot the spot price column
     * @param derivative the derivative price column
     * @param time the quote timestamp column
     * @param expiry the expiry timestamp column
     * @param compounding the compounding
     * @return the annualized basis as a decimal
     * @throws IllegalArgumentException if the compounding is null
     */
    public static Column annualized(Column spot, Column derivative, Column time, Column expiry,
            Compounding compounding) {
        if (compounding == null) {
            throw new IllegalArgumentException("Argument 'compounding' must not be null");
        }
        Column tau = yearFractionAct365F(time, expiry);
        Column ratio = derivative.divide(spot);
        Column ok = valid(spot, derivative).and(tau.gt(0)).and(tau.lt(Double.POSITIVE_INFINITY))
                .and(functions.unix_micros(expiry.cast("timestamp")).gt(functions.unix_micros(time.cast("timestamp"))));
        Column rate = switch (compounding) {
            case SIMPLE -> ratio.minus(1.0).divide(tau);
            case CONTINUOUS -> CONTINUOUS.apply(ratio, tau);
        };
        return functions.when(ok, rate);
    }

    /**
     * The funding APR {@code rate * (365 days / interval)} of a rate per interval; null unless the
     * rate is finite and the interval positive.
     *
     * @param rate the funding rate per interval, as a decimal
     * @param intervalMillis the funding interval in milliseconds
     * @return the APR as a decimal
     */
    public static Column fundingApr(Column rate, Column intervalMillis) {
        Column ms = intervalMillis.cast("long");
        // Duration.ofMillis(ms): getSeconds() = floorDiv(ms, 1000), getNano() = floorMod(ms, 1000) * 10^6;
        // TimeConventions.seconds adds them as seconds + nanos / 1e9.
        Column nanos = functions.pmod(ms, functions.lit(1000L)).multiply(1_000_000L);
        Column seconds = ms.minus(functions.pmod(ms, functions.lit(1000L))).divide(1000L).cast("long");
        Column intervalSeconds = seconds.cast("double").plus(nanos.cast("double").divide(1e9));
        Column perYear = functions.lit(SECONDS_PER_YEAR).divide(intervalSeconds);
        Column r = rate.cast("double");
        Column ok = r.isNotNull().and(r.gt(Double.NEGATIVE_INFINITY)).and(r.lt(Double.POSITIVE_INFINITY))
                .and(ms.gt(0));
        return functions.when(ok, r.multiply(perYear));
    }

    /**
     * Adds {@code basis_abs}, {@code basis_bps} to an as-of-joined table, and
     * {@code basis_ann} when an expiry column is named (null for perpetuals, whose expiry is null).
     *
     * @param joined the result of {@link #asOfJoin}
     * @param derivativePrice the derivative price column
     * @param time the quote timestamp column
     * @param expiry the expiry column, or null for a table of perpetuals
     * @param compounding the compounding of {@code basis_ann}
     * @return the table with the basis columns
     */
    public static Dataset<Row> withBasis(Dataset<Row> joined, String derivativePrice, String time, String expiry,
            Compounding compounding) {
        if (expiry == null) {
            require(joined, "joined", SPOT_PRICE, derivativePrice, time);
        } else {
            require(joined, "joined", SPOT_PRICE, derivativePrice, time, expiry);
        }
        Column s = functions.col(SPOT_PRICE);
        Column f = functions.col(derivativePrice).cast("double");
        Dataset<Row> out = joined.withColumn("basis_abs", absolute(s, f)).withColumn("basis_bps", basisPoints(s, f));
        if (expiry != null) {
            out = out.withColumn("basis_ann", annualized(s, f, functions.col(time), functions.col(expiry), compounding));
        }
        return out;
    }

    /** ACT/365F as {@code StandardDayCount}: (whole-second difference / 86400 + nano difference / 86400e9) / 365. */
    static Column yearFractionAct365F(Column start, Column end) {
        Column s = functions.unix_micros(start.cast("timestamp"));
        Column e = functions.unix_micros(end.cast("timestamp"));
        Column sNano = functions.pmod(s, functions.lit(MICROS_PER_SECOND)).multiply(1000L);
        Column eNano = functions.pmod(e, functions.lit(MICROS_PER_SECOND)).multiply(1000L);
        Column sSec = s.minus(functions.pmod(s, functions.lit(MICROS_PER_SECOND))).divide(MICROS_PER_SECOND).cast("long");
        Column eSec = e.minus(functions.pmod(e, functions.lit(MICROS_PER_SECOND))).divide(MICROS_PER_SECOND).cast("long");
        Column days = eSec.minus(sSec).cast("double").divide(SECONDS_PER_DAY)
                .plus(eNano.minus(sNano).cast("double").divide(NANOS_PER_DAY));
        return days.divide(DAYS_PER_YEAR);
    }

    /** Both prices finite and positive, their ratio finite and non-zero (Basis's constructor). */
    private static Column valid(Column spot, Column derivative) {
        Column ratio = derivative.divide(spot);
        return positiveFinite(spot).and(positiveFinite(derivative)).and(ratio.gt(0))
                .and(ratio.lt(Double.POSITIVE_INFINITY));
    }

    private static Column positiveFinite(Column c) {
        // Spark orders NaN above +Infinity, so "< +Infinity" also refuses NaN.
        return c.isNotNull().and(c.gt(0)).and(c.lt(Double.POSITIVE_INFINITY));
    }

    private static void require(Dataset<Row> data, String argument, String... columns) {
        if (data == null) {
            throw new IllegalArgumentException("Argument '" + argument + "' must not be null");
        }
        Set<String> present = Set.of(data.columns());
        for (String c : columns) {
            if (c == null || !present.contains(c)) {
                throw new IllegalArgumentException("Argument '" + argument + "' has no column '" + c
                        + "'; its columns are " + List.of(data.columns()));
            }
        }
    }
}
