# R side of bench/compare.sh. Usage: Rscript compare.R DIR REPEATS
# Reads the float64 files written by the Java 'generate' step, fits them, and writes
# DIR/results_r.txt: "row tool seconds reportedLoglik param...". One untimed warm-up run,
# then the best (minimum) elapsed time of REPEATS runs, so R's start-up is excluded.
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
reps <- as.integer(args[2])
meta <- read.table(file.path(dir, "meta.txt"), col.names = c("key", "value"))
getm <- function(k) as.integer(meta$value[meta$key == k])
readf <- function(f, n) readBin(file.path(dir, f), what = "double", n = n, size = 8, endian = "little")

best_of <- function(expr_fun) {
  value <- expr_fun()
  best <- Inf
  for (r in seq_len(reps)) {
    t <- system.time(value <- expr_fun())[["elapsed"]]
    best <- min(best, t)
  }
  list(value = value, seconds = best)
}

out <- character()
fmt <- function(x) formatC(x, digits = 17, format = "g")

# Local level: StructTS(x, "level"). coef = (level, epsilon) variances.
y <- readf("local_level.f64", getm("ll_n"))
ll <- best_of(function() StructTS(y, type = "level"))
cf <- ll$value$coef
out <- c(out, paste("local_level", "R_StructTS", ll$seconds, fmt(ll$value$loglik),
                    fmt(cf[["epsilon"]]), fmt(cf[["level"]])))

# OLS: lm.fit on the design with a column of ones (what lm() calls after model.frame).
n <- getm("ols_n"); k <- getm("ols_k")
m <- matrix(readf("ols.f64", n * (k + 1)), nrow = n)
X <- cbind(1, m[, -1])
yy <- m[, 1]
fit <- best_of(function() lm.fit(X, yy))
ssr <- sum(fit$value$residuals^2)
llf <- -n / 2 * (log(2 * pi * ssr / n) + 1)
out <- c(out, paste("ols", "R_lm.fit", fit$seconds, fmt(llf), paste(fmt(fit$value$coefficients), collapse = " ")))

# ARIMA(2,0,1) with mean by exact ML on 20,000 points. coef = ar1 ar2 ma1 intercept (the mean).
x <- readf("arima201.f64", getm("arima_n"))
af <- best_of(function() arima(x, order = c(2, 0, 1), method = "ML"))
out <- c(out, paste("arima201", "R_arima_ML", af$seconds, fmt(af$value$loglik),
                    paste(fmt(af$value$coef[c("ar1", "ar2", "ma1", "intercept")]), collapse = " ")))

# auto.arima with forecast's defaults on 40 series of 1,000 points, one after the other.
# Per series: p d q constant(0 none, 1 intercept, 2 drift) loglik.
if (requireNamespace("forecast", quietly = TRUE)) {
  cnt <- getm("auto_count"); an <- getm("auto_n")
  panel <- matrix(readf("auto_arima.f64", cnt * an), nrow = an)
  auto <- best_of(function() lapply(seq_len(cnt), function(i) forecast::auto.arima(panel[, i])))
  summ <- unlist(lapply(auto$value, function(f) {
    o <- forecast::arimaorder(f)
    cst <- if ("drift" %in% names(f$coef)) 2 else if ("intercept" %in% names(f$coef)) 1 else 0
    c(o[["p"]], o[["d"]], o[["q"]], cst, fmt(f$loglik))
  }))
  total <- sum(sapply(auto$value, function(f) f$loglik))
  out <- c(out, paste("auto_arima", "R_auto.arima", auto$seconds, fmt(total), paste(summ, collapse = " ")))
} else {
  message("forecast is not installed: no auto_arima row for R")
}

# GARCH(1,1) with a constant mean and normal innovations on 100,000 returns: fGarch::garchFit with its
# defaults. coef = mu omega alpha1 beta1.
if (requireNamespace("fGarch", quietly = TRUE)) {
  r <- readf("garch11.f64", getm("garch_n"))
  gf <- best_of(function() fGarch::garchFit(~ garch(1, 1), data = r, trace = FALSE))
  out <- c(out, paste("garch11", "R_fGarch", gf$seconds, fmt(-gf$value@fit$llh),
                      paste(fmt(gf$value@fit$coef[c("mu", "omega", "alpha1", "beta1")]), collapse = " ")))
} else {
  message("fGarch is not installed: no garch11 row for R")
}

# VECM: urca's ca.jo (K = 3 levels, i.e. two lagged differences; ecdet = "none" is an unrestricted
# constant, statsmodels' "co") and cajorls(r = 1). Log-likelihood from the eigenvalue and the
# residual moments: -T/2 (K (ln 2 pi + 1) + ln det S00 + ln(1 - lambda_1)).
if (requireNamespace("urca", quietly = TRUE)) {
  vn <- getm("vecm_n")
  market <- matrix(readf("vecm.f64", 2 * vn), nrow = vn)
  colnames(market) <- c("f", "s")
  for (row in c("vecm", "vecm_small")) {
    d <- if (row == "vecm") market else market[seq_len(getm("vecm_small_n")), ]
    v <- best_of(function() {
      jo <- urca::ca.jo(d, type = "trace", ecdet = "none", K = 3, spec = "transitory")
      list(jo = jo, ls = urca::cajorls(jo, r = 1))
    })
    jo <- v$value$jo
    tt <- nrow(jo@R0)
    llf <- -tt / 2 * (2 * (log(2 * pi) + 1) + log(det(crossprod(jo@R0) / tt)) + log(1 - jo@lambda[1]))
    a <- coef(v$value$ls$rlm)["ect1", ]
    out <- c(out, paste(row, "R_urca_ca.jo", v$seconds, fmt(llf), fmt(a[[1]]), fmt(a[[2]]),
                        fmt(v$value$ls$beta[2, 1])))
  }
} else {
  message("urca is not installed: no vecm rows for R")
}

writeLines(out, file.path(dir, "results_r.txt"))
