package io.github.basisspread.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.spark.LocalSparkAccess;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The scaling benchmark compares like with like only if Spark fits the series the single JVM
 * fits: the rows generated on the executors carry, key by key and hour by hour, the same values.
 */
class ScalingBenchmarkTest {

    @Test
    void executorRowsAreTheSeriesTheJvmFits() {
        int s = 5;
        int p = 40;
        List<double[]> jvm = ScalingBenchmark.generate(s, p);
        List<Row> rows = ScalingBenchmark.rows(LocalSparkAccess.session(), s, p).orderBy("key", "ts").collectAsList();
        assertThat(rows).hasSize(s * p);
        for (int k = 0; k < s; k++) {
            for (int t = 0; t < p; t++) {
                Row row = rows.get(k * p + t);
                assertThat(row.getString(0)).isEqualTo("S" + k);
                assertThat(row.getTimestamp(1).toInstant().getEpochSecond()).isEqualTo(1735689600L + 3600L * t);
                assertThat(row.getDouble(2)).isEqualTo(jvm.get(k)[t]);
            }
        }
        // Distinct keys get distinct series (the seed is per key, not shared).
        assertThat(jvm.get(0)[0]).isNotEqualTo(jvm.get(1)[0]);
    }
}
