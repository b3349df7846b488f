package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.internal.Args;
import io.github.basisspread.models.api.Estimator;
import java.util.Arrays;

/**
 * The specification of a Gaussian elastic net, ridge or lasso regression fitted along its whole
 * regularisation path by cyclic coordinate descent, with the conventions of R's {@code glmnet}
 * (Friedman, Hastie and Tibshirani 2010, J. Stat. Software 33(1)).
 *
 * <p>It minimises {@code 1/(2n) RSS + lambda [(1 - alpha)/2 ||b||_2^2 + alpha ||b||_1]} over the
 * slopes {@code b} and an unpenalised intercept (eq. 1 and 2 of the paper) as glmnet does: the
 * columns standardised (centred, divided by their standard deviation with divisor n), the
 * response standardised likewise for the computation, coefficients reported on the original
 * scale, lambdas on the response's scale. Note glmnet's consequence, kept here: with
 * {@code alpha < 1} the ridge part of the penalty acts on the response scaled to unit variance.
 *
 * <p>The default lambda sequence is glmnet's: {@code nlambda = 100} values log-spaced from
 * {@code lambda_max = max_j |x_j'(y - ybar)|/n / max(alpha, 0.001)} (the smallest lambda at which
 * every slope is zero for {@code alpha > 0}) down to {@code lambda.min.ratio * lambda_max}, with
 * {@code lambda.min.ratio = 1e-4} when n &gt; p and {@code 0.01} otherwise; the first point is
 * fitted at an infinite lambda, and the path stops early by glmnet's rules (after at least 5
 * lambdas, when the fraction of deviance explained gains less than 1e-5 of itself or exceeds
 * 0.999). Each lambda starts from the previous solution (warm starts, section 2.5). A pass over
 * the coordinates ends the iterations when the largest squared change of a standardised slope is
 * below the tolerance (glmnet's {@code thresh}).
 *
 * <p>{@link #fit(Dataset)} needs one lambda ({@link #withLambda(double)}); {@link #path(Dataset)}
 * gives the whole path; {@link ElasticNetCv} chooses lambda by cross-validation. Immutable and
 * thread-safe.
 */
public final class ElasticNet implements Estimator<Dataset, ElasticNetFit> {

    private final double alpha;
    private final int nLambda;
    private final double lambdaMinRatio;
    private final double[] lambdas;
    private final double lambda;
    private final double tolerance;
    private final int maxPasses;

    private ElasticNet(double alpha, int nLambda, double lambdaMinRatio, double[] lambdas, double lambda,
            double tolerance, int maxPasses) {
        this.alpha = alpha;
        this.nLambda = nLambda;
        this.lambdaMinRatio = lambdaMinRatio;
        this.lambdas = lambdas;
        this.lambda = lambda;
        this.tolerance = tolerance;
        this.maxPasses = maxPasses;
    }

    /**
     * An elastic net with mixing parameter alpha (1 the lasso, 0 ridge) and glmnet's defaults.
     *
     * @param alpha the mixing parameter, in [0, 1]
     * @return the specification
     * @throws IllegalArgumentException if alpha is outside [0, 1] or NaN
     */
    public static ElasticNet of(double alpha) {
        Args.check(alpha >= 0 && alpha <= 1, "alpha", alpha, "lie in [0, 1]");
        return new ElasticNet(alpha, 100, Double.NaN, null, Double.NaN, 1e-7, 100_000);
    }

    /**
     * The lasso, {@code alpha = 1}.
     *
     * @return the specification
     */
    public static ElasticNet lasso() {
        return of(1);
    }

    /**
     * Ridge regression, {@code alpha = 0}.
     *
     * @return the specification
     */
    public static ElasticNet ridge() {
        return of(0);
    }

    /**
     * Sets the number of lambdas of the default sequence (glmnet's {@code nlambda}, 100).
     *
     * @param n at least 2
     * @return a new specification
     * @throws IllegalArgumentException if n is below 2
     */
    public ElasticNet withNLambda(int n) {
        Args.check(n >= 2, "nLambda", n, "be at least 2");
        return new ElasticNet(alpha, n, lambdaMinRatio, lambdas, lambda, tolerance, maxPasses);
    }

    /**
     * Sets the ratio of the smallest to the largest lambda of the default sequence (glmnet's
     * {@code lambda.min.ratio}; by default 1e-4 when n &gt; p, else 0.01).
     *
     * @param ratio in (0, 1)
     * @return a new specification
     * @throws IllegalArgumentException if the ratio is outside (0, 1)
     */
    public ElasticNet withLambdaMinRatio(double ratio) {
        Args.check(ratio > 0 && ratio < 1, "lambdaMinRatio", ratio, "lie in (0, 1)");
        return new ElasticNet(alpha, nLambda, ratio, lambdas, lambda, tolerance, maxPasses);
    }

    /**
     * Sets the lambda sequence of the path instead of the default one; the path then runs over
     * all of them (no early stop), as glmnet with a user {@code lambda}.
     *
     * @param sequence positive, finite, strictly decreasing; not modified
     * @return a new specification
     * @throws IllegalArgumentException if the sequence is empty, not positive or not decreasing
     */
    public ElasticNet withLambdas(double... sequence) {
        Args.notNull(sequence, "lambdas");
        Args.check(sequence.length >= 1, "lambdas", "[]", "hold at least one lambda");
        for (int k = 0; k < sequence.length; k++) {
            Args.check(sequence[k] > 0 && Double.isFinite(sequence[k]), "lambdas[" + k + "]", sequence[k], "be positive and finite");
            Args.check(k == 0 || sequence[k] < sequence[k - 1], "lambdas", Arrays.toString(sequence), "be strictly decreasing");
        }
        return new ElasticNet(alpha, nLambda, lambdaMinRatio, sequence.clone(), lambda, tolerance, maxPasses);
    }

    /**
     * Sets the lambda of {@link #fit(Dataset)}.
     *
     * @param value zero or more, finite
     * @return a new specification
     * @throws IllegalArgumentException if the value is negative, NaN or infinite
     */
    public ElasticNet withLambda(double value) {
        Args.check(value >= 0 && Double.isFinite(value), "lambda", value, "be zero or positive and finite");
        return new ElasticNet(alpha, nLambda, lambdaMinRatio, lambdas, value, tolerance, maxPasses);
    }

    /**
     * Sets the convergence tolerance (glmnet's {@code thresh}, 1e-7 by default): iterations at a
     * lambda end when a pass changes no standardised slope by more than its square root.
     *
     * @param thresh positive
     * @return a new specification
     * @throws IllegalArgumentException if thresh is not positive
     */
    public ElasticNet withTolerance(double thresh) {
        Args.check(thresh > 0 && Double.isFinite(thresh), "tolerance", thresh, "be positive and finite");
        return new ElasticNet(alpha, nLambda, lambdaMinRatio, lambdas, lambda, thresh, maxPasses);
    }

    /**
     * Sets the most passes over the coordinates in a whole path (glmnet's {@code maxit}, 1e5).
     *
     * @param passes at least 1
     * @return a new specification
     * @throws IllegalArgumentException if passes is below 1
     */
    public ElasticNet withMaxPasses(int passes) {
        return new ElasticNet(alpha, nLambda, lambdaMinRatio, lambdas, lambda, tolerance, Args.positive(passes, "maxPasses"));
    }

    /**
     * Returns the mixing parameter.
     *
     * @return alpha
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Fits the whole path.
     *
     * @param data the data, at least 2 rows and a varying response
     * @return the path
     * @throws IllegalArgumentException if the data are null, too short or the response constant
     * @throws io.github.basisspread.models.api.EstimationException if coordinate descent exceeds
     *     the passes allowed
     */
    public ElasticNetPath path(Dataset data) {
        Args.notNull(data, "data");
        Args.check(data.rows() >= 2, "data", data.rows() + " rows", "hold at least 2 rows");
        CoordinateDescent.Standardised s = new CoordinateDescent.Standardised(data);
        double[] std;
        double[] reported;
        boolean defaults = lambdas == null;
        if (defaults) {
            double ratio = Double.isNaN(lambdaMinRatio) ? (data.rows() > data.features() ? 1e-4 : 0.01) : lambdaMinRatio;
            double max = s.lambdaMax(alpha);
            std = new double[nLambda];
            reported = new double[nLambda];
            for (int k = 0; k < nLambda; k++) {
                // log-spaced: lambda_k = lambda_max * ratio^(k / (nlambda - 1))
                std[k] = max * Math.pow(ratio, (double) k / (nLambda - 1));
                reported[k] = std[k] * s.ys;
            }
            std[0] = CoordinateDescent.BIG;
        } else {
            std = new double[lambdas.length];
            for (int k = 0; k < lambdas.length; k++) {
                std[k] = lambdas[k] / s.ys;
            }
            reported = lambdas.clone();
        }
        CoordinateDescent.Raw raw = CoordinateDescent.path(s, alpha, std, defaults, tolerance, maxPasses);
        return ElasticNetPath.of(this, data, s, Arrays.copyOf(reported, raw.beta().length), raw);
    }

    /**
     * Fits the model at the lambda set by {@link #withLambda(double)}: the default path above that
     * lambda gives the warm starts, as glmnet advises, then the lambda itself.
     *
     * @param data the data
     * @return the fit at that lambda
     * @throws IllegalStateException if no lambda was set
     * @throws IllegalArgumentException as {@link #path(Dataset)}
     */
    @Override
    public ElasticNetFit fit(Dataset data) {
        if (Double.isNaN(lambda)) {
            throw new IllegalStateException("no lambda set: call withLambda(..), or path(..) for the whole path, "
                    + "or ElasticNetCv to choose lambda by cross-validation");
        }
        Args.notNull(data, "data");
        ElasticNetPath full = withoutLambda().path(data);
        double[] above = Arrays.stream(full.lambdas()).filter(l -> l > lambda).toArray();
        double[] seq = Arrays.copyOf(above, above.length + 1);
        seq[above.length] = lambda;
        ElasticNetPath path = new ElasticNet(alpha, nLambda, lambdaMinRatio, seq, Double.NaN, tolerance, maxPasses).path(data);
        return path.fit(path.size() - 1);
    }

    private ElasticNet withoutLambda() {
        return new ElasticNet(alpha, nLambda, lambdaMinRatio, lambdas, Double.NaN, tolerance, maxPasses);
    }

    /** The tolerance, for the cross-validation's fold fits. */
    double tolerance() {
        return tolerance;
    }

    @Override
    public String toString() {
        return "ElasticNet[alpha=" + alpha + (Double.isNaN(lambda) ? "" : ", lambda=" + lambda)
                + ", nlambda=" + nLambda + ", thresh=" + tolerance + "]";
    }
}
