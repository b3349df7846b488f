package io.github.basisspread.benchmarks;

import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ARIMA estimation and selection:
 * <ul>
 *   <li>{@code arma201Ml}: {@code ArimaSpec.of(2,0,1).withConstant().withMethod(ML).fit(y)} on
 *       20,000 points (exact Gaussian likelihood, mean estimated);</li>
 *   <li>{@code airline}: ARIMA(0,1,1)(0,1,1)_12, default method (CSS then ML), on 1,000 points;</li>
 *   <li>{@code autoArimaSequential}: {@code AutoArima.of().fit(y)} on each of 40 series of
 *       1,000 points, one after the other;</li>
 *   <li>{@code autoArimaParallel}: {@code AutoArima.of().fitAll(series)} on the same 40
 *       (common fork-join pool; this benchmark's fork sees 2 processors, not 1).</li>
 * </ul>
 * The score is the time of one call. Data are seeded ({@link SeededData}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms1g", "-Xmx1g"})
public class ArimaBenchmark {

    /** Points of the ARIMA(2,0,1) fit. */
    public static final int ARMA_POINTS = 20_000;
    /** Points of the airline-model fit. */
    static final int AIRLINE_POINTS = 1_000;
    /** Series of the auto-ARIMA panel. */
    static final int AUTO_SERIES = 40;
    /** Points of each auto-ARIMA series. */
    static final int AUTO_POINTS = 1_000;

    private double[] arma;
    private double[] airlineSeries;
    private List<double[]> panel;
    private final ArimaSpec arma201 = ArimaSpec.of(2, 0, 1).withConstant().withMethod(ArimaSpec.Method.ML);
    private final ArimaSpec airlineSpec = ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12);
    private final AutoArima auto = AutoArima.of();

    /** Generates the seeded series. */
    @Setup(Level.Trial)
    public void generate() {
        arma = armaSeries();
        airlineSeries = SeededData.airline(AIRLINE_POINTS, -0.4, -0.6, 12, SeededData.SEED + 3);
        panel = Arrays.asList(SeededData.arimaPanel(AUTO_SERIES, AUTO_POINTS, SeededData.SEED + 100));
    }

    /**
     * The ARIMA(2,0,1) series: phi = (0.5, -0.3), theta = 0.4, mean 2, seed {@code SEED + 2}
     * (shared with {@code bench/compare.sh}).
     *
     * @return the series
     */
    public static double[] armaSeries() {
        return SeededData.arma(ARMA_POINTS, new double[] {0.5, -0.3}, new double[] {0.4}, 2.0, SeededData.SEED + 2);
    }

    /**
     * ARIMA(2,0,1) with mean by exact maximum likelihood.
     *
     * @return the fit
     */
    @Benchmark
    public ArimaFit arma201Ml() {
        return arma201.fit(arma);
    }

    /**
     * The airline model.
     *
     * @return the fit
     */
    @Benchmark
    public ArimaFit airline() {
        return airlineSpec.fit(airlineSeries);
    }

    /**
     * Auto-ARIMA on 40 series, one after the other.
     *
     * @return the fits
     */
    @Benchmark
    public List<ArimaFit> autoArimaSequential() {
        List<ArimaFit> fits = new ArrayList<>(panel.size());
        for (double[] y : panel) {
            fits.add(auto.fit(y));
        }
        return fits;
    }

    /**
     * Auto-ARIMA on 40 series with {@code fitAll} (parallel streams).
     *
     * @return the fits
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public List<ArimaFit> autoArimaParallel() {
        return auto.fitAll(panel);
    }
}
