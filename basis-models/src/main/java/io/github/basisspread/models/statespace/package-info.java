/**
 * Linear Gaussian state-space models and the Kalman filter: exact likelihood, smoothing,
 * forecasting, simulation, streaming, and the canned structural models.
 *
 * <p>{@link io.github.basisspread.models.statespace.StateSpaceModel} holds
 * {@code y_t = Z a_t + d + e_t, a_{t+1} = T a_t + c + R n_t} with time-invariant or time-varying
 * matrices; {@link io.github.basisspread.models.statespace.KalmanFilter} and
 * {@link io.github.basisspread.models.statespace.KalmanSmoother} run the univariate treatment of
 * the observation vector (Durbin and Koopman 2012, sec. 6.4) with the exact diffuse
 * initialisation (ch. 5), skipping missing values; the covariance recursion stops once the gain
 * of a time-invariant model is steady, and a one-state one-series model runs on scalars.
 * A non-diagonal observation covariance H (correlated measurement errors) is handled by rotating
 * each period's observed elements by the unit lower-triangular factor of {@code H = L D L'}
 * (sec. 6.4.3), which changes neither the states nor the likelihood. Besides the element-wise
 * innovations of the univariate treatment, {@code FilterResult.innovation(t)} and
 * {@code innovationCovariance(t)} give the multivariate {@code v_t} and {@code F_t = Z P_t Z' + H}.
 * The filter and smoother allocate their outputs up front and nothing per period.
 * {@link io.github.basisspread.models.statespace.StreamingKalmanFilter} is the per-tick form
 * (not thread-safe, no allocation per update; time-varying models are followed over the periods
 * they cover; H must be diagonal); everything else is immutable or stateless and thread-safe.
 *
 * <p><b>Matching statsmodels.</b> In the diffuse periods statsmodels reports its univariate
 * (rotated) innovations and measurement disturbances where this package reports the multivariate
 * {@code v_t} and the disturbances {@code e_t} themselves; outside them the two agree element by
 * element. A missing element's smoothed measurement disturbance is its prior (0, {@code H_ii}) in
 * both.
 *
 * <p><b>Log-likelihood conventions.</b> {@code FilterResult.logLikelihood()} leaves diffuse
 * observations out entirely, as R's {@code arima} and {@code StructTS} do: for the Nile local
 * level it is the exact MA(1) likelihood of the differences. {@code diffuseLogLikelihood()} is
 * Durbin and Koopman's eq. 7.4, which statsmodels reports with {@code initialization='diffuse'}:
 * each diffuse observation adds {@code -(log 2 pi + log F_inf) / 2}. statsmodels'
 * {@code UnobservedComponents} default is the approximate diffuse prior {@code P_1 = 10^6}
 * with the first observation burnt: the second period then sees
 * {@code P_2 = 10^6 sigma2_eps / (10^6 + sigma2_eps) + sigma2_eta} instead of
 * {@code sigma2_eps + sigma2_eta}, a perturbation of order {@code sigma2_eps / 10^6} (1.5% of
 * the Nile's {@code sigma2_eps}), so its surface and maximiser move (15078 / 1478.8,
 * -632.538 rather than 15099 / 1469.1, -632.5456). R's {@code arima(Nile, c(0,1,1))} uses the
 * same kind of prior (kappa = 1e6) on the integrated state and reports -632.5456244, 7e-7 above
 * the exact maximum -632.5456251 that {@code arima(diff(Nile), c(0,0,1))} and
 * {@link io.github.basisspread.models.statespace.LocalLevel} both reach.
 *
 * <p>Canned estimators ({@code spec.fit(data)} returning an immutable
 * {@link io.github.basisspread.models.statespace.StateSpaceFit}):
 * {@link io.github.basisspread.models.statespace.LocalLevel} (scale concentrated out, only the
 * signal-to-noise ratio searched), {@link io.github.basisspread.models.statespace.LocalLinearTrend},
 * {@link io.github.basisspread.models.statespace.Ar1PlusNoise} (a mean-reverting latent basis
 * observed with noise) and {@link io.github.basisspread.models.statespace.DynamicRegression}
 * (the time-varying hedge ratio of a future on its spot). A fit takes new data without
 * re-estimation through {@code StateSpaceFit.append(newObservations)} (or
 * {@code DynamicRegression.append(fit, newData)}, which also needs the new regressors): same
 * parameters, states, likelihood and forecasts over the extended sample.
 *
 * <p>A fit that does not converge, when strictness was not asked for, is reported as a warning on
 * the {@link java.lang.System.Logger} named {@code io.github.basisspread.models.statespace} (routed
 * to java.util.logging unless the application installs another backend); nothing is printed.
 */
package io.github.basisspread.models.statespace;
