# Issue 14: forecast::auto.arima's stepwise search on all 12,000 hours of the real BTCUSDT perp-spot
# basis (bps; built as in generate_real_basis_auto_reference.R), candidate by candidate. With
# n > 150 the search ranks CSS fits by offset + nstar log(sigma2) + 2 npar (+ the AICc term), the
# offset being -2 loglik - n log(sigma2) of the exact ARIMA(0,1,0) fit; the best candidates are then
# refitted by CSS-ML until one passes. Frozen here: the offset, every candidate the search visits in
# its order with its criterion (Inf = refused by myarima: a root within 1.01 of the unit circle or a
# NaN standard error), each refit tried and R's final choice. The data are not redistributable and
# are NOT frozen here.
# Run from this directory: Rscript generate_real_basis_stepwise_reference.R ../../../../../../../../../../../shared/data
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
x <- basis
# auto.arima's offset (d = 1 chosen by its KPSS tests; D = 0).
base <- stats::arima(x, order = c(0, 1, 0))
offset <- -2 * base$loglik - length(x) * log(base$sigma2)
trace <- capture.output(fit <- auto.arima(x, trace = TRUE))
cand <- regmatches(trace, regexec("^ ARIMA\\((\\d),(\\d),(\\d)\\)( with drift)? *: *(\\S+)$", trace))
cand <- cand[lengths(cand) > 0]
refit_at <- grep("re-fitting", trace)
lines <- c(sprintf("# %s; forecast %s", R.version.string, as.character(packageVersion("forecast"))),
           "# rows 1..12000 of the aligned series, 2024-10-17T09:00:00 .. 2026-03-01T08:00:00",
           paste("offset", num(offset)),
           "# candidate p d q drift criterion (stepwise order; the criterion recomputed by forecast:::myarima at full precision)",
           "# refit p d q drift aicc (CSS-ML, in order of the criterion, until one passes)")
pos <- 0
for (m in cand) {
  p <- as.integer(m[2]); d <- as.integer(m[3]); q <- as.integer(m[4]); drift <- nzchar(m[5])
  pos <- pos + 1
  after_refit <- which(trace == m[1])[1] > refit_at
  if (!after_refit) {
    f <- forecast:::myarima(x, order = c(p, d, q), constant = drift, ic = "aicc", approximation = TRUE, offset = offset)
    lines <- c(lines, paste("candidate", p, d, q, as.integer(drift), num(f$ic)))
  } else {
    f <- forecast:::myarima(x, order = c(p, d, q), constant = drift, ic = "aicc", approximation = FALSE)
    lines <- c(lines, paste("refit", p, d, q, as.integer(drift), num(f$ic)))
  }
}
o <- arimaorder(fit)
lines <- c(lines, paste("chosen", o[1], o[2], o[3], as.integer("drift" %in% names(fit$coef)), num(fit$aicc), num(fit$loglik)))
writeLines(lines, "real_basis_stepwise.txt")
writeLines(trace)
