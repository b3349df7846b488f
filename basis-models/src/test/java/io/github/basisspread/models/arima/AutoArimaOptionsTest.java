package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** auto.arima's limits are options, and the parallel work runs on the executor given. */
class AutoArimaOptionsTest {

    private static final double[] Y = ArimaSpecContractTest.arma11(120, 31);

    @Test
    void theOrderLimitsBoundTheSearch() {
        ArimaFit free = AutoArima.of().fit(Y);
        assertThat(free.spec().p() + free.spec().q()).isPositive();
        ArimaFit white = AutoArima.of().withMaxP(0).withMaxQ(0).fit(Y);
        assertThat(white.spec().p()).isZero();
        assertThat(white.spec().q()).isZero();
        ArimaFit ar = AutoArima.of().withMaxQ(0).withMaxP(1).fit(Y);
        assertThat(ar.spec().q()).isZero();
        assertThat(ar.spec().p()).isLessThanOrEqualTo(1);
        ArimaFit small = AutoArima.of().withStepwise(false).withMaxOrder(1).fit(Y);
        assertThat(small.spec().p() + small.spec().q()).isLessThanOrEqualTo(1);
        // As R's nmodels, the limit bounds the neighbourhood moves, not the start models
        // (2,2), (0,0), (1,0), (0,1): below their count the choice is one of them.
        ArimaFit few = AutoArima.of().withMaxModels(2).fit(Y);
        assertThat(List.of(few.spec().p() + "," + few.spec().q())).isSubsetOf(List.of("2,2", "0,0", "1,0", "0,1"));
        assertThat(AutoArima.of().withMaxD(0).fit(ArimaSpecContractTest.arma11(120, 31)).spec().d()).isZero();
    }

    @Test
    void badLimitsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> AutoArima.of().withMaxP(-1)).hasMessageContaining("'maxP'").hasMessageContaining("-1");
        assertThatThrownBy(() -> AutoArima.of().withMaxQ(51)).hasMessageContaining("'maxQ'");
        assertThatThrownBy(() -> AutoArima.of().withMaxSeasonalP(-2)).hasMessageContaining("'maxSeasonalP'");
        assertThatThrownBy(() -> AutoArima.of().withMaxSeasonalQ(-2)).hasMessageContaining("'maxSeasonalQ'");
        assertThatThrownBy(() -> AutoArima.of().withMaxD(4)).hasMessageContaining("'maxD'");
        assertThatThrownBy(() -> AutoArima.of().withMaxSeasonalD(2)).hasMessageContaining("'maxSeasonalD'");
        assertThatThrownBy(() -> AutoArima.of().withMaxOrder(-1)).hasMessageContaining("'maxOrder'");
        assertThatThrownBy(() -> AutoArima.of().withMaxModels(0)).hasMessageContaining("'maxModels'");
        assertThatThrownBy(() -> AutoArima.of().withExecutor(null)).hasMessageContaining("'executor'");
    }

    @Test
    void theExecutorRunsTheParallelWorkWithTheSameResults() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicInteger tasks = new AtomicInteger();
            AutoArima onPool = AutoArima.of().withExecutor(r -> {
                tasks.incrementAndGet();
                pool.execute(r);
            });
            ArimaFit common = AutoArima.of().withStepwise(false).fit(Y);
            ArimaFit given = onPool.withStepwise(false).fit(Y);
            assertThat(given.spec()).isEqualTo(common.spec());
            assertThat(given.estimates()).containsExactly(common.estimates());
            // p + q <= 5 within p, q <= 5: 21 orders, each with and without the mean.
            assertThat(tasks.get()).isEqualTo(42);

            tasks.set(0);
            List<double[]> series = List.of(Y, ArimaSpecContractTest.arma11(100, 7), ArimaSpecContractTest.arma11(90, 8));
            List<ArimaFit> all = onPool.withStepwise(false).fitAll(series);
            List<ArimaFit> reference = AutoArima.of().withStepwise(false).fitAll(series);
            // One task per series on a pool of two threads: each series' search runs inside its task.
            assertThat(tasks.get()).isEqualTo(3);
            for (int i = 0; i < series.size(); i++) {
                assertThat(all.get(i).spec()).isEqualTo(reference.get(i).spec());
                assertThat(all.get(i).estimates()).containsExactly(reference.get(i).estimates());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingSeriesFailsFitAllWithItsOwnException() {
        AutoArima onCaller = AutoArima.of().withExecutor(Runnable::run);
        assertThatThrownBy(() -> onCaller.fitAll(List.of(Y, new double[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'y'");
    }
}
