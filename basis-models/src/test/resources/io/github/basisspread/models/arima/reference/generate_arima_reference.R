# Exports the data sets and R's stats::arima / forecast results that the ARIMA tests compare
# against. The tests read the frozen .txt files beside this script and never run R.
# Run from this directory: Rscript generate_arima_reference.R   (written with R 4.2.2 and the
# Debian package r-cran-forecast; the R and forecast versions are written into every file).
# Data (all public, shipped with R's datasets package):
#   lh            48 luteinizing hormone samples at 10 min intervals (Diggle 1990)
#   AirPassengers monthly airline passengers 1949-1960 (Box and Jenkins 1976, series G)
#   LakeHuron     annual level of Lake Huron 1875-1972, feet
#   WWWusage      users connected to a server per minute (Durbin and Koopman 2001)
#   USAccDeaths   monthly accidental deaths in the USA 1973-1978 (Brockwell and Davis 1991)
# File format: one line per item, "key v1 v2 ...", '#' lines are comments, NA = missing.
suppressPackageStartupMessages(library(forecast))
num <- function(x) ifelse(is.na(x), "NA", formatC(as.numeric(x), digits = 17, format = "g"))
out <- function(file, ...) {
  items <- list(...)
  lines <- c(sprintf("# %s; forecast %s", R.version.string, as.character(packageVersion("forecast"))))
  for (k in names(items)) {
    v <- items[[k]]
    lines <- c(lines, paste(k, paste(if (is.character(v)) v else num(v), collapse = " ")))
  }
  writeLines(lines, file)
}
# Information criteria as forecast defines them: npar = free coefficients + 1 (sigma2),
# over n.used = non-missing observations less the d + D s absorbed by differencing.
ic <- function(fit) {
  npar <- length(fit$coef[fit$mask]) + 1
  n <- fit$nobs
  aic <- -2 * fit$loglik + 2 * npar
  c(aic = aic, aicc = aic + 2 * npar * (npar + 1) / (n - npar - 1), bic = aic + npar * (log(n) - 2))
}
case <- function(file, x, fit, h, newxreg = NULL, call) {
  p <- predict(fit, n.ahead = h, newxreg = newxreg)
  crit <- ic(fit)
  out(file, call = call, y = as.numeric(x), coef_names = names(fit$coef), coef = fit$coef,
      se = sqrt(diag(fit$var.coef)), se_names = colnames(fit$var.coef),
      sigma2 = fit$sigma2, loglik = fit$loglik, nobs = fit$nobs,
      aic = crit[["aic"]], aicc = crit[["aicc"]], bic = crit[["bic"]], r_aic = fit$aic,
      residuals = as.numeric(residuals(fit)), h = h, fc_mean = as.numeric(p$pred), fc_se = as.numeric(p$se))
}

case("lh_ar1_ml.txt", lh, arima(lh, order = c(1, 0, 0), method = "ML"), 12,
     call = "arima(lh, order = c(1, 0, 0), method = 'ML')")
case("lh_arma11_ml.txt", lh, arima(lh, order = c(1, 0, 1), method = "ML"), 12,
     call = "arima(lh, order = c(1, 0, 1), method = 'ML')")
case("lh_ar3_css.txt", lh, arima(lh, order = c(3, 0, 0), method = "CSS"), 12,
     call = "arima(lh, order = c(3, 0, 0), method = 'CSS')")
case("lh_arma11_cssml.txt", lh, arima(lh, order = c(1, 0, 1)), 12,
     call = "arima(lh, order = c(1, 0, 1))  # default method CSS-ML")

lap <- log(AirPassengers)
case("airline_log_ap.txt", lap, arima(lap, order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12)),
     24, call = "arima(log(AirPassengers), order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12))")
case("usaccdeaths_airline_ml.txt", USAccDeaths,
     arima(USAccDeaths, order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12), method = "ML"),
     12, call = "arima(USAccDeaths, order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12), method = 'ML')")

# Missing values: LakeHuron with six observations removed.
lhna <- LakeHuron
lhna[c(5, 20, 21, 50, 77, 90)] <- NA
case("lakehuron_na_ar2_ml.txt", lhna, arima(lhna, order = c(2, 0, 0), method = "ML"), 8,
     call = "lhna <- LakeHuron; lhna[c(5, 20, 21, 50, 77, 90)] <- NA; arima(lhna, order = c(2, 0, 0), method = 'ML')")
# With differencing and missing values R's diffuse prior kappa = 1e6 is an approximation whose
# log-likelihood error grows with the missing values (3e-3 for the airline model below); the
# exact diffuse likelihood is its limit kappa -> infinity, so these references use kappa = 1e9
# and record R's default (kappa = 1e6) log-likelihood beside it.
kappa_case <- function(file, x, order, seasonal, h, call) {
  fit <- arima(x, order = order, seasonal = seasonal, method = "ML", kappa = 1e9)
  case(file, x, fit, h, call = call)
  default <- arima(x, order = order, seasonal = seasonal, method = "ML")
  cat(paste("loglik_kappa_1e6", num(default$loglik)), paste("coef_kappa_1e6", paste(num(default$coef), collapse = " ")),
      file = file, append = TRUE, sep = "\n")
}
kappa_case("lakehuron_na_arima210_ml.txt", lhna, c(2, 1, 0), c(0, 0, 0), 8,
           call = "arima(lhna, order = c(2, 1, 0), method = 'ML', kappa = 1e9)")
lh1 <- LakeHuron
lh1[c(1, 30, 31)] <- NA
kappa_case("lakehuron_first_na_arima110_ml.txt", lh1, c(1, 1, 0), c(0, 0, 0), 8,
           call = "lh1 <- LakeHuron; lh1[c(1, 30, 31)] <- NA; arima(lh1, order = c(1, 1, 0), method = 'ML', kappa = 1e9)")
lapna <- lap
lapna[c(20, 50, 51, 100, 130)] <- NA
kappa_case("airline_na_ml.txt", lapna, c(0, 1, 1), list(order = c(0, 1, 1), period = 12), 12,
           call = paste("lapna <- log(AirPassengers); lapna[c(20, 50, 51, 100, 130)] <- NA;",
                        "arima(lapna, order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12), method = 'ML', kappa = 1e9)"))

# An exogenous regressor: LakeHuron on a time trend with AR(2) errors (the example of ?arima).
trend <- as.numeric(time(LakeHuron)) - 1920
fit <- arima(LakeHuron, order = c(2, 0, 0), xreg = cbind(trend = trend), method = "ML")
case("lakehuron_trend_ar2_ml.txt", LakeHuron, fit, 8, newxreg = cbind(trend = 1973:1980 - 1920),
     call = "arima(LakeHuron, order = c(2, 0, 0), xreg = cbind(trend = time(LakeHuron) - 1920), method = 'ML')")
cat(paste("xreg", paste(num(trend), collapse = " ")), file = "lakehuron_trend_ar2_ml.txt", append = TRUE, sep = "\n")
cat(paste("newxreg", paste(num(1973:1980 - 1920), collapse = " ")), file = "lakehuron_trend_ar2_ml.txt",
    append = TRUE, sep = "\n")

# Drift: forecast::Arima(include.drift = TRUE) is stats::arima with the regressor 1..n named drift.
fit <- arima(WWWusage, order = c(1, 1, 0), xreg = cbind(drift = 1:100), method = "ML")
case("wwwusage_drift_ml.txt", WWWusage, fit, 10, newxreg = cbind(drift = 101:110),
     call = "arima(WWWusage, order = c(1, 1, 0), xreg = cbind(drift = 1:100), method = 'ML')")
fa <- Arima(WWWusage, order = c(1, 1, 0), include.drift = TRUE, method = "ML")
cat(paste("forecast_Arima_aicc", num(fa$aicc)), paste("forecast_Arima_bic", num(fa$bic)),
    file = "wwwusage_drift_ml.txt", append = TRUE, sep = "\n")

# auto.arima on WWWusage (R picks ARIMA(1,1,1)).
fit <- auto.arima(WWWusage)
out("wwwusage_auto.txt", call = "forecast::auto.arima(WWWusage)", y = as.numeric(WWWusage),
    order = arimaorder(fit), coef_names = names(fit$coef), coef = fit$coef, aicc = fit$aicc,
    loglik = fit$loglik, ndiffs = ndiffs(WWWusage))
fit <- auto.arima(lap)
out("airpassengers_log_auto.txt", call = "forecast::auto.arima(log(AirPassengers))", y = as.numeric(lap),
    order = arimaorder(fit), coef_names = names(fit$coef), coef = fit$coef, aicc = fit$aicc,
    loglik = fit$loglik, ndiffs = ndiffs(lap), nsdiffs = nsdiffs(lap))

# R's kappa = 1e6 also approximates the exact diffuse likelihood without missing values: for the
# airline models (13 diffuse states) it is 3e-3 (log AirPassengers) and 1e-3 (USAccDeaths) above
# the exact value, which is the likelihood of the differenced series.
exact_airline <- function(file, x) {
  w <- diff(diff(x), 12)
  fit <- arima(w, order = c(0, 0, 1), seasonal = list(order = c(0, 0, 1), period = 12), include.mean = FALSE,
               method = "ML", optim.control = list(reltol = 1e-12))
  cat(paste("loglik_exact", num(fit$loglik)), paste("coef_exact", paste(num(fit$coef), collapse = " ")),
      file = file, append = TRUE, sep = "\n")
}
exact_airline("airline_log_ap.txt", lap)
exact_airline("usaccdeaths_airline_ml.txt", USAccDeaths)

# R's var.coef comes from optim's Hessian with steps of 1e-3 in tanh-transformed coordinates and
# a 1e-3 forward-difference Jacobian; a finer Hessian of the exact log-likelihood in natural
# coordinates at R's estimates gives the standard errors to about 1e-6.
fit <- arima(lh, order = c(1, 0, 0), method = "ML")
negll <- function(p) -arima(lh, order = c(1, 0, 0), fixed = p, transform.pars = FALSE, method = "ML")$loglik
h <- optimHess(fit$coef, negll, control = list(ndeps = c(1e-4, 1e-4)))
cat(paste("se_fine_hessian", paste(num(sqrt(diag(solve(h)))), collapse = " ")), file = "lh_ar1_ml.txt",
    append = TRUE, sep = "\n")

# The KPSS statistic behind ndiffs (urca, type "mu", use.lag = trunc(3 sqrt(n) / 13) as ndiffs
# passes it) on WWWusage and its differences.
kp <- function(x) urca::ur.kpss(x, type = "mu", use.lag = trunc(3 * sqrt(length(x)) / 13))@teststat
k0 <- kp(as.numeric(WWWusage))
k1 <- kp(diff(as.numeric(WWWusage)))
cat(paste("kpss_level", num(k0)), paste("kpss_diff1", num(k1)), file = "wwwusage_auto.txt", append = TRUE, sep = "\n")
