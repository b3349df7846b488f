package io.github.basisspread.models.regime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A transition probability that EM leaves at exactly 0 or 1 is an optimum on the boundary: the
 * fit must report it with NaN standard errors, not fail inside the softmax transform of the
 * standard-error pass (found by the demo on a simulated basis: "Argument 'value' must be a
 * probability in (0, 1) but has value 1.0").
 */
class TransitionBoundaryTest {

    private static final Layout TWO = MarkovSwitchingSpec.of(2).withSwitchingVariance(true).layout();
    private static final Layout THREE = MarkovSwitchingSpec.of(3).layout();

    @Test
    void interiorProbabilitiesAreNotOnTheBoundary() {
        // p[0->0], p[1->0], const[0], const[1], sigma2[0], sigma2[1]
        assertThat(TWO.transitionOnBoundary(new double[] {0.9, 0.1, 0, 1, 1, 2})).isFalse();
    }

    @Test
    void aProbabilityOfOneOrZeroIsOnTheBoundary() {
        assertThat(TWO.transitionOnBoundary(new double[] {1.0, 0.1, 0, 1, 1, 2})).isTrue();
        assertThat(TWO.transitionOnBoundary(new double[] {0.9, 0.0, 0, 1, 1, 2})).isTrue();
    }

    @Test
    void theImpliedLastColumnCountsToo() {
        // k = 3: p[0->0], p[1->0], p[2->0], p[0->1], p[1->1], p[2->1]; row 0 sums to 1, so p[0->2] = 0.
        double[] v = new double[THREE.size];
        double[] p = {0.6, 0.2, 0.3, 0.4, 0.5, 0.3};
        System.arraycopy(p, 0, v, 0, 6);
        assertThat(THREE.transitionOnBoundary(v)).isTrue();
        v[3] = 0.3;
        assertThat(THREE.transitionOnBoundary(v)).isFalse();
    }
}
