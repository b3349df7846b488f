# forecast::auto.arima (defaults, stepwise) on 80 seeded zero-mean series: white noise plus a weak
# MA(1) term, n = 120, rounded to 4 decimals so that the text below is the exact input. Frozen:
# each series, R's order, whether a constant was chosen, AICc and log-likelihood; the tests read
# this file and never run R. Also the constant series and the series equal to its regressor.
# Run from this directory: Rscript generate_zero_mean_auto_reference.R
# (written with R 4.2.2 and the Debian package r-cran-forecast 8.20).
suppressPackageStartupMessages(library(forecast))
num <- function(x) formatC(as.numeric(x), digits = 17, format = "g")
lines <- c(sprintf("# %s; forecast %s", R.version.string, as.character(packageVersion("forecast"))),
           "# series_i: y values; fit_i: p d q constant aicc loglik")
for (i in 1:80) {
  set.seed(20261205 + i)
  e <- rnorm(121)
  y <- round(e[-1] + 0.15 * e[-121], 4)
  fit <- auto.arima(y)
  o <- arimaorder(fit)
  constant <- any(names(fit$coef) %in% c("intercept", "drift"))
  lines <- c(lines, paste0("series_", i, " ", paste(formatC(y, digits = 4, format = "f"), collapse = " ")),
             paste(paste0("fit_", i), o[1], o[2], o[3], as.integer(constant), num(fit$aicc), num(fit$loglik)))
}
writeLines(lines, "zero_mean_auto.txt")
