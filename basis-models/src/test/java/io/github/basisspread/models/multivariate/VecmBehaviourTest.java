package io.github.basisspread.models.multivariate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.api.EstimationException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The basis quantities on a simulated spot and future whose answers are known in closed form, and
 * the refusals of bad input.
 *
 * <p>The market: log spot a random walk, {@code s_t = s_{t-1} + e_t}; the log basis an AR(1)
 * around 0.01, {@code b_t = 0.01 + 0.9 (b_{t-1} - 0.01) + v_t}; log future {@code f = s + b};
 * e, v independent N(0, 1e-4). Then beta = (1, -1), alpha = (-0.1, 0) (only the future adjusts),
 * the half-life of a deviation is ln 0.5 / ln 0.9 = 6.58 steps, the long-run basis 0.01; the
 * spot's Gonzalo-Granger share is 1; with equal variances, Sigma = sigma^2 [[2, 1], [1, 1]] and
 * the Hasbrouck shares are [0, 1/2] for the future and [1/2, 1] for the spot (the future first:
 * its share is ([psi F]_1)^2 / psi Sigma psi' = sigma_s^2 / (sigma_s^2 + sigma_v^2)).
 */
class VecmBehaviourTest {

    private static double[][] market(int n, long seed) {
        Random rnd = new Random(seed);
        double[] f = new double[n];
        double[] s = new double[n];
        double spot = Math.log(60_000);
        double basis = 0.01;
        for (int t = 0; t < n; t++) {
            spot += 0.01 * rnd.nextGaussian();
            basis = 0.01 + 0.9 * (basis - 0.01) + 0.01 * rnd.nextGaussian();
            s[t] = spot;
            f[t] = spot + basis;
        }
        return new double[][] {f, s};
    }

    private static final VecmFit FIT = VecmSpec.of(0, 1).withDeterministic("ci").withNames(List.of("future", "spot"))
            .fit(market(20_000, 7));

    @Test
    void cointegratingVectorAndAdjustment() {
        assertThat(FIT.beta()[1][0]).isCloseTo(-1, within(0.005));
        assertThat(FIT.alpha()[0][0]).isCloseTo(-0.1, within(0.01));
        assertThat(FIT.alpha()[1][0]).isCloseTo(0, within(0.01));
    }

    @Test
    void halfLifeAndLongRunBasis() {
        assertThat(FIT.halfLife()).isPresent();
        assertThat(FIT.halfLife().getAsDouble()).isCloseTo(Math.log(0.5) / Math.log(0.9), within(0.7));
        // beta is estimated (-0.9973 here), so the relation's mean is that of f - 0.9973 s, not the basis:
        // the sample mean of the estimated relation
        double[][] d = market(20_000, 7);
        double mean = 0;
        for (int t = 0; t < d[0].length; t++) {
            mean += d[0][t] + FIT.beta()[1][0] * d[1][t];
        }
        mean /= d[0].length;
        assertThat(FIT.longRunMean()[0]).isCloseTo(mean, within(0.002));
        // with a restricted constant the long-run mean is minus that constant
        assertThat(FIT.longRunMean()[0]).isCloseTo(-FIT.betaDeterministic()[0][0], within(1e-12));
    }

    @Test
    void theSpotLeadsThePriceDiscovery() {
        PriceDiscovery pd = FIT.priceDiscovery();
        assertThat(pd.componentShares()[1]).isCloseTo(1, within(0.1));
        assertThat(pd.componentShares()[0] + pd.componentShares()[1]).isCloseTo(1, within(1e-12));
        assertThat(pd.informationShareLower()[0]).isCloseTo(0, within(0.02));
        assertThat(pd.informationShareUpper()[0]).isCloseTo(0.5, within(0.03));
        assertThat(pd.informationShareLower()[1]).isCloseTo(0.5, within(0.03));
        assertThat(pd.informationShareUpper()[1]).isCloseTo(1, within(0.02));
        assertThat(FIT.summary().toString()).contains("Price discovery", "half-life", "alpha.future.ec1", "beta.spot.ec1");
    }

    @Test
    void aRandomWalkDeviationHasNoHalfLife() {
        // a "relation" whose deviation does not decay: two independent random walks
        Random rnd = new Random(3);
        double[][] d = new double[2][2000];
        for (int t = 1; t < 2000; t++) {
            d[0][t] = d[0][t - 1] + rnd.nextGaussian();
            d[1][t] = d[1][t - 1] + rnd.nextGaussian();
        }
        VecmFit fit = VecmSpec.of(0, 1).fit(d);
        double rho = fit.deviationPersistence()[0][0];
        assertThat(fit.halfLife().isPresent()).isEqualTo(rho > 0 && rho < 1);
    }

    @Test
    void forecastCovarianceGivesTheStandardErrors() {
        MultivariateForecast f = FIT.forecast(5);
        for (int h = 1; h <= 5; h++) {
            assertThat(f.variable("spot").standardError(h)).isEqualTo(Math.sqrt(f.covariance(h)[1][1]));
        }
        // the first step's covariance is Sigma
        assertThat(References.flat(f.covariance(1))).containsExactly(References.flat(FIT.sigma()));
    }

    @Test
    void tooShortSeriesIsRefused() {
        double[][] d = {{1, 2, 3, 5}, {2, 1, 4, 3}};
        assertThatThrownBy(() -> VecmSpec.of(1, 1).fit(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'data'").hasMessageContaining("at least").hasMessageContaining("length 4");
        assertThatThrownBy(() -> VarSpec.of(2).fit(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'data'").hasMessageContaining("length 4");
    }

    @Test
    void rankNotBelowTheDimensionIsRefused() {
        double[][] d = market(200, 1);
        assertThatThrownBy(() -> VecmSpec.of(1, 2).fit(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rank'").hasMessageContaining("has value 2");
        assertThatThrownBy(() -> VecmSpec.of(1, 3).fit(d)).hasMessageContaining("'rank'");
        assertThatThrownBy(() -> VecmSpec.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rank'");
        assertThatThrownBy(() -> VecmSpec.of(-1, 1)).hasMessageContaining("'lagDifferences'");
    }

    @Test
    void collinearColumnsRaiseEstimationException() {
        double[][] d = market(200, 1);
        double[][] twice = {d[0], d[1], d[1].clone()};
        assertThatThrownBy(() -> VecmSpec.of(1, 1).fit(twice)).isInstanceOf(EstimationException.class)
                .hasMessageContaining("collinear");
        assertThatThrownBy(() -> VarSpec.of(1).fit(twice)).isInstanceOf(EstimationException.class)
                .hasMessageContaining("collinear");
    }

    @Test
    void badDeterministicCodesAreRefused() {
        assertThat(DeterministicTerms.parse("coli").code()).isEqualTo("coli");
        assertThat(DeterministicTerms.parse("n")).isEqualTo(DeterministicTerms.NONE);
        for (String bad : new String[] {"", "x", "coci", "loli", "coco", "c", "cilolo"}) {
            assertThatThrownBy(() -> DeterministicTerms.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'deterministic'");
        }
        assertThatThrownBy(() -> VarTrend.parse("ctt")).hasMessageContaining("'trend'");
        assertThatThrownBy(() -> LagCriterion.parse("aicc")).hasMessageContaining("'criterion'");
    }

    @Test
    void orderSelectionRefusesTooManyLags() {
        double[][] d = market(30, 1);
        assertThatThrownBy(() -> VarSpec.selectOrder(d, 10, VarTrend.CONSTANT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maxLags'")
                .hasMessageContaining("1..9");
    }

    @Test
    void priceDiscoveryNeedsOneCommonTrend() {
        VecmFit fit = VecmSpec.of(1, 1).withDeterministic("co").fit(References.denmark());
        assertThatThrownBy(fit::priceDiscovery).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rank K - 1");
        assertThatThrownBy(() -> VecmSpec.of(1, 1).withDeterministic("lo").fit(References.denmark()).longRunMean())
                .isInstanceOf(IllegalStateException.class);
    }
}
