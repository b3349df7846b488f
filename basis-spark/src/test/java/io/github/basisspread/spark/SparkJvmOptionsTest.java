package io.github.basisspread.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The documented options, the build's and the running test JVM's are one list. */
class SparkJvmOptionsTest {

    @Test
    void theBuildPassesExactlyTheDocumentedOptions() {
        assertThat(System.getProperty("basis.spark.jvm.options")).isEqualTo(SparkJvmOptions.line());
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).containsAll(SparkJvmOptions.JAVA_17);
    }
}
