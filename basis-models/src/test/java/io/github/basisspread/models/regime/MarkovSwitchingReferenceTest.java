package io.github.basisspread.models.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markov-switching fits against statsmodels 0.13.5 ({@code MarkovRegression},
 * {@code MarkovAutoregression}) on the series statsmodels documents, frozen by
 * generate_statsmodels.py beside the reference files: the log-likelihood equal or better, the
 * parameters equal up to the numbering of the regimes, the standard errors, the expected durations
 * and the filtered and smoothed probabilities.
 */
class MarkovSwitchingReferenceTest {

    /** Relative tolerance of the parameters, against max(|reference|, 1). */
    static final double PARAMETERS = 1e-4;
    /**
     * Relative tolerance of the standard errors. Both sides invert the Hessian of the
     * log-likelihood in the natural parameters: statsmodels 0.13 ({@code cov_type="approx"},
     * {@code MarkovSwitching.hessian}) by complex-step differences ({@code numdiff.approx_hess_cs},
     * steps {@code EPS^(1/3) max(|x|, 0.1)}, exact to ~1e-10: it reproduces its frozen bse to 1e-11),
     * Basis by central differences with steps of 1/100 of each standard error; the largest gap seen
     * is 1.2e-5. The earlier Basis Hessian (central differences in the unconstrained coordinates,
     * carried by the delta method) was 2.6e-3 off on the stressed regime's constant of the real
     * basis, and a step proportional to the parameter (1e-4 max(|x|, 0.1)) 1e-3 off, from the rounding
     * noise of the summed likelihood; statsmodels' own Hessian at Basis's estimates gives
     * statsmodels' standard errors within 1e-6, so the estimates were never the cause.
     */
    static final double STANDARD_ERRORS = 1e-4;
    /** Absolute tolerance of the regime probabilities. */
    static final double PROBABILITIES = 1e-4;

    @Test
    void hamiltonGnpAr4() {
        // statsmodels' documented example: MarkovAutoregression(rgnp, k_regimes=2, order=4, switching_ar=False).
        double[] y = StatsmodelsReference.series("rgnp.csv");
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withAr(4).withSwitchingAr(false).withStarts(10);
        StatsmodelsReference ref = StatsmodelsReference.load("rgnp_ar4.txt");
        assertLikelihoodAt(spec, MarkovSwitchingData.of(y), ref);
        compare(spec.fit(y), ref);
    }

    @Test
    void fedFundsSwitchingConstant() {
        // statsmodels' documented example: MarkovRegression(fedfunds, k_regimes=2).
        double[] y = StatsmodelsReference.series("fedfunds.csv");
        StatsmodelsReference ref = StatsmodelsReference.load("fedfunds_const.txt");
        assertLikelihoodAt(MarkovSwitchingSpec.of(2), MarkovSwitchingData.of(y), ref);
        compare(MarkovSwitchingSpec.of(2).fit(y), ref);
    }

    @Test
    void fedFundsSwitchingVariance() {
        // statsmodels' own search (50 random starts) stops at a local maximum, -505.70; Basis finds
        // -496.1455, and statsmodels started from Basis's estimate (rounded) climbs to the same point.
        double[] y = StatsmodelsReference.series("fedfunds.csv");
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withSwitchingVariance(true);
        MarkovSwitchingFit fit = spec.fit(y);
        StatsmodelsReference ref = StatsmodelsReference.load("fedfunds_switching_variance.txt");
        assertThat(fit.logLikelihood()).isGreaterThan(ref.llf + 9);
        assertLikelihoodAt(spec, MarkovSwitchingData.of(y), ref);
        String[] better = ref.comment("started_from_basis_estimate");
        double betterLlf = Double.parseDouble(better[3]);
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(betterLlf - 1e-7 * Math.abs(betterLlf))
                .isCloseTo(betterLlf, within(1e-6));
        double[] est = fit.estimates();
        for (int i = 0; i < est.length; i++) {
            double r = Double.parseDouble(better[7 + i]);
            assertThat(est[i]).as(fit.parameterNames().get(i)).isCloseTo(r, within(PARAMETERS * Math.max(Math.abs(r), 1)));
        }
    }

    @Test
    void fedFundsOnItsLag() {
        double[] f = StatsmodelsReference.series("fedfunds.csv");
        double[] y = new double[f.length - 1];
        double[][] x = new double[f.length - 1][1];
        for (int t = 1; t < f.length; t++) {
            y[t - 1] = f[t];
            x[t - 1][0] = f[t - 1];
        }
        StatsmodelsReference ref = StatsmodelsReference.load("fedfunds_lag.txt");
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withX("x1");
        assertLikelihoodAt(spec, MarkovSwitchingData.of(y, x), ref);
        compare(spec.fit(MarkovSwitchingData.of(y, x)), ref);
    }

    @Test
    void fedFundsThreeRegimes() {
        double[] y = StatsmodelsReference.series("fedfunds.csv");
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(3).withSwitchingVariance(true).withStarts(10);
        StatsmodelsReference ref = StatsmodelsReference.load("fedfunds_k3_switching_variance.txt");
        assertLikelihoodAt(spec, MarkovSwitchingData.of(y), ref);
        MarkovSwitchingFit fit = spec.fit(y);
        compare(fit, ref);
        // A real optimum on the boundary: two transitions go to 0 (statsmodels: p[2->0] = 3e-13 and
        // p[0->2] = 1 - p[0->0] - p[0->1] = 0 to 1e-12). A transition probability within a step of 0 or 1
        // has no two-sided derivative: its standard error is NaN (statsmodels reports NaN for p[2->0]
        // and numbers across the bound for row 0), and the others come from the Hessian of the rest,
        // equal to statsmodels' (compared above, within STANDARD_ERRORS).
        double[][] p = fit.transitionMatrix();
        assertThat(p[2][0]).isLessThan(1e-6);
        assertThat(p[0][2]).isLessThan(1e-6);
        assertThat(fit.hasStandardErrors()).isFalse();
        for (String name : new String[] {"p[0->0]", "p[0->1]", "p[2->0]"}) {
            assertThat(fit.standardErrors()[fit.parameterNames().indexOf(name)]).as(name).isNaN();
        }
        for (String name : new String[] {"p[1->0]", "p[1->1]", "p[2->1]", "const[0]", "sigma2[2]"}) {
            assertThat(fit.standardErrors()[fit.parameterNames().indexOf(name)]).as(name).isPositive().isFinite();
        }
    }

    /** The Hamilton filter at statsmodels' estimates gives statsmodels' log-likelihood. */
    static void assertLikelihoodAt(MarkovSwitchingSpec spec, MarkovSwitchingData data, StatsmodelsReference ref) {
        assertThat(spec.logLikelihoodAt(data, ref.estimates())).isCloseTo(ref.llf, within(1e-8 * Math.abs(ref.llf)));
    }

    /** Compares after renumbering statsmodels' regimes to ours (the permutation closest in the parameters). */
    static void compare(MarkovSwitchingFit fit, StatsmodelsReference ref) {
        System.out.printf("%s: Basis - statsmodels log-likelihood %.3e%n", ref.comments.values().iterator().next(), fit.logLikelihood() - ref.llf);
        assertThat(fit.nobs()).isEqualTo(ref.nobs);
        assertThat(fit.parameterNames()).containsExactlyElementsOf(ref.params.keySet());
        // Equal or better: at least statsmodels' value, and not far above (the same maximum).
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(ref.llf - 1e-7 * Math.abs(ref.llf));
        assertThat(fit.logLikelihood()).isCloseTo(ref.llf, within(1e-5 * Math.abs(ref.llf)));
        assertThat(fit.informationCriteria().aic()).isCloseTo(ref.aic, within(1e-4 * Math.abs(ref.aic)));
        assertThat(fit.informationCriteria().bic()).isCloseTo(ref.bic, within(1e-4 * Math.abs(ref.bic)));
        Layout layout = fit.spec().layout();
        int[] perm = bestPermutation(layout, fit.estimates(), ref.estimates());
        double[] expected = layout.relabel(ref.estimates(), perm);
        double[] expectedSe = relabelErrors(layout, ref, perm);
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        for (int i = 0; i < est.length; i++) {
            String name = fit.parameterNames().get(i);
            assertThat(est[i]).as(name).isCloseTo(expected[i], within(PARAMETERS * Math.max(Math.abs(expected[i]), 1)));
            if (Double.isFinite(expectedSe[i]) && Double.isFinite(se[i])) {
                assertThat(se[i]).as("se " + name).isCloseTo(expectedSe[i], within(STANDARD_ERRORS * expectedSe[i]));
            }
        }
        int regime0 = inverse(perm)[0];
        double[][] smoothed = fit.smoothedProbabilities();
        double[][] filtered = fit.filteredProbabilities();
        ref.smoothed0.forEach((t, v) -> assertThat(smoothed[t][regime0]).as("smoothed t=" + t)
                .isCloseTo(v, within(PROBABILITIES)));
        ref.filtered0.forEach((t, v) -> assertThat(filtered[t][regime0]).as("filtered t=" + t)
                .isCloseTo(v, within(PROBABILITIES)));
        double[] d = fit.expectedDurations();
        for (int s = 0; s < d.length; s++) {
            double r = ref.durations.get(perm[s]);
            assertThat(d[s]).as("duration " + s).isCloseTo(r, within(1e-3 * r));
        }
    }

    /** Standard errors of statsmodels in our numbering: the transition ones are only compared when k = 2. */
    private static double[] relabelErrors(Layout layout, StatsmodelsReference ref, int[] perm) {
        double[] se = ref.standardErrors();
        int k = layout.k;
        double[] out = new double[se.length];
        java.util.Arrays.fill(out, Double.NaN);
        for (int i = k * (k - 1); i < se.length; i++) {
            String name = layout.names.get(i);
            int open = name.lastIndexOf('[');
            if (open < 0) {
                out[i] = se[i];
            } else {
                int s = Integer.parseInt(name.substring(open + 1, name.length() - 1));
                out[i] = se[layout.names.indexOf(name.substring(0, open) + "[" + perm[s] + "]")];
            }
        }
        if (k == 2) {
            // p[0->0] and p[1->0]: after a swap, ours p[0->0] is 1 - theirs p[1->0]: same standard error.
            out[0] = se[perm[0] == 0 ? 0 : 1];
            out[1] = se[perm[0] == 0 ? 1 : 0];
        }
        return out;
    }

    static int[] bestPermutation(Layout layout, double[] ours, double[] theirs) {
        int[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int[] perm : permutations(layout.k)) {
            double[] v = layout.relabel(theirs, perm);
            double d = 0;
            for (int i = 0; i < v.length; i++) {
                d += Math.abs(v[i] - ours[i]) / Math.max(Math.abs(v[i]), 1);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = perm;
            }
        }
        return best;
    }

    private static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            inv[perm[i]] = i;
        }
        return inv;
    }

    static List<int[]> permutations(int k) {
        List<int[]> out = new ArrayList<>();
        permute(new int[k], new boolean[k], 0, out);
        return out;
    }

    private static void permute(int[] current, boolean[] used, int at, List<int[]> out) {
        if (at == current.length) {
            out.add(current.clone());
            return;
        }
        for (int i = 0; i < current.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current[at] = i;
                permute(current, used, at + 1, out);
                used[i] = false;
            }
        }
    }
}
