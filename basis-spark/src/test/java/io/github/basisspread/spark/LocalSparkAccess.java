package io.github.basisspread.spark;

import org.apache.spark.sql.SparkSession;

/** The shared test session for tests in other packages. */
public final class LocalSparkAccess {

    private LocalSparkAccess() {
    }

    /**
     * The shared local[2] session.
     *
     * @return the session
     */
    public static SparkSession session() {
        return LocalSpark.session();
    }
}
