package io.github.basisspread.models.volatility;

import java.util.random.RandomGenerator;

/**
 * Forecasts and simulated paths from a state of the recursion: the last p residuals (for EGARCH
 * the last p standardised residuals z), most recent first, the last q variances, most recent
 * first, and for the mean equation the last u observations and the last v residuals, most recent
 * first. Stateless.
 */
final class GarchPaths {

    private GarchPaths() {
    }

    /**
     * The variance forecasts {@code E_T h_{T+k}}, k = 1..horizon. GARCH and GJR: the recursion with
     * each unknown {@code e^2} replaced by its expectation h and the GJR indicator by 1/2 (symmetric
     * innovations), exact. EGARCH: the recursion of the log variance with each unknown
     * {@code alpha (|z| - E|z|) + gamma z} replaced by its expectation 0, exponentiated; exact at
     * step 1, beyond it {@code exp(E log h)}, below {@code E h} by Jensen's inequality.
     */
    static double[] varianceForecast(GarchRecursion rec, double[] theta, int horizon, double[] eLag, double[] hLag) {
        int p = rec.p();
        int q = rec.q();
        double omega = theta[rec.omegaIndex()];
        int ai = rec.alphaIndex();
        int gi = rec.gammaIndex();
        int bi = rec.betaIndex();
        boolean egarch = rec.model() == VarianceModel.EGARCH;
        boolean gjr = rec.model() == VarianceModel.GJR;
        double absMean = egarch ? Innovation.meanAbsolute(rec.innovation(), rec.shape(theta)) : 0;
        double[] out = new double[horizon];
        for (int k = 1; k <= horizon; k++) {
            double s = omega;
            for (int i = 1; i <= p; i++) {
                double a = theta[ai + i - 1];
                int back = k - i; // > 0: a future step (index back - 1 in out); <= 0: known, eLag[-back]
                if (egarch) {
                    if (back <= 0) {
                        double z = eLag[-back];
                        s += a * (Math.abs(z) - absMean) + theta[gi + i - 1] * z;
                    }
                } else if (back > 0) {
                    s += (a + (gjr ? 0.5 * theta[gi + i - 1] : 0)) * out[back - 1];
                } else {
                    double e = eLag[-back];
                    s += (a + (gjr && e < 0 ? theta[gi + i - 1] : 0)) * e * e;
                }
            }
            for (int j = 1; j <= q; j++) {
                int back = k - j;
                double h = back > 0 ? out[back - 1] : hLag[-back];
                s += theta[bi + j - 1] * (egarch ? Math.log(h) : h);
            }
            out[k - 1] = egarch ? Math.exp(s) : s;
        }
        return out;
    }

    /** A simulated path of {@code steps} observations continuing the state. */
    static double[] simulate(GarchRecursion rec, double[] theta, int steps, RandomGenerator random, double[] eLag,
            double[] hLag, double[] xLag, double[] maLag) {
        int p = rec.p();
        int q = rec.q();
        int u = rec.arOrder();
        int v = rec.maOrder();
        double[] e = eLag.clone();
        double[] hl = hLag.clone();
        double[] xl = xLag.clone();
        double[] ml = maLag.clone();
        double mu = rec.mean() != MeanModel.ZERO ? theta[0] : 0;
        int ari = rec.arIndex();
        int mai = rec.maIndex();
        double omega = theta[rec.omegaIndex()];
        int ai = rec.alphaIndex();
        int gi = rec.gammaIndex();
        int bi = rec.betaIndex();
        boolean egarch = rec.model() == VarianceModel.EGARCH;
        boolean gjr = rec.model() == VarianceModel.GJR;
        double nu = rec.shape(theta);
        double absMean = egarch ? Innovation.meanAbsolute(rec.innovation(), nu) : 0;
        double[] out = new double[steps];
        for (int t = 0; t < steps; t++) {
            double s = omega;
            for (int i = 0; i < p; i++) {
                if (egarch) {
                    s += theta[ai + i] * (Math.abs(e[i]) - absMean) + theta[gi + i] * e[i];
                } else {
                    double a = theta[ai + i] + (gjr && e[i] < 0 ? theta[gi + i] : 0);
                    s += a * e[i] * e[i];
                }
            }
            for (int j = 0; j < q; j++) {
                s += theta[bi + j] * (egarch ? Math.log(hl[j]) : hl[j]);
            }
            double h = egarch ? Math.exp(s) : s;
            double z = draw(rec.innovation(), nu, random);
            double eps = Math.sqrt(h) * z;
            double x = mu + eps;
            for (int i = 0; i < u; i++) {
                x += theta[ari + i] * xl[i];
            }
            for (int j = 0; j < v; j++) {
                x += theta[mai + j] * ml[j];
            }
            out[t] = x;
            shift(xl, x);
            shift(ml, eps);
            for (int i = p - 1; i > 0; i--) {
                e[i] = e[i - 1];
            }
            e[0] = egarch ? z : eps;
            for (int j = q - 1; j > 0; j--) {
                hl[j] = hl[j - 1];
            }
            if (q > 0) {
                hl[0] = h;
            }
        }
        return out;
    }

    /** Moves a most-recent-first lag buffer on by one value. */
    private static void shift(double[] lags, double newest) {
        if (lags.length == 0) {
            return;
        }
        System.arraycopy(lags, 0, lags, 1, lags.length - 1);
        lags[0] = newest;
    }

    /** One unit-variance innovation: normal, or t scaled by sqrt((nu - 2) / nu). */
    static double draw(Innovation d, double nu, RandomGenerator random) {
        double z = random.nextGaussian();
        if (d == Innovation.NORMAL) {
            return z;
        }
        double chi2 = 2 * gamma(nu / 2, random);
        return z / Math.sqrt(chi2 / nu) * Math.sqrt((nu - 2) / nu);
    }

    /**
     * A Gamma(shape, 1) variate for shape >= 1 (Marsaglia and Tsang 2000, ACM TOMS 26, sec. 6);
     * below 1 by their boost {@code Gamma(a + 1) U^(1/a)}.
     */
    static double gamma(double shape, RandomGenerator random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
