package io.github.basisspread.models.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FitJsonTest {

    private static final ConvergenceInfo CONV = new ConvergenceInfo(12, 40, 1.5e-7, true);
    private static final DataSummary DATA = new DataSummary(200, 3, 1.49, 0.8, -0.7, 3.9);

    private static FitRecord sample() {
        return new FitRecord("ARIMA(1,0,1) with \"mean\"\n(test)", List.of("ar1", "ma1", "intercept"),
                new double[] {0.1 + 0.2, -1e-300, 12345.678901234567}, new double[] {0.05, Double.MIN_VALUE, 0.1},
                new double[][] {{0.0025, 1e-4, 0}, {1e-4, 4.9e-3, -2e-5}, {0, -2e-5, 0.01}}, -140.25, 200, 4,
                CONV, DATA);
    }

    @Test
    void roundTripIsExact() {
        FitRecord r = sample();
        String json = FitJson.write(r);
        assertThat(json).contains("\"schema\": \"io.github.basisspread.fit\"").contains("\"schemaVersion\": 1")
                .contains("0.30000000000000004").contains("\\\"mean\\\"\\n(test)");
        FitRecord back = FitJson.read(json);
        assertThat(back).isEqualTo(r);
        assertThat(back.estimates()).containsExactly(0.30000000000000004, -1e-300, 12345.678901234567);
        assertThat(back.informationCriteria()).isEqualTo(r.informationCriteria());
        assertThat(FitJson.write(back)).isEqualTo(json);
    }

    @Test
    void absentStandardErrorsAndNonFiniteFiguresSurvive() {
        FitRecord r = new FitRecord("local level", List.of("sigma2_eps", "fixed"), new double[] {2.5, Double.NaN},
                new double[0], new double[0][], -17.5, 10, 1,
                ConvergenceInfo.closedForm(), DataSummary.of(new double[] {Double.NaN}));
        String json = FitJson.write(r);
        assertThat(json).contains("\"standardErrors\": []").contains("\"NaN\"");
        FitRecord back = FitJson.read(json);
        assertThat(back).isEqualTo(r);
        assertThat(back.hasStandardErrors()).isFalse();
        assertThat(back.data().missing()).isEqualTo(1);
        assertThat(back.data().mean()).isNaN();
        // A log-likelihood of -Infinity cannot be right: refused, not stored (DESIGN.md).
        assertThatThrownBy(() -> FitJson.read(json.replace("\"logLikelihood\": -17.5", "\"logLikelihood\": \"-Infinity\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'logLikelihood'");
    }

    @Property(tries = 200)
    void anyEstimatesRoundTrip(@ForAll @Size(min = 0, max = 6) List<@DoubleRange(min = -1e12, max = 1e12) Double> xs) {
        double[] est = xs.stream().mapToDouble(Double::doubleValue).toArray();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < est.length; i++) {
            names.add("b" + i);
        }
        FitRecord r = new FitRecord("OLS", names, est, new double[0], new double[0][], -1.0, 5, est.length, CONV, DATA);
        assertThat(FitJson.read(FitJson.write(r))).isEqualTo(r);
    }

    @Test
    void realArimaFitRoundTrips() {
        Random rnd = new Random(7);
        double[] y = new double[150];
        for (int t = 1; t < y.length; t++) {
            y[t] = 0.6 * y[t - 1] + rnd.nextGaussian();
        }
        ArimaFit fit = ArimaSpec.of(1, 0, 0).withConstant().fit(y);
        FitRecord r = FitRecord.of("ARIMA(1,0,0) with mean", fit, DataSummary.of(y)).withCovariance(fit.covariance());
        FitRecord back = FitJson.read(FitJson.write(r));
        assertThat(back).isEqualTo(r);
        assertThat(back.parameterNames()).isEqualTo(fit.parameterNames());
        assertThat(back.estimates()).containsExactly(fit.estimates());
        assertThat(back.standardErrors()).containsExactly(fit.standardErrors());
        assertThat(back.logLikelihood()).isEqualTo(fit.logLikelihood());
        assertThat(back.informationCriteria()).isEqualTo(fit.informationCriteria());
        assertThat(back.data().n()).isEqualTo(150);
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> FitJson.read("{\n  \"schema\": \"io.github.basisspread.fit\",\n  \"x\" 1\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3, column 7").hasMessageContaining("expected ':'");
        assertThatThrownBy(() -> FitJson.read("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate key \"a\"");
        assertThatThrownBy(() -> FitJson.read("[1, 2] x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the JSON value");
    }

    @Test
    void otherVersionsAndBadContentAreRefusedByName() {
        String json = FitJson.write(sample());
        assertThatThrownBy(() -> FitJson.read(json.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'schemaVersion'").hasMessageContaining("value 2");
        assertThatThrownBy(() -> FitJson.read(json.replace("io.github.basisspread.fit", "other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'schema'");
        assertThatThrownBy(() -> FitJson.read(json.replace("\"nobs\": 200", "\"nobs\": 200.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nobs'")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> FitJson.read(json.replace("\"nobs\": 200,", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"nobs\"");
        assertThatThrownBy(() -> FitJson.read(json.replace("\"converged\": true", "\"converged\": 1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'converged'");
        assertThatThrownBy(() -> FitJson.read(json.replace("\"estimates\": [", "\"estimates\": [1, ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'estimates'")
                .hasMessageContaining("one per name (3)");
    }

    @Test
    void recordCopiesItsArrays() {
        double[] est = {1, 2};
        FitRecord r = new FitRecord("m", List.of("a", "b"), est, new double[0], new double[0][], -1, 3, 2, CONV, DATA);
        est[0] = 99;
        r.estimates()[1] = 99;
        assertThat(r.estimates()).containsExactly(1, 2);
        assertThatThrownBy(() -> new FitRecord("m", List.of("a"), new double[] {1}, new double[] {-1},
                new double[0][], -1, 3, 1, CONV, DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'standardErrors[0]'");
    }

    @Test
    void dataSummaryByHand() {
        DataSummary d = DataSummary.of(new double[] {1, Double.NaN, 3, 2});
        // mean 2, squares 1 + 1 + 0 over m - 1 = 2: sd 1
        assertThat(d).isEqualTo(new DataSummary(4, 1, 2.0, 1.0, 1.0, 3.0));
    }
}
