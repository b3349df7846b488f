# forecast::auto.arima (defaults, stepwise) on windows of the real hourly BTCUSDT perp-spot basis,
# in basis points: basis_t = (perp CLOSE_t / spot CLOSE_t - 1) * 1e4 on the hours present in both
# Binance files (CLOSE = the last trade of the hour labelled TIMESTAMP, the bar's open time).
# The data are not redistributable and are NOT frozen here: only R's choices are (order, whether
# a constant was chosen, AICc, log-likelihood, coefficients), with the window's rows and its first
# and last timestamps so that the test rebuilds the same series from ../shared/data. Also the
# approximation and truncate options on some windows.
# Run from this directory: Rscript generate_real_basis_auto_reference.R ../../../../../../../../../../shared/data
# (written with R 4.2.2 and the Debian package r-cran-forecast 8.20).
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- file.path(if (length(args) > 0) args[1] else "../shared/data", "binance-btcusdt-spot-perp-hourly-2024-2026")
spot <- read.csv(file.path(dir, "binance_btcusdt_spot_1h.csv"), stringsAsFactors = FALSE)
perp <- read.csv(file.path(dir, "binance_btcusdt_perp_1h.csv"), stringsAsFactors = FALSE)
both <- merge(spot[, c("TIMESTAMP", "CLOSE")], perp[, c("TIMESTAMP", "CLOSE")], by = "TIMESTAMP",
              suffixes = c(".spot", ".perp"))
both <- both[order(both$TIMESTAMP), ]
basis <- (both$CLOSE.perp / both$CLOSE.spot - 1) * 1e4
num <- function(x) formatC(as.numeric(x), digits = 17, format = "g")
windows <- list(c(11001, 12000), c(10001, 12000), c(1, 500), c(3001, 3800), c(6001, 7000), c(8501, 9200),
                c(1, 12000))
lines <- c(sprintf("# %s; forecast %s", R.version.string, as.character(packageVersion("forecast"))),
           "# window: first_row last_row (1-based rows of the aligned series) first_time last_time p d q constant aicc loglik seconds",
           "# coef lines: the coefficient names and values of the window above")
for (w in windows) {
  y <- basis[w[1]:w[2]]
  t0 <- proc.time()[["elapsed"]]
  fit <- auto.arima(y)
  secs <- proc.time()[["elapsed"]] - t0
  o <- arimaorder(fit)
  constant <- any(names(fit$coef) %in% c("intercept", "drift"))
  lines <- c(lines, paste("window", w[1], w[2], gsub(" ", "T", both$TIMESTAMP[w[1]]), gsub(" ", "T", both$TIMESTAMP[w[2]]),
                          o[1], o[2], o[3], as.integer(constant), num(fit$aicc), num(fit$loglik), sprintf("%.2f", secs)))
  lines <- c(lines, paste("coef", paste(names(fit$coef), collapse = ","), paste(num(fit$coef), collapse = " ")))
}
# auto.arima's approximation and truncate options on real windows:
# "option first_row last_row name value p d q constant aicc nobs"
options <- list(list(10001, 12000, "truncate", 600), list(10001, 12000, "approximation", FALSE),
                list(10001, 10140, "approximation", TRUE))
for (o in options) {
  y <- basis[o[[1]]:o[[2]]]
  fit <- if (o[[3]] == "truncate") auto.arima(y, truncate = o[[4]]) else auto.arima(y, approximation = o[[4]])
  ord <- arimaorder(fit)
  constant <- any(names(fit$coef) %in% c("intercept", "drift"))
  lines <- c(lines, paste("option", o[[1]], o[[2]], o[[3]], tolower(as.character(o[[4]])), ord[1], ord[2], ord[3],
                          as.integer(constant), num(fit$aicc), fit$nobs))
}
writeLines(lines, "real_basis_auto.txt")
