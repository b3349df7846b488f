package io.github.basisspread.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class OlsSpecTest {

    private static final double[] Y = {1, 3, 2, 5};
    private static final double[] X = {0, 1, 2, 3};

    @Test
    void simpleRegressionWorkedByHand() {
        // xbar = 1.5, ybar = 2.75, Sxx = 5, Sxy = 5.5 -> slope 1.1, intercept 2.75 - 1.65 = 1.1
        // fitted 1.1, 2.2, 3.3, 4.4; residuals -0.1, 0.8, -1.3, 0.6; SSR = 2.7; s^2 = 2.7 / 2 = 1.35
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(Y, X));
        assertThat(fit.parameterNames()).containsExactly("intercept", "x1");
        assertThat(fit.coefficient("intercept")).isCloseTo(1.1, offset(1e-14));
        assertThat(fit.coefficient("x1")).isCloseTo(1.1, offset(1e-14));
        assertThat(fit.residuals()).containsExactly(new double[] {-0.1, 0.8, -1.3, 0.6}, offset(1e-14));
        assertThat(fit.fittedValues()).containsExactly(new double[] {1.1, 2.2, 3.3, 4.4}, offset(1e-14));
        assertThat(fit.sumOfSquaredResiduals()).isCloseTo(2.7, offset(1e-14));
        assertThat(fit.residualStandardError()).isCloseTo(Math.sqrt(1.35), offset(1e-14));
        // se(slope) = sqrt(1.35 / 5) = sqrt(0.27); se(intercept) = sqrt(1.35 (1/4 + 2.25/5)) = sqrt(0.945)
        assertThat(fit.standardError("x1")).isCloseTo(Math.sqrt(0.27), offset(1e-14));
        assertThat(fit.standardError("intercept")).isCloseTo(Math.sqrt(0.945), offset(1e-14));
        assertThat(fit.tValues()[1]).isCloseTo(1.1 / Math.sqrt(0.27), offset(1e-13));
        // TSS = 3.0625 + 0.0625 + 0.5625 + 5.0625 = 8.75; R^2 = 1 - 2.7 / 8.75; adj = 1 - 3/2 (1 - R^2)
        assertThat(fit.totalSumOfSquares()).isCloseTo(8.75, offset(1e-14));
        assertThat(fit.rSquared()).isCloseTo(1 - 2.7 / 8.75, offset(1e-14));
        assertThat(fit.adjustedRSquared()).isCloseTo(1 - 1.5 * (2.7 / 8.75), offset(1e-14));
        // F = (8.75 - 2.7) / 1 / 1.35 = 4.481481...
        FTest f = fit.fTest().orElseThrow();
        assertThat(f.statistic()).isCloseTo(6.05 / 1.35, offset(1e-13));
        assertThat(f.numeratorDf()).isEqualTo(1);
        assertThat(f.denominatorDf()).isEqualTo(2);
        // with one numerator df, F = t^2 and the p-values agree
        assertThat(f.pValue()).isCloseTo(fit.pValues()[1], offset(1e-14));
        // DW: differences 0.9, -2.1, 1.9 -> 0.81 + 4.41 + 3.61 = 8.83; 8.83 / 2.7
        assertThat(fit.durbinWatson()).isCloseTo(8.83 / 2.7, offset(1e-13));
        // llf = -n/2 (ln 2 pi + ln(SSR/n) + 1) = -2 (1.8378771 - 0.3930425 + 1) = -4.8896692
        double llf = -2 * (Math.log(2 * Math.PI) + Math.log(2.7 / 4) + 1);
        assertThat(fit.logLikelihood()).isCloseTo(llf, offset(1e-13));
        assertThat(fit.informationCriteria().aic()).isCloseTo(-2 * llf + 4, offset(1e-12));
        assertThat(fit.numberOfParameters()).isEqualTo(2);
        assertThat(fit.nobs()).isEqualTo(4);
        assertThat(fit.residualDegreesOfFreedom()).isEqualTo(2);
        assertThat(fit.modelDegreesOfFreedom()).isEqualTo(1);
        assertThat(fit.convergence()).isEqualTo(ConvergenceInfo.closedForm());
        assertThat(fit.rankReport().isFullRank()).isTrue();
        assertThat(fit.droppedObservations()).isZero();
        assertThat(fit.estimates()).containsExactly(fit.coefficients());
        assertThat(fit.responseName()).isEqualTo("y");
        assertThat(fit.toString()).startsWith("OLS: y ~ intercept + x1: intercept 1.1 (0.972111), x1 1.1 (0.519615)");
        // prediction at x = 4: 1.1 + 4.4 = 5.5; var = s^2 (1/4 + (4 - 1.5)^2 / 5) = 1.35 * 1.5 = 2.025
        Prediction p = fit.predict(new double[] {4});
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.mean()[0]).isCloseTo(5.5, offset(1e-13));
        assertThat(p.standardErrorOfMean()[0]).isCloseTo(Math.sqrt(2.025), offset(1e-13));
        assertThat(p.standardErrorOfObservation()[0]).isCloseTo(Math.sqrt(2.025 + 1.35), offset(1e-13));
        // t_2(0.975) = 4.302652729911275 (tables)
        Interval ci = p.confidenceIntervals(0.95).get(0);
        assertThat(ci.upper()).isCloseTo(5.5 + 4.302652729911275 * Math.sqrt(2.025), offset(1e-9));
    }

    @Test
    void throughTheOriginWorkedByHand() {
        // slope = sum xy / sum xx = (0 + 3 + 4 + 15) / (0 + 1 + 4 + 9) = 22 / 14; R^2 uncentered
        OlsFit fit = OlsSpec.of().withoutIntercept().fit(RegressionData.of(Y, X));
        assertThat(fit.coefficients()[0]).isCloseTo(22.0 / 14, offset(1e-14));
        double ssr = 0;
        for (int i = 0; i < 4; i++) {
            double e = Y[i] - 22.0 / 14 * X[i];
            ssr += e * e;
        }
        assertThat(fit.rSquared()).isCloseTo(1 - ssr / 39, offset(1e-14));   // sum y^2 = 1 + 9 + 4 + 25 = 39
        assertThat(fit.fTest()).isPresent();
    }

    @Test
    void interceptOnlyHasNoFTest() {
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(Y));
        assertThat(fit.coefficients()[0]).isCloseTo(2.75, offset(1e-15));
        assertThat(fit.fTest()).isEmpty();
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> RegressionData.of(new double[4], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'x1' must have length 4 (the length of 'y') but has length 3");
        assertThatThrownBy(() -> RegressionData.builder().response("y", new double[4]).weights(new double[2]).build())
                .hasMessageContaining("Argument 'weights' must have length 4");
        assertThatThrownBy(() -> RegressionData.of(new double[0]))
                .hasMessageContaining("Argument 'y' must not be empty but has length 0");
    }

    @Test
    void fewerObservationsThanParametersAreRejected() {
        assertThatThrownBy(() -> OlsSpec.of().fit(RegressionData.of(new double[] {1, 2}, new double[] {3, 5})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must have more usable observations than the 2 columns of the design but has"
                        + " value 2 observations");
        assertThatThrownBy(() -> OlsSpec.of().withoutIntercept().fit(RegressionData.of(Y)))
                .hasMessageContaining("must have a regressor or the model an intercept");
    }

    @Test
    void nonFiniteValuesAreRejectedOrDroppedWithACount() {
        double[] x = {0, 1, Double.NaN, 3, 4, 5};
        double[] y = {1, 3, 2, Double.POSITIVE_INFINITY, 6, 7};
        RegressionData data = RegressionData.of(y, x);
        assertThatThrownBy(() -> OlsSpec.of().fit(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x1' has value NaN at index 2")
                .hasMessageContaining("2 observation(s) with NaN or infinite values; use MissingPolicy.DROP");
        OlsFit dropped = OlsSpec.of().withMissing(MissingPolicy.DROP).fit(data);
        assertThat(dropped.droppedObservations()).isEqualTo(2);
        assertThat(dropped.nobs()).isEqualTo(4);
        OlsFit clean = OlsSpec.of().fit(RegressionData.of(new double[] {1, 3, 6, 7},
                new double[] {0, 1, 4, 5}));
        assertThat(dropped.coefficients()).containsExactly(clean.coefficients(), offset(1e-14));
        double[] w = {1, 1, 1, 1, Double.NaN, 1};
        RegressionData weighted = RegressionData.builder().response("y", new double[] {1, 2, 3, 4, 5, 7})
                .regressor("x", new double[] {1, 2, 3, 4, 5, 6}).weights(w).build();
        assertThatThrownBy(() -> OlsSpec.of().fit(weighted)).hasMessageContaining("'weights' has value NaN");
        assertThat(OlsSpec.of().withMissing(MissingPolicy.DROP).fit(weighted).droppedObservations())
                .isEqualTo(1);
        assertThatThrownBy(() -> OlsSpec.of().withMissing(MissingPolicy.DROP).fit(RegressionData.of(
                new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3})))
                .hasMessageContaining("(after dropping 1 with missing values)");
    }

    @Test
    void badWeightsAndNamesAreRejected() {
        assertThatThrownBy(() -> RegressionData.builder().response("y", Y).weights(new double[] {1, -1, 1, 1}).build())
                .hasMessageContaining("Argument 'weights' must be finite and greater than zero but has value -1.0 at"
                        + " index 1");
        assertThatThrownBy(() -> RegressionData.builder().response("y", Y).regressor("a", X).regressor("a", X))
                .hasMessageContaining("must be unique and not 'intercept' but has value 'a'");
        assertThatThrownBy(() -> RegressionData.builder().response("y", Y).regressor("intercept", X))
                .hasMessageContaining("but has value 'intercept'");
        assertThatThrownBy(() -> RegressionData.builder().response(" ", Y))
                .hasMessageContaining("Argument 'name' must not be blank but has value ' '");
        assertThatThrownBy(() -> RegressionData.builder().build()).hasMessageContaining("'response' must not be null");
        assertThatThrownBy(() -> RegressionData.builder().response("y", Y).weights(null))
                .hasMessageContaining("'weights' must not be null");
        assertThatThrownBy(() -> RegressionData.of(Y).weights()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> OlsSpec.of().fit(null)).hasMessageContaining("'data' must not be null");
        assertThatThrownBy(() -> OlsSpec.of().withRankTolerance(0))
                .hasMessageContaining("'tolerance' must be greater than 0 and less than 1 but has value 0.0");
        assertThatThrownBy(() -> OlsSpec.of().withCovariance(null))
                .hasMessageContaining("'estimator' must not be null");
        assertThatThrownBy(() -> OlsSpec.of().withMissing(null)).hasMessageContaining("'policy'");
        assertThatThrownBy(() -> CovarianceEstimator.neweyWest(-1, false))
                .hasMessageContaining("'lags' must be zero or greater but has value -1");
    }

    @Test
    void constantRegressorWithInterceptIsReported() {
        double[] c = {2, 2, 2, 2, 2};
        double[] x = {1, 2, 4, 3, 5};
        double[] y = {1, 2, 2, 4, 6};
        RegressionData data = RegressionData.builder().response("y", y).regressor("x", x).regressor("c", c).build();
        assertThatThrownBy(() -> OlsSpec.of().fit(data))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("rank 2 of 3 columns")
                .hasMessageContaining("column 'c' (index 2) is constant, collinear with the intercept")
                .satisfies(e -> {
                    RankReport report = ((EstimationException) e).detail(RankReport.class).orElseThrow();
                    assertThat(report.rank()).isEqualTo(2);
                    assertThat(report.aliased()).extracting(RankReport.AliasedColumn::name).containsExactly("c");
                    assertThat(((EstimationException) e).diagnostics()).hasSize(1);
                });
        OlsFit fit = OlsSpec.of().dropCollinear().fit(data);
        assertThat(fit.parameterNames()).containsExactly("intercept", "x");
        assertThat(fit.rankReport().aliased().get(0).constant()).isTrue();
        // a prediction row still carries every regressor of the data, the dropped one included
        assertThat(fit.predict(new double[] {3, 2}).mean()[0])
                .isCloseTo(fit.coefficient("intercept") + 3 * fit.coefficient("x"), offset(1e-13));
        assertThatThrownBy(() -> fit.coefficient("c")).hasMessageContaining("must be one of [intercept, x]");
    }

    @Test
    void perfectlyCollinearColumnsAreReported() {
        double[] x1 = {1, 2, 3, 4, 5, 6};
        double[] x2 = {1, 0, 1, 0, 1, 1};
        double[] x3 = new double[6];
        for (int i = 0; i < 6; i++) {
            x3[i] = 0.1 * x1[i] + 3 * x2[i];
        }
        double[] y = {1, 3, 2, 5, 4, 6};
        assertThatThrownBy(() -> OlsSpec.of().withoutIntercept().fit(RegressionData.of(y, x1, x2, x3)))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("column 'x3' (index 2) is a linear combination of the columns before it")
                .hasMessageContaining("use dropCollinear()");
        double[] zero = new double[6];
        assertThatThrownBy(() -> OlsSpec.of().fit(RegressionData.of(y, x1, zero)))
                .hasMessageContaining("column 'x2' (index 2) is constant");
        assertThatThrownBy(() -> OlsSpec.of().withoutIntercept().fit(RegressionData.of(y, x1, zero)))
                .hasMessageContaining("column 'x2' (index 1) is zero or exactly a linear combination");
    }

    @Test
    void perfectFitHasNoInformationCriteria() {
        double[] y = {1, 3, 5, 7};
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(y, X));
        assertThat(fit.logLikelihood()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(fit::informationCriteria).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the fit is perfect");
        assertThatThrownBy(fit::durbinWatson).hasMessageContaining("every residual is zero");
        assertThat(fit.fTest().orElseThrow().statistic()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(fit.fTest().orElseThrow().pValue()).isZero();
        assertThatThrownBy(() -> OlsSpec.of().fit(RegressionData.of(new double[] {2, 2, 2}, new double[] {1, 2,
                4})).rSquared()).hasMessageContaining("total sum of squares of 'y' is zero");
    }

    @Test
    void covarianceCanBeSwappedWithoutRefitting() {
        double[] y = {1, 3, 2, 5, 4, 7, 5, 9};
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        OlsFit classical = OlsSpec.of().fit(RegressionData.of(y, x));
        OlsFit hc3 = classical.withCovariance(CovarianceEstimator.hc3());
        OlsFit direct = OlsSpec.of().withCovariance(CovarianceEstimator.hc3()).fit(RegressionData.of(y, x));
        assertThat(hc3.standardErrors()).containsExactly(direct.standardErrors(), offset(1e-15));
        assertThat(hc3.covarianceEstimator().name()).isEqualTo("HC3");
        assertThat(hc3.spec().covarianceEstimator().name()).isEqualTo("HC3");
        assertThat(CovarianceEstimator.neweyWest().name()).isEqualTo("HAC(auto, bartlett)");
        assertThat(CovarianceEstimator.neweyWest(2, true).name()).isEqualTo("HAC(2, bartlett, corrected)");
        assertThat(CovarianceEstimator.classical().isRobust()).isFalse();
        assertThat(List.of(CovarianceEstimator.hc0(), CovarianceEstimator.hc1(), CovarianceEstimator.hc2()))
                .allMatch(CovarianceEstimator::isRobust);
        // HAC with lag 0 is HC0
        assertThat(classical.withCovariance(CovarianceEstimator.neweyWest(0, false)).standardErrors())
                .containsExactly(classical.withCovariance(CovarianceEstimator.hc0()).standardErrors(), offset(1e-15));
        assertThatThrownBy(() -> classical.withCovariance(null)).hasMessageContaining("'other' must not be null");
        assertThatThrownBy(() -> classical.design().sandwich(new double[1][1])).hasMessageContaining("must be 2 x 2");
        assertThatThrownBy(() -> classical.confidenceIntervals(1.0))
                .hasMessageContaining("'level' must be greater than 0 and less than 1 but has value 1.0");
        assertThatThrownBy(() -> classical.predict(new double[] {1, 2})).hasMessageContaining("'rows[0]' must have length 1");
        assertThatThrownBy(() -> classical.predict(new double[] {Double.NaN})).hasMessageContaining("must be finite");
    }

    @Test
    void leverageOneMakesHc3Undefined() {
        // the last observation alone identifies the dummy: its leverage is 1
        double[] d = {0, 0, 0, 0, 1};
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 2, 2, 5, 9};
        // leverage of a row: with intercept and one regressor, h = 1/n + (x - xbar)^2 / Sxx;
        // for x = 1..5 (xbar 3, Sxx 10) the first row has h = 0.2 + 4/10 = 0.6
        LeastSquaresDesign design = OlsSpec.of().fit(RegressionData.of(y, x)).design();
        assertThat(design.leverage(0, new double[2])).isCloseTo(0.6, offset(1e-14));
        assertThat(design.nobs()).isEqualTo(5);
        assertThat(design.parameterCount()).isEqualTo(2);
        assertThatThrownBy(() -> OlsSpec.of().withCovariance(CovarianceEstimator.hc3())
                .fit(RegressionData.of(y, x, d)))
                .isInstanceOf(EstimationException.class)
                .hasMessageContaining("HC3 covariance is undefined: observation 4 has leverage");
    }

    @Property(tries = 50)
    void residualsAreOrthogonalToTheRegressors(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = -6, max = 6) int exponent) {
        double unit = Math.pow(10, exponent);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int n = 30;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rnd.nextGaussian() * unit;
            x2[i] = rnd.nextDouble();
            y[i] = 2 * x1[i] / unit + x2[i] + rnd.nextGaussian();
        }
        OlsFit fit = OlsSpec.of().fit(RegressionData.of(y, x1, x2));
        double[] e = fit.residuals();
        double s0 = 0;
        double s1 = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            s0 += e[i];
            s1 += e[i] * x1[i] / unit;
            norm += Math.abs(e[i]);
        }
        assertThat(Math.abs(s0)).isLessThan(1e-12 * norm);
        assertThat(Math.abs(s1)).isLessThan(1e-11 * norm);
        // rescaling a regressor by c divides its coefficient by c and leaves the rest alone
        double[] scaled = x1.clone();
        for (int i = 0; i < n; i++) {
            scaled[i] *= 8;
        }
        OlsFit rescaled = OlsSpec.of().fit(RegressionData.of(y, scaled, x2));
        assertThat(rescaled.coefficients()[1] * 8).isCloseTo(fit.coefficients()[1],
                offset(1e-10 * Math.abs(fit.coefficients()[1])));
        assertThat(rescaled.tValues()[1]).isCloseTo(fit.tValues()[1], offset(1e-9 * Math.abs(fit.tValues()[1])));
    }
}
