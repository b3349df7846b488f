package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** Estimates recover the parameters of simulated stationary, invertible ARMA(1,1) series. */
class ArimaPropertyTest {

    @Property(tries = 6)
    void recoversArma11WithinFourStandardErrors(@ForAll @DoubleRange(min = -0.8, max = 0.8) double phi,
            @ForAll @DoubleRange(min = 0.3, max = 0.8) double gap, @ForAll boolean up,
            @ForAll @LongRange(min = 1, max = 1000) long seed) {
        // Near theta = -phi the AR and MA factors cancel and neither is identified: theta is
        // drawn at a distance of at least 0.3 from -phi, inside (-0.8, 0.8).
        double theta = -phi + (up ? gap : -gap);
        if (Math.abs(theta) > 0.8) {
            theta = -phi + (up ? -gap : gap);
        }
        // Simulated here from the ARMA recursion, independent of the code under test, with a
        // burn-in of 500 values to forget the zero start.
        SplittableRandom random = new SplittableRandom(seed);
        int n = 500;
        double[] y = new double[n];
        double prevY = 0;
        double prevE = 0;
        for (int t = -500; t < n; t++) {
            double e = random.nextGaussian();
            double v = phi * prevY + e + theta * prevE;
            if (t >= 0) {
                y[t] = v;
            }
            prevY = v;
            prevE = e;
        }
        ArimaFit fit = ArimaSpec.of(1, 0, 1).withMethod(ArimaSpec.Method.ML).fit(y);
        assertThat(fit.convergence().converged()).isTrue();
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        assertThat(Math.abs(est[0] - phi)).isLessThan(4 * se[0]);
        assertThat(Math.abs(est[1] - theta)).isLessThan(4 * se[1]);
        assertThat(fit.sigma2()).isBetween(0.8, 1.2);
    }
}
