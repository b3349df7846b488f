# forecast::auto.arima with regressors (xreg) and with the exhaustive search (stepwise = FALSE):
# the series, R's chosen order, coefficients and criteria. The tests read the frozen .txt files
# and never run R. Run from this directory: Rscript generate_auto_arima_extra_reference.R
# (written with R 4.2.2 and the Debian package r-cran-forecast).
# Data: LakeHuron (annual level of Lake Huron 1875-1972, R's datasets) with the year as regressor,
# as in ?arima; and a seeded simulation: y = 2 + 0.5 x1 - 1.5 x2 + u, u ARMA(1,1) (0.6, 0.3),
# n = 300 (long enough for auto.arima's CSS approximation).
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
auto <- function(file, call, y, fit, xreg = NULL) {
  items <- list(call = call, y = as.numeric(y), order = arimaorder(fit), coef_names = names(fit$coef),
                coef = fit$coef, aicc = fit$aicc, loglik = fit$loglik)
  if (!is.null(xreg)) {
    for (j in seq_len(ncol(xreg))) items[[paste0("xreg_", colnames(xreg)[j])]] <- as.numeric(xreg[, j])
  }
  do.call(out, c(list(file = file), items))
}

year <- cbind(year = as.numeric(time(LakeHuron)) - 1920)
fit <- auto.arima(LakeHuron, xreg = year)
auto("lakehuron_auto_xreg.txt", "forecast::auto.arima(LakeHuron, xreg = cbind(year = time(LakeHuron) - 1920))",
     LakeHuron, fit, year)

set.seed(20261129)
n <- 300
x1 <- cumsum(rnorm(n))
x2 <- rnorm(n)
u <- arima.sim(list(ar = 0.6, ma = 0.3), n = n)
y <- 2 + 0.5 * x1 - 1.5 * x2 + as.numeric(u)
xr <- cbind(x1 = x1, x2 = x2)
fit <- auto.arima(y, xreg = xr)
auto("simulated_auto_xreg.txt", "forecast::auto.arima(y, xreg = cbind(x1, x2)), seeded simulation", y, fit, xr)

fit <- auto.arima(WWWusage, stepwise = FALSE)
auto("wwwusage_auto_exhaustive.txt", "forecast::auto.arima(WWWusage, stepwise = FALSE)", WWWusage, fit)
fit <- auto.arima(lh, stepwise = FALSE)
auto("lh_auto_exhaustive.txt", "forecast::auto.arima(lh, stepwise = FALSE)", lh, fit)
fit <- auto.arima(y, xreg = xr, stepwise = FALSE)
auto("simulated_auto_xreg_exhaustive.txt", "forecast::auto.arima(y, xreg = cbind(x1, x2), stepwise = FALSE)", y,
     fit, xr)
