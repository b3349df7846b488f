# R side of the whole-process rows of bench/compare.sh: one Rscript process per task, reading the
# same CSV file the basis command reads, so start-up, package loading and file reading count.
# Usage: Rscript whole.R prepare DIR        writes DIR/whole_{auto,arima,ll}.csv from the .f64 inputs
#        Rscript whole.R auto|arima|ll FILE  fits and prints one line per fit
args <- commandArgs(trailingOnly = TRUE)
task <- args[1]
if (task == "prepare") {
  dir <- args[2]
  meta <- read.table(file.path(dir, "meta.txt"), col.names = c("key", "value"))
  getm <- function(k) as.integer(meta$value[meta$key == k])
  readf <- function(f, n) readBin(file.path(dir, f), what = "double", n = n, size = 8, endian = "little")
  # 17 significant digits: the file round-trips every double, for both tools.
  put <- function(df, f) {
    df[] <- lapply(df, function(col) formatC(col, digits = 17, format = "g"))
    write.csv(df, file.path(dir, f), row.names = FALSE, quote = FALSE)
  }
  cnt <- getm("auto_count"); an <- getm("auto_n")
  panel <- matrix(readf("auto_arima.f64", cnt * an), nrow = an)
  colnames(panel) <- paste0("s", seq_len(cnt))
  put(as.data.frame(panel), "whole_auto.csv")
  x <- readf("arima201.f64", getm("arima_n"))
  ten <- as.data.frame(matrix(rep(x, 10), ncol = 10))
  colnames(ten) <- paste0("a", 1:10)
  put(ten, "whole_arima.csv")
  put(data.frame(y = readf("local_level.f64", getm("ll_n"))), "whole_ll.csv")
  quit(save = "no")
}
d <- read.csv(args[2])
if (task == "auto") {
  suppressPackageStartupMessages(library(forecast))
  for (col in names(d)) {
    f <- auto.arima(d[[col]])
    cat(col, forecast::arimaorder(f), f$loglik, "\n")
  }
} else if (task == "arima") {
  for (col in names(d)) {
    f <- arima(d[[col]], order = c(2, 0, 1), method = "ML")
    cat(col, f$coef, f$loglik, "\n")
  }
} else if (task == "ll") {
  f <- StructTS(d$y, type = "level")
  cat(f$coef, f$loglik, "\n")
}
