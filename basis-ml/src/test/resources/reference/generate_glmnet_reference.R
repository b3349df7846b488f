# Reference paths of R's glmnet for basis-ml's ElasticNetTest (issue 19).
# Run from this directory: Rscript generate_glmnet_reference.R
# Writes the datasets (mtcars.csv, synthetic.csv) and the paths (glmnet_paths.txt, glmnet_cv.txt).
# glmnet 4.1-6, R's defaults (standardize = TRUE, intercept = TRUE, nlambda = 100,
# lambda.min.ratio = 1e-4 if n > p else 0.01) and thresh = 1e-26 so the reference is converged (at 1e-14 glmnet stops short by up to
# 2e-5 relative on small coefficients of mtcars; its test is on the squared change of a
# standardised coefficient, so 1e-14 only bounds changes to 1e-7).
suppressMessages(library(glmnet))

write_data <- function(df, file) {
  write.csv(df, file, row.names = FALSE, quote = FALSE)
}

# 1. mtcars: mpg on the 10 other columns (n = 32 > p = 10).
data(mtcars)
write_data(mtcars, "mtcars.csv")

# 2. A synthetic feature matrix with more columns than rows (n = 40 < p = 60), correlated
#    columns, a sparse truth and a seed frozen here.
set.seed(20261205)
n <- 40; p <- 60
z <- matrix(rnorm(n * p), n, p)
x <- z
for (j in 2:p) x[, j] <- 0.6 * x[, j - 1] + z[, j]
x <- sweep(x, 2, seq(0.5, 3, length.out = p), "*")
beta <- c(2, -1.5, 0, 0, 1, rep(0, p - 5))
y <- 3 + x %*% beta + rnorm(n, sd = 2)
syn <- data.frame(y = as.vector(y), x)
names(syn) <- c("y", paste0("x", 1:p))
write_data(syn, "synthetic.csv")
# Fit what the tests read: the CSV as written (15 significant digits).
syn <- read.csv("synthetic.csv")

out <- file("glmnet_paths.txt", "w")
cat("# glmnet", as.character(packageVersion("glmnet")), "thresh = 1e-26; one block per dataset and alpha:\n", file = out)
cat("# path <dataset> <alpha> <nlambda returned>, then per lambda: lambda df dev.ratio intercept coefficients...\n", file = out)
cvout <- file("glmnet_cv.txt", "w")
cat("# cv.glmnet, foldid = (i - 1) %% 5 + 1, thresh = 1e-26, type.measure = mse\n", file = cvout)
cat("# cv <dataset> <alpha> <lambda.min> <lambda.1se>, then per lambda: lambda cvm cvsd\n", file = cvout)
sets <- list(mtcars = list(x = as.matrix(mtcars[, -1]), y = mtcars$mpg),
             synthetic = list(x = as.matrix(syn[, -1]), y = syn$y))
for (name in names(sets)) {
  d <- sets[[name]]
  for (alpha in c(1, 0.5, 0)) {
    fit <- glmnet(d$x, d$y, alpha = alpha, thresh = 1e-26, maxit = 1e7)
    b <- as.matrix(coef(fit))
    cat("path", name, alpha, length(fit$lambda), "\n", file = out)
    for (k in seq_along(fit$lambda)) {
      cat(sprintf("%.17g", c(fit$lambda[k], fit$df[k], fit$dev.ratio[k], b[, k])), "\n", file = out)
    }
    foldid <- (seq_len(nrow(d$x)) - 1) %% 5 + 1
    cv <- cv.glmnet(d$x, d$y, alpha = alpha, foldid = foldid, thresh = 1e-26, maxit = 1e7)
    cat("cv", name, alpha, sprintf("%.17g", cv$lambda.min), sprintf("%.17g", cv$lambda.1se), "\n", file = cvout)
    for (k in seq_along(cv$lambda)) {
      cat(sprintf("%.17g", c(cv$lambda[k], cv$cvm[k], cv$cvsd[k])), "\n", file = cvout)
    }
  }
}
close(out)
close(cvout)
