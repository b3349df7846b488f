package io.github.basisspread.models.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Predictions of a fitted regression at new regressor values: the predicted mean, its standard
 * error, and confidence intervals for the mean and prediction intervals for a new observation,
 * both from Student's t with the fit's residual degrees of freedom.
 *
 * <p>Immutable and thread-safe; arrays returned are copies.
 */
public final class Prediction {

    private final double[] mean;
    private final double[] varianceOfMean;
    private final double residualVariance;
    private final int df;

    Prediction(double[] mean, double[] varianceOfMean, double residualVariance, int df) {
        this.mean = mean;
        this.varianceOfMean = varianceOfMean;
        this.residualVariance = residualVariance;
        this.df = df;
    }

    /**
     * Returns the number of predictions.
     *
     * @return the number of rows predicted
     */
    public int size() {
        return mean.length;
    }

    /**
     * Returns the predicted means {@code x0' b}.
     *
     * @return a copy of the means
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * Returns the standard errors of the predicted means, {@code sqrt(x0' V x0)}.
     *
     * @return the standard errors
     */
    public double[] standardErrorOfMean() {
        double[] out = new double[mean.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.sqrt(varianceOfMean[i]);
        }
        return out;
    }

    /**
     * Returns the standard errors of a new observation, {@code sqrt(x0' V x0 + s^2)}.
     *
     * @return the standard errors
     */
    public double[] standardErrorOfObservation() {
        double[] out = new double[mean.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.sqrt(varianceOfMean[i] + residualVariance);
        }
        return out;
    }

    /**
     * Returns the confidence intervals of the means.
     *
     * @param level the confidence level, such as 0.95
     * @return the intervals, one per row
     * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
     */
    public List<Interval> confidenceIntervals(double level) {
        return intervals(level, standardErrorOfMean());
    }

    /**
     * Returns the prediction intervals of new observations.
     *
     * @param level the confidence level, such as 0.95
     * @return the intervals, one per row
     * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
     */
    public List<Interval> predictionIntervals(double level) {
        return intervals(level, standardErrorOfObservation());
    }

    private List<Interval> intervals(double level, double[] se) {
        Distributions.checkLevel(level);
        double q = Distributions.tQuantile(level, df);
        List<Interval> out = new ArrayList<>(mean.length);
        for (int i = 0; i < mean.length; i++) {
            out.add(new Interval(mean[i] - q * se[i], mean[i] + q * se[i]));
        }
        return List.copyOf(out);
    }
}
