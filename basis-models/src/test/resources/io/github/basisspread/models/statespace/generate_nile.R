# Exports R's Nile data set and R's own estimates for the Nile local level model.
# Provenance: Nile (datasets package of base R): annual flow of the river Nile at Aswan,
# 1871-1970, 10^8 m^3 (Cobb 1978; Durbin and Koopman 2012, sec. 2.2.5). Public data.
# Run: Rscript generate_nile.R   (written with R 4.2.2; outputs frozen in this directory)
write.csv(data.frame(year = as.integer(time(Nile)), flow = as.numeric(Nile)), "nile.csv",
          row.names = FALSE, quote = FALSE)
fit <- StructTS(Nile, "level")
ar <- arima(Nile, order = c(0, 1, 1))
# The same MA(1) fitted to the differences directly: R's arima(0,1,1) treats the integrated state
# with an approximate diffuse prior (kappa = 1e6), which lifts its log-likelihood by ~7e-7; on
# diff(Nile) the likelihood is exact, and equals the local level's exact diffuse likelihood.
ard <- arima(diff(Nile), order = c(0, 0, 1), include.mean = FALSE, optim.control = list(reltol = 1e-14))
out <- data.frame(
  key = c("structts_level", "structts_epsilon", "structts_loglik", "arima011_loglik", "arima011_ma1",
          "arima011_sigma2", "arima_diff_ma1_loglik", "r_version"),
  value = c(format(fit$coef[["level"]], digits = 17), format(fit$coef[["epsilon"]], digits = 17),
            format(fit$loglik, digits = 17), format(ar$loglik, digits = 17),
            format(ar$coef[["ma1"]], digits = 17), format(ar$sigma2, digits = 17),
            format(ard$loglik, digits = 17), R.version.string))
write.csv(out, "nile_r_reference.csv", row.names = FALSE, quote = FALSE)
