package io.github.basisspread.models.arima;

import java.util.List;
import java.util.Map;

/** The R reference cases: file, the specification that reproduces R's call, and the data. */
final class RCases {

    record Case(String file, ArimaSpec spec, boolean regressor) {
        RReference ref() {
            return RReference.load(file);
        }

        ArimaData data() {
            RReference r = ref();
            double[] y = r.values("y");
            if (!regressor) {
                return ArimaData.of(y);
            }
            double[] xr = r.values("xreg");
            double[][] x = new double[y.length][1];
            for (int t = 0; t < y.length; t++) {
                x[t][0] = xr[t];
            }
            return ArimaData.of(y, x);
        }

        double[][] futureRegressors() {
            if (!regressor) {
                return new double[(int) ref().value("h")][0];
            }
            double[] xr = ref().values("newxreg");
            double[][] x = new double[xr.length][1];
            for (int t = 0; t < xr.length; t++) {
                x[t][0] = xr[t];
            }
            return x;
        }
    }

    static final ArimaSpec.Method ML = ArimaSpec.Method.ML;

    static final List<Case> ALL = List.of(
            new Case("lh_ar1_ml.txt", ArimaSpec.of(1, 0, 0).withConstant().withMethod(ML), false),
            new Case("lh_arma11_ml.txt", ArimaSpec.of(1, 0, 1).withConstant().withMethod(ML), false),
            new Case("lh_ar3_css.txt", ArimaSpec.of(3, 0, 0).withConstant().withMethod(ArimaSpec.Method.CSS), false),
            new Case("lh_arma11_cssml.txt", ArimaSpec.of(1, 0, 1).withConstant(), false),
            new Case("airline_log_ap.txt", ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12), false),
            new Case("usaccdeaths_airline_ml.txt", ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12).withMethod(ML), false),
            new Case("lakehuron_na_ar2_ml.txt", ArimaSpec.of(2, 0, 0).withConstant().withMethod(ML), false),
            new Case("lakehuron_na_arima210_ml.txt", ArimaSpec.of(2, 1, 0).withMethod(ML), false),
            new Case("lakehuron_first_na_arima110_ml.txt", ArimaSpec.of(1, 1, 0).withMethod(ML), false),
            new Case("airline_na_ml.txt", ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12).withMethod(ML), false),
            new Case("lakehuron_trend_ar2_ml.txt",
                    ArimaSpec.of(2, 0, 0).withConstant().withRegressors("trend").withMethod(ML), true),
            new Case("wwwusage_drift_ml.txt", ArimaSpec.of(1, 1, 0).withDrift().withMethod(ML), false));

    static final Map<String, Case> BY_FILE = Map.copyOf(ALL.stream()
            .collect(java.util.stream.Collectors.toMap(Case::file, c -> c)));

    private RCases() {
    }
}
