package io.github.basisspread.models.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CholeskyTest {

    @Test
    void semidefiniteFactorKeepsAZeroColumn() {
        // [[4, 2, 0], [2, 2, 0], [0, 0, 0]] = L L' with L = [[2, 0, 0], [1, 1, 0], [0, 0, 0]].
        double[] a = {4, 2, 0, 2, 2, 0, 0, 0, 0};
        double[] l = Cholesky.lowerSemidefinite(a, 3);
        assertThat(l).containsExactly(new double[] {2, 0, 0, 1, 1, 0, 0, 0, 0}, within(1e-15));
        assertThat(a).containsExactly(4, 2, 0, 2, 2, 0, 0, 0, 0);
        // Rank one [[1, 2], [2, 4]]: second pivot 4 - 2^2 = 0 is dropped, L = [[1, 0], [2, 0]].
        assertThat(Cholesky.lowerSemidefinite(new double[] {1, 2, 2, 4}, 2))
                .containsExactly(new double[] {1, 0, 2, 0}, within(1e-15));
    }

    @Test
    void strictFactorInPlaceAndItsRefusal() {
        // [[9, 3], [3, 5]]: L = [[3, 0], [1, 2]]; the upper triangle is left as it was.
        double[] a = {9, 3, 3, 5};
        assertThat(Cholesky.factorInPlace(a, 2)).isTrue();
        assertThat(a).containsExactly(new double[] {3, 3, 1, 2}, within(1e-15));
        assertThat(Cholesky.factorInPlace(new double[] {1, 2, 2, 4}, 2)).isFalse();
        assertThat(Cholesky.factorInPlace(new double[] {Double.NaN}, 1)).isFalse();
        // Unit diagonal, correlation 0.9999: second pivot 1 - 0.9999^2 = 1.9999e-4.
        assertThat(Cholesky.factorInPlace(new double[] {1, 0, 0.9999, 1}, 2, 1e-3)).isFalse();
        double[] b = {1, 0, 0.9999, 1};
        assertThat(Cholesky.factorInPlace(b, 2, 1e-4)).isTrue();
        // the pivot loses ~u / 2e-4 of relative accuracy to cancellation: 1e-12 bounds it
        assertThat(b[3]).isCloseTo(Math.sqrt(1.9999e-4), within(1e-12));
    }

    @Test
    void inverseOrNull() {
        // [[4, 2], [2, 2]]^-1 = (1/4) [[2, -2], [-2, 4]].
        double[][] inv = Cholesky.inverse(new double[][] {{4, 2}, {2, 2}});
        assertThat(inv[0]).containsExactly(new double[] {0.5, -0.5}, within(1e-15));
        assertThat(inv[1]).containsExactly(new double[] {-0.5, 1}, within(1e-15));
        assertThat(Cholesky.inverse(new double[][] {{1, 2}, {2, 4}})).isNull();
        assertThat(Cholesky.inverse(new double[][] {{1, 0.5}, {0, 1}})).isNull();
        assertThat(Cholesky.inverse(new double[][] {{Double.NaN, 0}, {0, 1}})).isNull();
    }
}
