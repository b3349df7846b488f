package io.github.basisspread.models.multivariate;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.api.EstimatorContractTest;

/** The estimator contract for the VAR (urca's Danish data, two lags, a constant). */
class VarContractTest extends EstimatorContractTest<double[][], VarFit> {

    @Override
    protected Estimator<double[][], VarFit> estimator() {
        return VarSpec.of(2);
    }

    @Override
    protected double[][] data() {
        return References.denmark();
    }

    /** 4 equations x (const + 8 lags), Sigma 10. */
    @Override
    protected int expectedNumberOfParameters(VarFit fit) {
        return 4 * 9 + 10;
    }

    @Override
    protected double[][] badData() {
        double[][] d = References.denmark();
        d[2][7] = Double.NaN;
        return d;
    }

    @Override
    protected String badArgumentName() {
        return "data[2]";
    }

    /** Two equal series: their lags are collinear. */
    @Override
    protected Impossible<double[][], VarFit> impossibleFit() {
        double[][] d = References.denmark();
        return new Impossible<>(VarSpec.of(1), new double[][] {d[0], d[0].clone()});
    }

    @Override
    protected double[] forecast(VarFit fit, int horizon) {
        MultivariateForecast f = fit.forecast(horizon);
        double[] out = new double[horizon * 8];
        for (int j = 0; j < 4; j++) {
            System.arraycopy(f.variable(j).mean(), 0, out, j * horizon, horizon);
            System.arraycopy(f.variable(j).standardErrors(), 0, out, (4 + j) * horizon, horizon);
        }
        return out;
    }
}
