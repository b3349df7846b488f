"""statsmodels / numpy side of bench/compare.sh. Usage: /usr/bin/python3 compare.py DIR REPEATS

Reads the float64 files written by the Java 'generate' step, fits them, and writes
DIR/results_python.txt: "row tool seconds reportedLoglik param...". One untimed warm-up run,
then the best (minimum) wall time of REPEATS runs, so interpreter start-up and imports are
excluded.
"""
import os
import sys
import time
import warnings

import numpy as np
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.arima.model import ARIMA
from statsmodels.tsa.statespace.structural import UnobservedComponents
from statsmodels.tsa.vector_ar.vecm import VECM

warnings.simplefilter("ignore")


def best_of(reps, fn):
    value = fn()
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t0)
    return value, best


def main():
    d, reps = sys.argv[1], int(sys.argv[2])
    meta = dict(line.split() for line in open(os.path.join(d, "meta.txt")))
    out = []

    # Local level: UnobservedComponents('llevel'), default fit (L-BFGS), exact diffuse start.
    y = np.fromfile(os.path.join(d, "local_level.f64"), dtype="<f8", count=int(meta["ll_n"]))
    res, sec = best_of(reps, lambda: UnobservedComponents(y, "llevel").fit(disp=False))
    names = list(res.model.param_names)
    p = res.params
    s2eps = p[names.index("sigma2.irregular")]
    s2eta = p[names.index("sigma2.level")]
    out.append(f"local_level statsmodels_UC {sec!r} {res.llf!r} {s2eps!r} {s2eta!r}")

    # OLS 1,000,000 x 11.
    n, k = int(meta["ols_n"]), int(meta["ols_k"])
    m = np.fromfile(os.path.join(d, "ols.f64"), dtype="<f8", count=n * (k + 1)).reshape(k + 1, n)
    yy = np.ascontiguousarray(m[0])
    X = np.column_stack([np.ones(n)] + [m[j] for j in range(1, k + 1)])
    coef, sec = best_of(reps, lambda: np.linalg.lstsq(X, yy, rcond=None)[0])
    ssr = float(np.sum((yy - X @ coef) ** 2))
    llf = -n / 2 * (np.log(2 * np.pi * ssr / n) + 1)
    out.append("ols numpy_lstsq %r %r %s" % (sec, llf, " ".join(repr(float(c)) for c in coef)))
    res, sec = best_of(reps, lambda: sm.OLS(yy, X).fit())
    out.append("ols statsmodels_OLS %r %r %s" % (sec, res.llf, " ".join(repr(float(c)) for c in res.params)))

    # ARIMA(2,0,1) with mean ("const" is the mean in statsmodels' ARIMA), default fit (exact
    # likelihood by the Kalman filter, sigma2 estimated as a parameter).
    x = np.fromfile(os.path.join(d, "arima201.f64"), dtype="<f8", count=int(meta["arima_n"]))
    res, sec = best_of(reps, lambda: ARIMA(x, order=(2, 0, 1), trend="c").fit())
    names = list(res.model.param_names)
    p = res.params
    est = [p[names.index(k)] for k in ("ar.L1", "ar.L2", "ma.L1", "const")]
    out.append("arima201 statsmodels_ARIMA %r %r %s" % (sec, res.llf, " ".join(repr(float(c)) for c in est)))
    # auto-ARIMA: statsmodels has none; pmdarima is not a Debian package and is not used.

    # VECM, two lagged differences, rank 1, an unrestricted constant ("co"). Only the small row:
    # statsmodels' VECM builds a T x T projection matrix (80 GB at T = 100,000).
    vn, vs = int(meta["vecm_n"]), int(meta["vecm_small_n"])
    market = np.fromfile(os.path.join(d, "vecm.f64"), dtype="<f8", count=2 * vn).reshape(2, vn).T
    small = np.ascontiguousarray(market[:vs])
    res, sec = best_of(reps, lambda: VECM(small, k_ar_diff=2, coint_rank=1, deterministic="co").fit())
    out.append("vecm_small statsmodels_VECM %r %r %r %r %r" % (sec, res.llf, float(res.alpha[0, 0]),
                                                              float(res.alpha[1, 0]), float(res.beta[1, 0])))

    with open(os.path.join(d, "results_python.txt"), "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"statsmodels {statsmodels.__version__}, numpy {np.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
