package io.github.basisspread.models.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.models.api.EstimationException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 14: a local level fit with a log-likelihood of -infinity is refused, not reported as converged. */
class LocalLevelOverflowTest {

    @Test
    void valuesNear1e150AreRefused() {
        double[] y = new double[60];
        Random r = new Random(3);
        double level = 0;
        for (int i = 0; i < y.length; i++) {
            level += r.nextGaussian();
            y[i] = 5 + level + r.nextGaussian();
        }
        assertThat(LocalLevel.of().fit(y).logLikelihood()).isFinite();
        double[] huge = y.clone();
        for (int i = 0; i < huge.length; i++) {
            huge[i] *= 1e150;
        }
        // Before: "converged" with log-likelihood -Infinity.
        assertThatThrownBy(() -> LocalLevel.of().fit(huge))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("Local level cannot be estimated: log-likelihood -Infinity")
                .hasMessageNotContaining("\n");
    }
}
