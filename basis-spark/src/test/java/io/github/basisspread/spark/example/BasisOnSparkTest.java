package io.github.basisspread.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.spark.LocalSparkAccess;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example application end to end on three small synthetic instruments, Parquet read back. */
class BasisOnSparkTest {

    @Test
    void writesBasisFundingAndOneFitPerInstrumentAndSeries(@TempDir Path out) {
        SparkSession spark = LocalSparkAccess.session();
        BasisOnSpark.Summary s = BasisOnSpark.run(spark,
                BasisOnSpark.Options.parse(new String[] {"--synthetic", "3", "--points", "160", "--last", "120",
                    "--out", out.toString()}));
        assertThat(s.basisRows()).isEqualTo(3 * 160);
        assertThat(s.fundingRows()).isEqualTo(3 * 20); // one settlement every 8 hours
        assertThat(s.fits()).isEqualTo(6);             // basis_bps and funding_apr of each instrument
        assertThat(s.failedFits()).isZero();
        Row fit = spark.read().parquet(out.resolve("fits").toString()).where("key = 'SYN00001 basis_bps'").first();
        assertThat(fit.getString(fit.fieldIndex("status"))).isEqualTo("ok");
        assertThat(fit.getInt(fit.fieldIndex("nobs"))).isEqualTo(120);
        assertThat(fit.getList(fit.fieldIndex("forecast_mean"))).hasSize(24);
        long basisWithoutSpot = spark.read().parquet(out.resolve("basis").toString()).where("spot_price is null")
                .count();
        assertThat(basisWithoutSpot).isZero(); // spot and perpetual share their timestamps
    }

    @Test
    void refusesAmbiguousOrMalformedArguments() {
        assertThatThrownBy(() -> BasisOnSpark.Options.parse(new String[] {"--points", "10"}))
                .hasMessageStartingWith("Give exactly one of --data and --synthetic");
        assertThatThrownBy(() -> BasisOnSpark.Options.parse(new String[] {"--synthetic", "x"}))
                .hasMessage("Argument '--synthetic' must be a positive integer but is 'x'");
        assertThatThrownBy(() -> BasisOnSpark.Options.parse(new String[] {"--data", "/no/such/dir"}))
                .hasMessage("Argument '--data' must be a directory but is '/no/such/dir'");
    }
}
