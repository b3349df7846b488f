/**
 * Regression with seasonal ARIMA errors, as R's {@code stats::arima} and {@code forecast::Arima}
 * define it: specification ({@link io.github.basisspread.models.arima.ArimaSpec}), exact maximum
 * likelihood through the Kalman filter, conditional sum of squares, forecasting on the original
 * scale, simulation and diagnostics.
 *
 * <p>The model is {@code y_t = x_t' beta + u_t} with
 * {@code phi(B) Phi(B^s) (1 - B)^d (1 - B^s)^D u_t = theta(B) Theta(B^s) e_t}. The ARMA part is
 * in the state-space form of Harvey (1989, sec. 3.3) and Gardner, Harvey and Phillips (1980)
 * with {@code r = max(p + sP, q + sQ + 1)} states and the stationary initial covariance; the
 * differencing either differences the data (no missing value: the exact diffuse likelihood is
 * the likelihood of the differenced series) or is carried in the state with an exact diffuse
 * start (Durbin and Koopman 2012, ch. 5), where R uses a large prior variance
 * {@code kappa = 1e6}. The scale {@code sigma2} is concentrated out of the likelihood (Harvey
 * 1989, sec. 3.4); AR blocks are kept stationary through partial autocorrelations (Jones 1980;
 * Monahan 1984) and non-invertible MA estimates are reflected into invertible ones (R's
 * {@code maInvert}). Standard errors come from the numerical Hessian of the exact
 * log-likelihood at the optimum, as in R.
 *
 * <p>The speed comes from the companion structure of the ARMA transition: the stationary
 * covariance is solved from r linear equations in its first row; on a complete series the
 * filter runs the Chandrasekhar recursions (Morf, Sidhu and Kailath 1974), O(r) per observation,
 * and switches to the steady-state gain once the covariance has converged, with no allocation
 * per observation; the conditional sum of squares filters the AR part column by column.
 *
 * <p>{@link io.github.basisspread.models.arima.AutoArima} is the Hyndman-Khandakar search of
 * {@code forecast::auto.arima}: KPSS for d, the STL seasonal strength for D, stepwise or
 * exhaustive search on AICc, regressors, CSS approximation for long series, many series in
 * parallel.
 *
 * <p>Every public type is immutable and thread-safe.
 *
 * <p>A fit that does not converge, when strictness was not asked for, is reported as a warning on
 * the {@link java.lang.System.Logger} named {@code io.github.basisspread.models.arima} (routed
 * to java.util.logging unless the application installs another backend); nothing is printed.
 */
package io.github.basisspread.models.arima;
