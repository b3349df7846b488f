# forecast::auto.arima with its defaults on classic datasets shipped with R (datasets package):
# writes each series (one value per line) and a line of R's choice per dataset to the folder
# given as the first argument. Used by bench/datasets.sh; not part of the test suite.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
sets <- list(nottem = nottem, USAccDeaths = USAccDeaths, UKDriverDeaths = UKDriverDeaths,
  AirPassengers = AirPassengers, ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths,
  JohnsonJohnson = JohnsonJohnson, UKgas = UKgas, co2 = co2, Nile = Nile, lynx = lynx,
  LakeHuron = LakeHuron, austres = austres, BJsales = BJsales, uspop = uspop,
  treering = treering[1:500], nhtemp = nhtemp, presidents = na.omit(as.numeric(presidents)),
  sunspot.year = sunspot.year, WWWusage = WWWusage, lh = lh, airmiles = airmiles,
  discoveries = discoveries, Seatbelts.drivers = Seatbelts[, "drivers"])
out <- file.path(dir, "r_orders.txt")
unlink(out)
for (nm in names(sets)) {
  x <- sets[[nm]]
  f <- auto.arima(x)
  o <- arimaorder(f)
  m <- frequency(x)
  sea <- if (length(o) > 3) o[4:7] else c(0, 0, 0, m)
  cat(nm, m, paste(o[1:3], collapse = ","), paste(sea, collapse = ","), formatC(f$loglik, digits = 12, format = "g"),
      paste(names(f$coef), collapse = ","), "\n", file = out, append = TRUE)
  writeLines(formatC(as.numeric(x), digits = 17, format = "g"), file.path(dir, paste0(nm, ".txt")))
}
