# Reference values for RecursionStart.TSERIES of Basis (models.volatility), from R's
# tseries::garch with its defaults (zero mean, normal innovations, the PORT quasi-Newton
# optimiser with analytical gradients), frozen in tseries_reference.txt. The data are those of
# generate_fgarch_reference.R: fGarch's DEM/GBP returns (dem2gbp.csv, beside this script) and, when
# ../shared/data is present, the hourly BTC log returns in percent of the Binance spot CLOSE.
# Both sides fit the raw returns with no mean equation (tseries has none): the same model.
#
# Run from this directory:  Rscript generate_tseries_reference.R [path/to/shared/data]
# The Java tests never need R.
#
# tseries's conventions, read from ?garch and checked here to 1e-8 (check_convention below):
#  - order = c(GARCH terms, ARCH terms): tseries's c(1, 2) is Basis's GarchSpec.of(2, 1);
#  - h_t = mean(x^2) (divisor n, about zero; not var(x)) for t <= r = max(p, q), and the
#    recursion uses the observed x_t^2 of those first r returns;
#  - n.likeli = sum over t = r + 1..n of (log h_t + x_t^2 / h_t) / 2;
#  - logLik = -n.likeli - (n - r) log(2 pi) / 2 (n - r non-NA residuals); n.used = n.
suppressMessages(library(tseries))
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) >= 1) args[1] else "../../../../../../../../../../shared/data"

dem <- as.numeric(read.csv("dem2gbp.csv")$r)
btc <- NULL
spot <- file.path(shared, "binance-btcusdt-spot-perp-hourly-2024-2026", "binance_btcusdt_spot_1h.csv")
if (file.exists(spot)) {
  s <- read.csv(spot)
  btc <- 100 * diff(log(s$CLOSE))
}

# The log-likelihood of coefficients (a0, a1..a_arch, b1..b_garch) by the conventions above.
loglik <- function(x, coef, garch, arch) {
  n <- length(x); r <- max(garch, arch); h <- rep(mean(x^2), n)
  a <- coef[2:(arch + 1)]
  b <- if (garch > 0) coef[(arch + 2):(arch + garch + 1)] else numeric(0)
  s <- 0
  for (t in (r + 1):n) {
    h[t] <- coef[1] + sum(a * x[t - seq_len(arch)]^2) + sum(b * h[t - seq_len(garch)])
    s <- s + log(h[t]) + x[t]^2 / h[t]
  }
  -0.5 * s - 0.5 * (n - r) * log(2 * pi)
}

# The same log-likelihood, vectorised for one GARCH term (stats::filter runs the recursion), for
# refining tseries's optimum: h_t = a0 + sum a_i x_{t-i}^2 + b1 h_{t-1} for t > r, h_t = mean(x^2) before.
loglik1 <- function(x, coef, arch) {
  n <- length(x); r <- max(1, arch); h0 <- mean(x^2)
  drive <- rep(coef[1], n - r)
  for (i in seq_len(arch)) drive <- drive + coef[1 + i] * x[(r + 1 - i):(n - i)]^2
  h <- as.numeric(stats::filter(drive, coef[arch + 2], method = "recursive", init = h0))
  -0.5 * sum(log(h) + x[(r + 1):n]^2 / h) - 0.5 * (n - r) * log(2 * pi)
}

fmt <- function(v) formatC(v, digits = 15, format = "g")
out <- c("# tseries::garch reference (generate_tseries_reference.R), R",
         paste("#", R.version.string, "tseries", as.character(packageVersion("tseries"))),
         "# case <name> <series> <p = ARCH terms> <q = GARCH terms>; loglik (logLik); nlikeli; nused; nobs (n - max(p, q));",
         "# refined (tseries's likelihood maximised further by nlminb from tseries's estimates);",
         "# param <Basis name> <tseries estimate> <tseries se> <refined estimate>")

run <- function(name, series, x, p, q) {
  f <- garch(x, order = c(q, p), trace = FALSE)
  ll <- as.numeric(logLik(f))
  mine <- loglik(x, coef(f), q, p)
  # check_convention: the conventions above reproduce tseries's own likelihood at its optimum.
  stopifnot(abs(mine - ll) < 1e-8)
  r <- max(p, q)
  # tseries's optimiser can stop short of the maximum of its own likelihood: refine it with nlminb
  # (tight tolerances, coefficients >= 0) started at tseries's estimates, on tseries's likelihood.
  stopifnot(q == 1, abs(loglik1(x, coef(f), p) - ll) < 1e-8)
  # omega is searched in units of mean(x^2), so that every coefficient has a scale near one.
  u <- c(mean(x^2), rep(1, p + q))
  ref <- list(par = coef(f) / u)
  for (round in 1:3) {
    ref <- nlminb(ref$par, function(v) -loglik1(x, v * u, p), lower = c(1e-12, rep(0, p + q)),
                  control = list(rel.tol = 1e-15, x.tol = 1e-12, eval.max = 5000, iter.max = 2000))
  }
  ref$par <- ref$par * u
  out <<- c(out, paste("case", name, series, p, q), paste("loglik", fmt(ll)), paste("nlikeli", fmt(f$n.likeli)),
            paste("nused", f$n.used), paste("nobs", length(x) - r), paste("refined", fmt(-ref$objective)))
  cf <- coef(f)
  se <- sqrt(diag(f$vcov))
  basis <- c("omega", paste0("alpha", seq_len(p)), if (q > 0) paste0("beta", seq_len(q)))
  for (i in seq_along(cf)) out <<- c(out, paste("param", basis[i], fmt(cf[i]), fmt(se[i]), fmt(ref$par[i])))
}

run("dem_11", "dem2gbp", dem, 1, 1)
run("dem_21", "dem2gbp", dem, 2, 1)
if (!is.null(btc)) {
  run("btc_11", "btc", btc, 1, 1)
  run("btc_21", "btc", btc, 2, 1)
}
writeLines(out, "tseries_reference.txt")
