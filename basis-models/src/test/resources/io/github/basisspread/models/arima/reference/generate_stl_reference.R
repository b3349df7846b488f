# STL decompositions (stats::stl with forecast::mstl's s.window = 11) and forecast's seasonal
# strength (the quantity nsdiffs compares with 0.64) on seasonal series. The tests read the
# frozen .txt files and never run R. Run from this directory: Rscript generate_stl_reference.R
# (R 4.2.2, Debian r-cran-forecast). Data: log(AirPassengers), USAccDeaths, nottem (monthly air
# temperature at Nottingham 1920-1939) from R's datasets, a quarterly series with odd window
# lengths (UKgas, log), and a seeded weakly seasonal monthly series (amplitude 0.4 on unit noise).
suppressPackageStartupMessages(library(forecast))
num <- function(x) ifelse(is.na(x), "NA", formatC(as.numeric(x), digits = 17, format = "g"))
strength <- function(x) {
  d <- mstl(x)
  rem <- d[, "Remainder"]
  seas <- d[, grep("Season", colnames(d))]
  max(0, min(1, 1 - var(rem, na.rm = TRUE) / var(rem + seas, na.rm = TRUE)))
}
case <- function(file, call, x) {
  s <- stl(x, s.window = 11)$time.series
  lines <- c(sprintf("# %s; forecast %s", R.version.string, as.character(packageVersion("forecast"))),
             paste("call", call), paste("period", frequency(x)), paste("y", paste(num(x), collapse = " ")),
             paste("seasonal", paste(num(s[, "seasonal"]), collapse = " ")),
             paste("trend", paste(num(s[, "trend"]), collapse = " ")),
             paste("remainder", paste(num(s[, "remainder"]), collapse = " ")),
             paste("strength", num(strength(x))), paste("nsdiffs", num(nsdiffs(x))))
  writeLines(lines, file)
}
case("stl_log_airpassengers.txt", "stl(log(AirPassengers), s.window = 11)", log(AirPassengers))
case("stl_usaccdeaths.txt", "stl(USAccDeaths, s.window = 11)", USAccDeaths)
case("stl_nottem.txt", "stl(nottem, s.window = 11)", nottem)
case("stl_log_ukgas.txt", "stl(log(UKgas), s.window = 11)", log(UKgas))
set.seed(20261129)
weak <- ts(0.4 * sin(2 * pi * (1:120) / 12) + cumsum(rnorm(120)) * 0.3 + rnorm(120), frequency = 12)
case("stl_weak_seasonal.txt", "stl(weak, s.window = 11), weak = 0.4 sin(2 pi t / 12) + 0.3 cumsum(e1) + e2, seeded", weak)
