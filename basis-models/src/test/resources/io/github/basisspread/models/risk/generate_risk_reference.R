# Reference values for models.risk (ValueAtRiskReferenceTest, VarBacktestReferenceTest).
# Run from this directory: Rscript generate_risk_reference.R
# Writes pnl_sample.csv (the frozen P&L sample) and risk_reference.csv (name,value).
# Base R only (stats): no packages needed.
set.seed(18)
n <- 500
# A skewed, fat-tailed P&L: Student-t(4) shocks with occasional extra losses.
pnl <- 1000 * rt(n, df = 4) - 800 * rbinom(n, 1, 0.05) * rexp(n)
pnl <- round(pnl, 6)
writeLines("# Frozen P&L sample drawn by generate_risk_reference.R (set.seed(18)); column pnl", "pnl_sample.csv")
suppressWarnings(write.table(data.frame(pnl = pnl), "pnl_sample.csv", sep = ",", row.names = FALSE, append = TRUE))
pnl <- read.csv("pnl_sample.csv", comment.char = "#")$pnl

out <- list()
put <- function(name, value) out[[name]] <<- value

# Quantiles, R type 7.
for (p in c(0.01, 0.025, 0.05, 0.5, 0.975)) put(sprintf("quantile7_%g", p), quantile(pnl, p, type = 7, names = FALSE))

m <- mean(pnl); s <- sd(pnl)
cm <- function(k) mean((pnl - m)^k)
g1 <- cm(3) / cm(2)^1.5
g2 <- cm(4) / cm(2)^2 - 3
put("mean", m); put("sd", s); put("skewness", g1); put("excess_kurtosis", g2)

for (a in c(0.95, 0.99)) {
  q <- quantile(pnl, 1 - a, type = 7, names = FALSE)
  put(sprintf("hs_var_%g", a), -q)
  put(sprintf("hs_es_%g", a), -mean(pnl[pnl <= q]))
  z <- qnorm(1 - a)
  put(sprintf("normal_var_%g", a), -(m + s * z))
  put(sprintf("normal_es_%g", a), -m + s * dnorm(z) / (1 - a))
  # The closed forms checked against the tail mean of the quantile function, by quadrature.
  stopifnot(abs(s * dnorm(z) / (1 - a) + s * integrate(qnorm, 0, 1 - a, rel.tol = 1e-12)$value / (1 - a)) < 1e-6)
  for (df in c(5, 4 + 6 / g2)) {
    sc <- s * sqrt((df - 2) / df)
    tq <- qt(1 - a, df)
    key <- if (df == 5) "5" else "mm"
    put(sprintf("t%s_var_%g", key, a), -(m + sc * tq))
    put(sprintf("t%s_es_%g", key, a), -m + sc * dt(tq, df) * (df + tq^2) / ((df - 1) * (1 - a)))
    tailq <- integrate(function(u) qt(u, df), 0, 1 - a, rel.tol = 1e-12)$value / (1 - a)
    stopifnot(abs(sc * dt(tq, df) * (df + tq^2) / ((df - 1) * (1 - a)) + sc * tailq) < 1e-6)
  }
  zcf <- function(p) { z <- qnorm(p); z + (z^2 - 1) * g1 / 6 + (z^3 - 3 * z) * g2 / 24 - (2 * z^3 - 5 * z) * g1^2 / 36 }
  put(sprintf("cf_var_%g", a), -(m + s * zcf(1 - a)))
  tailmean <- integrate(zcf, 0, 1 - a, rel.tol = 1e-12)$value / (1 - a)
  put(sprintf("cf_es_%g", a), -(m + s * tailmean))
  # Filtered HS, EWMA lambda 0.94 started at mean(x^2).
  lambda <- 0.94
  v <- numeric(n + 1); v[1] <- mean(pnl^2)
  for (t in 1:n) v[t + 1] <- lambda * v[t] + (1 - lambda) * pnl[t]^2
  sig <- sqrt(v)
  sc <- pnl / sig[1:n] * sig[n + 1]
  qf <- quantile(sc, 1 - a, type = 7, names = FALSE)
  put(sprintf("fhs_var_%g", a), -qf)
  put(sprintf("fhs_es_%g", a), -mean(sc[sc <= qf]))
}

# Backtests on a frozen exception series: 250 days, exceptions on days 10, 11, 50, 120, 121, 200.
lr <- function(hits, level) {
  n <- length(hits); x <- sum(hits); p <- 1 - level
  xlogy <- function(a, b) ifelse(a == 0, 0, a * log(b))
  pof <- -2 * (xlogy(n - x, 1 - p) + xlogy(x, p)) + 2 * (xlogy(n - x, 1 - x / n) + xlogy(x, x / n))
  prev <- hits[-n]; cur <- hits[-1]
  n00 <- sum(!prev & !cur); n01 <- sum(!prev & cur); n10 <- sum(prev & !cur); n11 <- sum(prev & cur)
  pi01 <- n01 / (n00 + n01); pi11 <- if (n10 + n11 == 0) 0 else n11 / (n10 + n11)
  pi <- (n01 + n11) / (n - 1)
  ind <- -2 * (xlogy(n00 + n10, 1 - pi) + xlogy(n01 + n11, pi)) +
    2 * (xlogy(n00, 1 - pi01) + xlogy(n01, pi01) + xlogy(n10, 1 - pi11) + xlogy(n11, pi11))
  cc <- pof + ind
  c(pof = pof, pof_p = 1 - pchisq(pof, 1), ind = ind, ind_p = 1 - pchisq(ind, 1),
    cc = cc, cc_p = 1 - pchisq(cc, 2))
}
hits <- rep(FALSE, 250); hits[c(10, 11, 50, 120, 121, 200)] <- TRUE
r <- lr(hits, 0.99)
for (k in names(r)) put(paste0("bt250_", k), r[[k]])
hits2 <- rep(FALSE, 500); hits2[c(40, 300, 301, 302, 450)] <- TRUE
r2 <- lr(hits2, 0.995)
for (k in names(r2)) put(paste0("bt500_", k), r2[[k]])
for (k in 0:12) put(sprintf("binom250_cum_%d", k), pbinom(k, 250, 0.01))

df <- data.frame(name = names(out), value = sprintf("%.17g", unlist(out)))
writeLines(sprintf("# Computed by generate_risk_reference.R with %s (base R only)", R.version.string), "risk_reference.csv")
suppressWarnings(write.table(df, "risk_reference.csv", sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
cat("# R", R.version$major, ".", R.version$minor, "\n")
