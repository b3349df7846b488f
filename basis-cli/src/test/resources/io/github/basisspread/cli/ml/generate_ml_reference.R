# Reference values of basis-cli's FitElasticNetCommandTest and ForecastCompareCommandTest (issue 19).
# Run from this directory: Rscript generate_ml_reference.R
# Writes the fixtures (regression.csv, basis.csv) and the frozen values (elasticnet_reference.txt,
# compare_reference.txt). glmnet with R's defaults (standardize = TRUE, intercept = TRUE) and
# thresh = 1e-20 so that the reference is converged; forecast::dm.test for Diebold-Mariano.
suppressMessages(library(glmnet))
suppressMessages(library(forecast))

# 1. A regression fixture: 60 rows, four correlated predictors on different scales, y on A and B.
set.seed(20261205)
n <- 60
A <- rnorm(n, 10, 2)
B <- 0.5 * A + rnorm(n, 0, 3)
C <- rnorm(n, 0, 0.01)
D <- 100 * rnorm(n) + 20 * B
y <- 1 + 2 * A - 1.5 * B + 30 * C + rnorm(n, 0, 2)
reg <- data.frame(y = round(y, 6), A = round(A, 6), B = round(B, 6), C = round(C, 8), D = round(D, 4))
write.csv(reg, "regression.csv", row.names = FALSE, quote = FALSE)
reg <- read.csv("regression.csv")
x <- as.matrix(reg[, c("A", "B", "C", "D")])
yy <- reg$y

out <- file("elasticnet_reference.txt", "w")
cat("# glmnet", as.character(packageVersion("glmnet")), "on regression.csv, y on A,B,C,D, thresh = 1e-20\n", file = out)
cat("# fixed <alpha> <lambda> intercept A B C D   (coef(fit, s = lambda, exact = TRUE))\n", file = out)
cat("# cv <alpha> <nfolds> <lambda.min> <lambda.1se> then: min intercept A B C D / 1se intercept A B C D\n", file = out)
for (spec in list(c(0.5, 0.2), c(1, 0.05), c(0, 0.5), c(0.5, 0))) {
  fit <- glmnet(x, yy, alpha = spec[1], thresh = 1e-20, maxit = 1e7)
  b <- as.vector(coef(fit, s = spec[2], exact = TRUE, x = x, y = yy, alpha = spec[1], thresh = 1e-20, maxit = 1e7))
  cat("fixed", spec[1], spec[2], sprintf("%.17g", b), "\n", file = out)
}
for (alpha in c(0.5, 1)) {
  foldid <- (seq_len(n) - 1) %% 10 + 1
  cv <- cv.glmnet(x, yy, alpha = alpha, foldid = foldid, thresh = 1e-20, maxit = 1e7)
  cat("cv", alpha, 10, sprintf("%.17g", cv$lambda.min), sprintf("%.17g", cv$lambda.1se), "\n", file = out)
  cat("min", sprintf("%.17g", as.vector(coef(cv, s = "lambda.min"))), "\n", file = out)
  cat("1se", sprintf("%.17g", as.vector(coef(cv, s = "lambda.1se"))), "\n", file = out)
}
close(out)

# 2. A basis series for forecast compare: 300 hourly values of an AR(1) around 5 (bp).
set.seed(20261206)
m <- 300
b <- numeric(m)
b[1] <- 5
for (t in 2:m) b[t] <- 5 + 0.9 * (b[t - 1] - 5) + rnorm(1)
times <- format(as.POSIXct("2026-01-01 00:00:00", tz = "UTC") + 3600 * (0:(m - 1)), "%Y-%m-%dT%H:%M:%SZ", tz = "UTC")
write.csv(data.frame(time = times, basis = round(b, 6)), "basis.csv", row.names = FALSE, quote = FALSE)
b <- read.csv("basis.csv")$basis

# Walk-forward by hand: rolling window w, horizon h, origins t = w..m-h (1-based: the last value seen).
out <- file("compare_reference.txt", "w")
cat("# walk-forward on basis.csv by hand in R: rolling window, origins t = w..m-h\n", file = out)
cat("# <model> <window> <horizon> <origins> <rmse> <mae> <mase> <directionalAccuracy> <dmPValue vs random walk or NA>\n", file = out)
for (spec in list(c(100, 8), c(50, 1))) {
  w <- spec[1]; h <- spec[2]
  origins <- w:(m - h)
  actual <- b[origins + h]
  at <- b[origins]
  rw <- at
  rm <- sapply(origins, function(t) mean(b[(t - w + 1):t]))
  scale <- mean(abs(diff(b[1:w])))
  e_rw <- actual - rw
  for (name in c("random-walk", "rolling-mean")) {
    f <- if (name == "random-walk") rw else rm
    e <- actual - f
    moved <- sign(actual - at) != 0
    da <- sum(sign(f - at)[moved] == sign(actual - at)[moved]) / sum(moved)
    p <- if (name == "random-walk") NA else dm.test(e, e_rw, h = h, power = 2)$p.value
    cat(name, w, h, length(origins), sprintf("%.17g", c(sqrt(mean(e^2)), mean(abs(e)), mean(abs(e)) / scale, da, p)),
        "\n", file = out)
  }
}
close(out)
