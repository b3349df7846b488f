package io.github.basisspread.spark;

import java.util.List;

/**
 * The JVM options Spark 4.2.0 needs on Java 17 and later when it runs inside a JVM that was not
 * started by {@code spark-submit} (a {@code local[*]} program started with {@code java}, a test):
 * the list of Spark's launcher ({@code org.apache.spark.launcher.JavaModuleOptions}) less the
 * options Java 17 refuses. The module's surefire configuration and the README's commands use
 * this same list.
 */
public final class SparkJvmOptions {

    /** The options, one per element, in the order Spark's launcher gives them. */
    public static final List<String> JAVA_17 = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private SparkJvmOptions() {
    }

    /**
     * The options joined by spaces, as {@code JAVA_TOOL_OPTIONS} or a command line takes them.
     *
     * @return the options on one line
     */
    public static String line() {
        return String.join(" ", JAVA_17);
    }
}
