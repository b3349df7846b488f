/**
 * Basis machine learning: feature pipelines without look-ahead and the learners that forecast the
 * basis from them.
 *
 * <p>{@code ml.features} builds features of the basis, spot and funding at each time from data at
 * or before that time, the targets (the basis h steps ahead, its change or its sign) and the
 * scaler fitted on a training window; {@code ml.learners} holds the regularised linear models
 * (ridge, lasso, elastic net) fitted along glmnet's regularisation path by coordinate descent,
 * their cross-validation, and the adapters that run them in the walk-forward evaluation of
 * {@code models.evaluation}. Heavy learner libraries (gradient boosting) belong to this module
 * only, so that users of the core and the models do not inherit them: gradient-boosted trees run
 * on XGBoost4J, whose jar carries XGBoost's native library.
 */
// XGBoost4J is an automatic module (Automatic-Module-Name ml.dmlc.xgboost4j); not exported through the API.
@SuppressWarnings("requires-automatic")
module io.github.basisspread.ml {
    requires transitive io.github.basisspread.core;
    requires transitive io.github.basisspread.models;
    requires ml.dmlc.xgboost4j;
    // XGBoost4J logs through commons-logging, an explicit module; an automatic module cannot
    // require it, so without this line it stays out of the module graph (NoClassDefFoundError
    // for LogFactory when an application runs on the module path).
    requires org.apache.commons.logging;

    exports io.github.basisspread.ml.features;
    exports io.github.basisspread.ml.learners;
}
