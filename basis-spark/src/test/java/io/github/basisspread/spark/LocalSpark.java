package io.github.basisspread.spark;

import org.apache.spark.sql.SparkSession;

/** The one local[2] session the Spark tests of this JVM share (starting one costs seconds). */
final class LocalSpark {

    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder()
                .master("local[2]")
                .appName("basis-spark-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    private LocalSpark() {
    }

    static SparkSession session() {
        return Holder.SESSION;
    }
}
