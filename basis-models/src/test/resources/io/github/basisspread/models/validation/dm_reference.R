# Reference values for DieboldMarianoTest, from R's forecast::dm.test (two-sided, HLN-corrected,
# t distribution on n - 1 df, rectangular HAC variance with h - 1 lags). Run: Rscript dm_reference.R
# Output frozen in dm_reference.txt and copied into DieboldMarianoTest.
suppressMessages(library(forecast))
t <- 1:30
# Set A: at h = 3 the variance is negative and dm.test falls back to h = 1 (warning).
e1 <- sin(t) + 0.3 * cos(3 * t)
e2 <- 0.8 * sin(t + 1)
for (h in c(1, 3)) for (p in c(1, 2)) {
  r <- suppressWarnings(dm.test(e1, e2, alternative = "two.sided", h = h, power = p))
  cat(sprintf("A h=%d power=%d statistic=%.15g p=%.15g\n", h, p, r$statistic, r$p.value))
}
# Set B: smooth errors, positively autocorrelated loss differential: no fall-back.
e3 <- sin(t / 4) + 0.5 * cos(t)
e4 <- 0.7 * cos(t / 5)
for (h in c(1, 2, 4)) for (p in c(1, 2)) {
  r <- dm.test(e3, e4, alternative = "two.sided", h = h, power = p)
  cat(sprintf("B h=%d power=%d statistic=%.15g p=%.15g\n", h, p, r$statistic, r$p.value))
}
cat(sprintf("forecast %s, %s\n", packageVersion("forecast"), R.version.string))
