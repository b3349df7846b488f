package io.github.basisspread.models.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class OptimTest {

    private static final ToDoubleFunction<double[]> ROSENBROCK =
            x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);

    @Test
    void bfgsFindsRosenbrockMinimum() {
        OptimizationResult r = Optimizer.bfgs().minimize(ROSENBROCK, new double[] {-1.2, 1});
        // The minimum is (1, 1) with value 0.
        assertThat(r.converged()).isTrue();
        assertThat(r.point()[0]).isCloseTo(1, within(1e-5));
        assertThat(r.point()[1]).isCloseTo(1, within(1e-5));
        assertThat(r.iterations()).isPositive();
        assertThat(r.evaluations()).isGreaterThan(r.iterations());
    }

    @Test
    void relativeToleranceStopsOnceTheImprovementIsNegligible() {
        // f = 1 + 1e-6 (x - 2)^2 + 1e-6 (y + 1)^2: a shallow bowl. Each accepted step improves f by
        // far less than reltol 1e-2 (|f| + 1e-2) ~ 1e-2, so R's reltol test stops after the first
        // accepted step, while the gradient test alone walks to the minimum.
        ToDoubleFunction<double[]> f = x -> 1 + 1e-6 * Math.pow(x[0] - 2, 2) + 1e-6 * Math.pow(x[1] + 1, 2);
        OptimizationResult strict = Optimizer.bfgs(500, 1e-12).minimize(f, new double[] {0, 0});
        OptimizationResult loose = Optimizer.bfgs(500, 1e-12, 1e-2).minimize(f, new double[] {0, 0});
        assertThat(strict.converged()).isTrue();
        assertThat(strict.point()[0]).isCloseTo(2, within(1e-3));
        assertThat(loose.converged()).isTrue();
        assertThat(loose.iterations()).isEqualTo(1);
        assertThat(loose.value()).isLessThan(f.applyAsDouble(new double[] {0, 0}));
        // With the test off (0) the result is the gradient-only one.
        OptimizationResult off = Optimizer.bfgs(500, 1e-12, 0).minimize(f, new double[] {0, 0});
        assertThat(off.point()).containsExactly(strict.point());
        assertThatThrownBy(() -> Optimizer.bfgs(10, 1e-6, 1)).hasMessageContaining(
                "'relativeTolerance' must be in [0, 1) but has value 1.0");
        assertThatThrownBy(() -> Optimizer.bfgs(10, 1e-6, Double.NaN)).hasMessageContaining(
                "'relativeTolerance' must be in [0, 1) but has value NaN");
    }

    @Test
    void commonsOptimizersFindQuadraticMinimum() {
        // f = (x - 3)^2 + 2 (y + 1)^2 has its minimum 0 at (3, -1).
        ToDoubleFunction<double[]> f = x -> Math.pow(x[0] - 3, 2) + 2 * Math.pow(x[1] + 1, 2);
        for (Optimizer o : List.of(Optimizer.nelderMead(10_000, 1e-14), Optimizer.bobyqa(10_000, 1e-10))) {
            OptimizationResult r = o.minimize(f, new double[] {0, 0});
            assertThat(r.converged()).isTrue();
            assertThat(r.point()[0]).isCloseTo(3, within(1e-5));
            assertThat(r.point()[1]).isCloseTo(-1, within(1e-5));
        }
        OptimizationResult capped = Optimizer.nelderMead(5, 1e-14).minimize(f, new double[] {0, 0});
        assertThat(capped.converged()).isFalse();
        assertThat(Optimizer.bfgs(1, 1e-12).minimize(ROSENBROCK, new double[] {-1.2, 1}).converged()).isFalse();
    }

    @Test
    void badOptimizerArguments() {
        assertThatThrownBy(() -> Optimizer.bfgs(0, 1e-6)).hasMessageContaining("'maxIterations' must be at least 1 but has value 0");
        assertThatThrownBy(() -> Optimizer.bfgs(10, -1)).hasMessageContaining("'gradientTolerance' must be finite");
        assertThatThrownBy(() -> Optimizer.bobyqa(100, 1e-6).minimize(x -> x[0] * x[0], new double[] {1}))
                .hasMessageContaining("at least 2 coordinates for BOBYQA but has 1");
        assertThatThrownBy(() -> Optimizer.bfgs().minimize(x -> Double.NaN, new double[] {1}))
                .hasMessageContaining("'start' must give a finite objective but gives");
        assertThatThrownBy(() -> ParameterBlock.of("sigma2", -1, ParameterTransform.positiveExp()))
                .hasMessageContaining("must be finite and greater than zero but has value -1.0");
        assertThatThrownBy(() -> ParameterTransform.bounded(1, 0)).hasMessageContaining("'high' must be finite and above");
        assertThatThrownBy(() -> MaximumLikelihood.of(Optimizer.bfgs()).maximize(List.of(), x -> 0))
                .hasMessageContaining("'blocks' must hold at least one parameter block");
    }

    @Test
    void hessianOfAQuadraticIsExact() {
        // f = x^2 + 3xy + 2y^2: Hessian [[2, 3], [3, 4]].
        double[][] h = NumericalDerivatives.hessian(x -> x[0] * x[0] + 3 * x[0] * x[1] + 2 * x[1] * x[1],
                new double[] {0.3, -0.7});
        assertThat(h[0][0]).isCloseTo(2, within(1e-6));
        assertThat(h[0][1]).isCloseTo(3, within(1e-6));
        assertThat(h[1][0]).isCloseTo(3, within(1e-6));
        assertThat(h[1][1]).isCloseTo(4, within(1e-6));
    }

    @Test
    void normalSampleMleHasClosedFormAnswerAndStandardErrors() {
        // Data 1..5: mean 3, ML variance = (4+1+0+1+4)/5 = 2; SE(mean) = sqrt(2/5), SE(var) = 2 sqrt(2/5).
        double[] y = {1, 2, 3, 4, 5};
        java.util.function.Function<double[], double[]> contributions = p -> {
            double[] c = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                c[i] = -0.5 * (Math.log(2 * Math.PI * p[1]) + Math.pow(y[i] - p[0], 2) / p[1]);
            }
            return c;
        };
        MleResult r = MaximumLikelihood.of(Optimizer.bfgs()).maximizeWithContributions(List.of(
                ParameterBlock.of("mu", 0, ParameterTransform.identity()),
                ParameterBlock.of("sigma2", 1, ParameterTransform.positiveExp())), contributions);
        assertThat(r.estimates()[0]).isCloseTo(3, within(1e-6));
        assertThat(r.estimates()[1]).isCloseTo(2, within(1e-6));
        assertThat(r.standardErrors()[0]).isCloseTo(Math.sqrt(0.4), within(1e-4));
        assertThat(r.standardErrors()[1]).isCloseTo(2 * Math.sqrt(0.4), within(1e-4));
        // OPG: sum of squared scores; for mu: sum (y-3)^2/4 = 10/4 -> SE = sqrt(0.4).
        assertThat(r.opgStandardErrors()[0]).isCloseTo(Math.sqrt(0.4), within(1e-4));
        // logL = -5/2 (log(2 pi 2) + 1)
        assertThat(r.logLikelihood()).isCloseTo(-2.5 * (Math.log(4 * Math.PI) + 1), within(1e-9));
        assertThat(r.convergence().converged()).isTrue();
        assertThat(r.names()).containsExactly("mu", "sigma2");
        assertThat(r.freeParameterCount()).isEqualTo(2);
        // With the variance fixed at 2 only mu is estimated; its variance entry for sigma2 is 0.
        MleResult fixed = MaximumLikelihood.of(Optimizer.nelderMead(10_000, 1e-14)).maximize(List.of(
                ParameterBlock.of("mu", 0, ParameterTransform.identity()), ParameterBlock.fixed("sigma2", 2)),
                p -> sum(contributions.apply(p)));
        assertThat(fixed.estimates()[0]).isCloseTo(3, within(1e-5));
        assertThat(fixed.estimates()[1]).isEqualTo(2);
        assertThat(fixed.standardErrors()[1]).isZero();
        assertThat(fixed.freeParameterCount()).isEqualTo(1);
        assertThatThrownBy(fixed::opgStandardErrors).hasMessageContaining("No OPG covariance");
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    @Property
    void scalarTransformsRoundTrip(@ForAll @DoubleRange(min = -10, max = 10) double u) {
        for (ParameterTransform t : List.of(ParameterTransform.identity(), ParameterTransform.positiveExp(),
                ParameterTransform.correlation(), ParameterTransform.bounded(-2, 5))) {
            double[] x = new double[1];
            t.constrain(new double[] {u}, 0, x);
            double[] back = new double[1];
            t.unconstrain(x, 0, back);
            assertThat(back[0]).isCloseTo(u, within(1e-6 * Math.max(1, Math.abs(u)) * Math.exp(Math.abs(u) / 2)));
        }
        double[] sq = new double[1];
        ParameterTransform.positiveSquare().constrain(new double[] {u}, 0, sq);
        assertThat(sq[0]).isCloseTo(u * u, within(1e-12 * (1 + u * u)));
    }

    @Property
    void stationaryAr2IsInsideTheTriangleAndRoundTrips(@ForAll @DoubleRange(min = -20, max = 20) double u1,
            @ForAll @DoubleRange(min = -20, max = 20) double u2) {
        double[] phi = new double[2];
        ParameterTransform.stationaryAr(2).constrain(new double[] {u1, u2}, 0, phi);
        // AR(2) stationarity triangle: phi2 + phi1 < 1, phi2 - phi1 < 1, |phi2| < 1.
        assertThat(phi[1] + phi[0]).isLessThan(1);
        assertThat(phi[1] - phi[0]).isLessThan(1);
        assertThat(Math.abs(phi[1])).isLessThan(1);
        double[] back = new double[2];
        ParameterTransform.stationaryAr(2).unconstrain(phi, 0, back);
        double[] again = new double[2];
        ParameterTransform.stationaryAr(2).constrain(back, 0, again);
        assertThat(again[0]).isCloseTo(phi[0], within(1e-9));
        assertThat(again[1]).isCloseTo(phi[1], within(1e-9));
    }

    @Test
    void stationaryArByHand() {
        // u = (1, -1): r = (1/sqrt2, -1/sqrt2); phi2 = r2, phi1 = r1 - r2 r1 = r1 (1 - r2).
        double r = 1 / Math.sqrt(2);
        double[] phi = new double[2];
        ParameterTransform.stationaryAr(2).constrain(new double[] {1, -1}, 0, phi);
        assertThat(phi[0]).isCloseTo(r * (1 + r), within(1e-15));
        assertThat(phi[1]).isCloseTo(-r, within(1e-15));
        assertThatThrownBy(() -> ParameterTransform.stationaryAr(1).unconstrain(new double[] {1.0}, 0, new double[1]))
                .hasMessageContaining("partial autocorrelation of lag 1 is 1.0");
    }

    @Test
    void hessianNearABoundaryIsExtrapolatedToStepZero() {
        // f = 0.5 (1e4 (x + y)^2 + 0.1 (x - y)^2) - K x^4 at its stationary point 0: the true
        // Hessian [[5000.05, 4999.95], [4999.95, 5000.05]] has eigenvalues 1e4 and 0.1. The x^4 term
        // adds exactly -2 K h^2 to the central second difference in x: with h = eps^(1/4) and
        // K = 1 / (2 h^2) that is -1, which turns the small eigenvalue negative (the issue-14
        // failure near the MA invertibility limit). Richardson extrapolation removes the h^2 term.
        double h = NumericalDerivatives.hessianStep();
        double k = 1 / (2 * h * h);
        ToDoubleFunction<double[]> f = v -> 0.5 * (1e4 * Math.pow(v[0] + v[1], 2) + 0.1 * Math.pow(v[0] - v[1], 2))
                - k * Math.pow(v[0], 4);
        double[] x0 = {0, 0};
        assertThat(MaximumLikelihood.invertPd(NumericalDerivatives.hessian(f, x0))).isNull();
        double[][] inv = MaximumLikelihood.inverseHessian(f, x0);
        assertThat(inv).isNotNull();
        // Inverse of the true Hessian: 0.25 (1/1e4 + 1/0.1) on the diagonal, 0.25 (1/1e4 - 1/0.1) off it.
        assertThat(inv[0][0]).isCloseTo(0.25 * (1e-4 + 10), within(1e-5));
        assertThat(inv[0][1]).isCloseTo(0.25 * (1e-4 - 10), within(1e-5));
        assertThat(inv[1][1]).isCloseTo(0.25 * (1e-4 + 10), within(1e-5));
    }

    @Test
    void wellBehavedHessianIsTheDefaultStepUnchanged() {
        // Where the step does not matter the default central difference is returned as before.
        ToDoubleFunction<double[]> f = v -> Math.exp(v[0]) + v[0] * v[1] + 2 * v[1] * v[1] + Math.cosh(v[1]);
        double[] x0 = {0.3, -0.2};
        assertThat(MaximumLikelihood.inverseHessian(f, x0))
                .isEqualTo(MaximumLikelihood.invertPd(NumericalDerivatives.hessian(f, x0)));
        assertThatThrownBy(() -> NumericalDerivatives.hessian(f, x0, 0))
                .hasMessageContaining("'relativeStep' must be finite and greater than zero but has value 0.0");
    }
}
