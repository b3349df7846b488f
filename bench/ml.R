# The R side of bench/ml.sh: glmnet's elastic-net path on the same 100,000 x 50 design as
# ElasticNetCompare (DIR/enet.bin), one untimed run then the best of REPEATS, for alpha 1 and 0.5;
# then the comparison table with Basis's times and coefficients (DIR/enet-basis-<alpha>.txt).
# Usage: Rscript bench/ml.R DIR REPEATS
suppressPackageStartupMessages(library(glmnet))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
repeats <- as.integer(args[2])
con <- file(file.path(dir, "enet.bin"), "rb")
head <- readBin(con, "double", 2, endian = "little")
n <- head[1]; p <- head[2]
x <- matrix(readBin(con, "double", n * p, endian = "little"), n, p)
y <- readBin(con, "double", n, endian = "little")
close(con)
cat(sprintf("%-6s %8s %8s %10s %10s %12s %26s\n", "alpha", "lambdas", "(glmnet)", "Basis s", "glmnet s",
            "glmnet/Basis", "max |coef diff| / max|coef|"))
for (alpha in c(1, 0.5)) {
  fit <- glmnet(x, y, alpha = alpha)  # untimed warm-up
  best <- Inf
  for (r in seq_len(repeats)) {
    t <- system.time(fit <- glmnet(x, y, alpha = alpha))[["elapsed"]]
    best <- min(best, t)
  }
  ours <- readLines(file.path(dir, sprintf("enet-basis-%.1f.txt", alpha)))
  ours_time <- as.numeric(ours[1])
  rows <- do.call(rbind, lapply(strsplit(ours[-1], " "), as.numeric))
  k <- min(nrow(rows), length(fit$lambda))
  theirs <- rbind(fit$a0, as.matrix(fit$beta))[, seq_len(k), drop = FALSE]
  mine <- t(rows[seq_len(k), -1, drop = FALSE])
  rel <- max(abs(mine - theirs)) / max(abs(theirs))
  cat(sprintf("%-6.1f %8d %8d %10.3f %10.3f %12.2f %26.2e\n", alpha, nrow(rows), length(fit$lambda), ours_time, best,
              best / ours_time, rel))
}
cat(sprintf("glmnet %s, %s\n", as.character(packageVersion("glmnet")), R.version.string))
