# Reference values for the GARCH family of Basis (models.volatility), from R's fGarch::garchFit
# with its defaults (nlminb, "mci" recursion start, data scaled by their standard deviation during
# the search, Hessian by optimHess), frozen in fgarch_reference.txt; the DEM/GBP returns shipped
# with fGarch are written to dem2gbp.csv.
#
# Run from this directory:  Rscript generate_fgarch_reference.R [path/to/shared/data]
# R 4.x, fGarch 4022.89. The BTC cases need ../shared/data (not shipped); without it they are
# left out. The Java tests never need R.
#
# GJR-GARCH: fGarch fits it as aparch(1,1) with delta fixed at 2, whose variance equation is
#   h_t = omega + a (|e| - g e)^2 + beta h_{t-1},
# the GJR form h_t = omega + (alpha + gamma I(e < 0)) e^2 + beta h_{t-1} with
#   alpha = a (1 - g)^2 and gamma = 4 a g;
# this script prints both, with the GJR standard errors by the delta method from fGarch's cvar.
suppressMessages(library(fGarch))
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) >= 1) args[1] else "../../../../../../../../../../shared/data"

data(dem2gbp)
dem <- as.numeric(dem2gbp[, 1])
writeLines(c("r", formatC(dem, digits = 17, format = "g")), "dem2gbp.csv")

btc <- NULL
spot <- file.path(shared, "binance-btcusdt-spot-perp-hourly-2024-2026", "binance_btcusdt_spot_1h.csv")
if (file.exists(spot)) {
  s <- read.csv(spot)
  # Hourly log returns in percent of the spot CLOSE, in file order (12,000 rows, 11,999 returns).
  btc <- 100 * diff(log(s$CLOSE))
}

out <- c("# fGarch::garchFit reference (generate_fgarch_reference.R), R",
         paste("#", R.version.string, "fGarch", as.character(packageVersion("fGarch"))),
         "# case <name> <series> <model> <dist> <mean> (zero, constant, ar1 = arma(1,0), arma11 = arma(1,1)); llh; nobs; param <name> <estimate> <se> <robust se>;",
         "# forecast <step> <meanForecast> <meanError> <standardDeviation> (predict, n.ahead = 10)")

fmt <- function(v) formatC(v, digits = 15, format = "g")

run <- function(name, series, x, model, dist, mean) {
  f.mean <- switch(mean, ar1 = "arma(1,0)", arma11 = "arma(1,1)", "arma(0,0)")
  f.var <- if (model == "gjr") "aparch(1,1)" else "garch(1,1)"
  form <- as.formula(paste("~", f.mean, "+", f.var))
  incl <- mean != "zero"
  cd <- if (dist == "t") "std" else "norm"
  fit <- garchFit(form, data = x, cond.dist = cd, include.mean = incl, include.delta = FALSE, delta = 2,
                  trace = FALSE)
  fitr <- garchFit(form, data = x, cond.dist = cd, include.mean = incl, include.delta = FALSE, delta = 2,
                   trace = FALSE, robust.cvar = TRUE)
  cf <- coef(fit)
  cv <- fit@fit$cvar
  rcv <- fitr@fit$cvar
  stopifnot(max(abs(coef(fitr) - cf)) == 0)
  nm <- names(cf)
  est <- cf
  if (model == "gjr") {
    a <- cf["alpha1"]; g <- cf["gamma1"]
    J <- diag(length(cf))
    ia <- which(nm == "alpha1"); ig <- which(nm == "gamma1")
    J[ia, ia] <- (1 - g)^2; J[ia, ig] <- -2 * a * (1 - g)
    J[ig, ia] <- 4 * g;     J[ig, ig] <- 4 * a
    est[ia] <- a * (1 - g)^2
    est[ig] <- 4 * a * g
    cv <- J %*% cv %*% t(J)
    rcv <- J %*% rcv %*% t(J)
  }
  out <<- c(out, paste("case", name, series, model, dist, mean),
            paste("llh", fmt(-fit@fit$llh)), paste("nobs", length(x)))
  for (i in seq_along(nm)) {
    out <<- c(out, paste("param", nm[i], fmt(est[i]), fmt(sqrt(cv[i, i])), fmt(sqrt(rcv[i, i]))))
  }
  if (model == "gjr") {
    out <<- c(out, paste("fgarch", "alpha1", fmt(cf["alpha1"]), "gamma1", fmt(cf["gamma1"])))
  }
  p <- predict(fit, n.ahead = 10)
  for (h in 1:10) {
    out <<- c(out, paste("forecast", h, fmt(p$meanForecast[h]), fmt(p$meanError[h]), fmt(p$standardDeviation[h])))
  }
}

for (model in c("garch", "gjr")) {
  for (dist in c("normal", "t")) {
    run(paste("dem", model, dist, "constant", sep = "_"), "dem2gbp", dem, model, dist, "constant")
  }
}
run("dem_garch_normal_zero", "dem2gbp", dem, "garch", "normal", "zero")
run("dem_garch_normal_ar1", "dem2gbp", dem, "garch", "normal", "ar1")
# ARMA(1,1) mean estimated jointly with the variance (garchFit(~arma(1,1) + garch(1,1)))
run("dem_garch_normal_arma11", "dem2gbp", dem, "garch", "normal", "arma11")
run("dem_garch_t_arma11", "dem2gbp", dem, "garch", "t", "arma11")
if (!is.null(btc)) {
  for (model in c("garch", "gjr")) {
    for (dist in c("normal", "t")) {
      run(paste("btc", model, dist, "constant", sep = "_"), "btc", btc, model, dist, "constant")
    }
  }
  run("btc_garch_t_ar1", "btc", btc, "garch", "t", "ar1")
  run("btc_garch_normal_ar1", "btc", btc, "garch", "normal", "ar1")
  run("btc_garch_normal_arma11", "btc", btc, "garch", "normal", "arma11")
}
writeLines(out, "fgarch_reference.txt")
