/**
 * Learners of the basis: regularised linear models (ridge, lasso, elastic net) fitted along
 * glmnet's whole regularisation path by cyclic coordinate descent (Friedman, Hastie and
 * Tibshirani 2010), their k-fold and forward-chaining cross-validation choosing
 * {@code lambda.min} and {@code lambda.1se}; gradient-boosted regression trees through XGBoost4J
 * ({@link io.github.basisspread.ml.learners.BoostedTrees}: early stopping on a validation window
 * strictly after the training window, seeded and reproducible, feature importances); and the
 * adapters that make them forecasters in the walk-forward evaluation of
 * {@code models.evaluation} ({@link io.github.basisspread.ml.learners.LearnerForecaster},
 * {@link io.github.basisspread.ml.learners.BoostedTrees#forecaster}).
 *
 * <p>Each learner follows the estimator contract of {@code models.api}: an immutable
 * specification ({@link io.github.basisspread.ml.learners.ElasticNet}) whose {@code fit} returns
 * an immutable fitted model ({@link io.github.basisspread.ml.learners.ElasticNetFit}).
 * Coefficients along the path match R's glmnet 4.1 to 1e-5 relative on the reference datasets of
 * the tests.
 */
package io.github.basisspread.ml.learners;
