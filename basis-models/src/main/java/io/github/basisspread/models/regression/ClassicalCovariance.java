package io.github.basisspread.models.regression;

/** The classical covariance {@code s^2 (X'X)^-1}. Immutable and thread-safe. */
final class ClassicalCovariance implements CovarianceEstimator {

    static final ClassicalCovariance INSTANCE = new ClassicalCovariance();

    private ClassicalCovariance() {
    }

    @Override
    public String name() {
        return "classical";
    }

    @Override
    public boolean isRobust() {
        return false;
    }

    @Override
    public double[][] covariance(LeastSquaresDesign design) {
        return design.classicalCovariance();
    }

    @Override
    public String toString() {
        return name();
    }
}
