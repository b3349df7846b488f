package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.models.statespace.Ar1PlusNoise;
import io.github.basisspread.models.optim.Optimizer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A fit that does not converge, when strictness was not asked for, is reported on the package's
 * {@link System.Logger} (java.util.logging by default), never printed and never silent.
 */
class ConvergenceWarningTest {

    /** Records the messages logged on one java.util.logging logger while a task runs. */
    private static List<LogRecord> recorded(String logger, Runnable task) {
        Logger jul = Logger.getLogger(logger);
        List<LogRecord> out = new CopyOnWriteArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                out.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(h);
        try {
            task.run();
        } finally {
            jul.removeHandler(h);
        }
        return out;
    }

    @Test
    void arimaWarnsWhenItDoesNotConverge() {
        double[] y = ArimaSpecContractTest.arma11(300, 11);
        List<LogRecord> bad = recorded("io.github.basisspread.models.arima", () -> assertThat(ArimaSpec.of(1, 0, 1)
                .withMethod(ArimaSpec.Method.ML).withMaxIterations(1).fit(y).convergence().converged()).isFalse());
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).getLevel()).isEqualTo(Level.WARNING);
        assertThat(bad.get(0).getMessage()).contains("ARIMA(1,0,1)", "did not converge", "withStrict(true)");
        assertThat(recorded("io.github.basisspread.models.arima", () -> ArimaSpec.of(1, 0, 1).fit(y))).isEmpty();
    }

    @Test
    void stateSpaceWarnsWhenItDoesNotConverge() {
        double[] y = ArimaSpecContractTest.arma11(200, 5);
        List<LogRecord> bad = recorded("io.github.basisspread.models.statespace", () -> assertThat(Ar1PlusNoise.of()
                .withOptimizer(Optimizer.bfgs(1, 1e-12)).fit(y).convergence().converged()).isFalse());
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).getMessage()).contains("did not converge", "withStrict(true)");
    }
}
