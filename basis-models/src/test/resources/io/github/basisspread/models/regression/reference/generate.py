#!/usr/bin/env python3
"""Frozen statsmodels reference values for the OLS/WLS tests of basis-models.

Run from this directory with Debian's python3-statsmodels 0.13.5 (numpy 1.24):
    /usr/bin/python3 generate.py
It writes data.csv (the fixed data set) and statsmodels.txt (one line per value:
`case.key v1 v2 ...`, numbers in repr precision). The Java tests read both files and never
need Python. The data are drawn from numpy's PCG64 with seed 20261129: three regressors, a
heteroskedastic AR(1) error so that HC and HAC differ from the classical covariance, and
positive weights for WLS.
"""
import mpmath
import numpy as np
import statsmodels
import statsmodels.api as sm
from scipy import stats

rng = np.random.default_rng(20261129)
n = 80
x1 = rng.normal(0.0, 1.0, n)
x2 = np.cumsum(rng.normal(0.0, 0.5, n))
x3 = rng.uniform(-2.0, 2.0, n)
u = np.empty(n)
u[0] = rng.normal()
for t in range(1, n):
    u[t] = 0.5 * u[t - 1] + rng.normal() * (0.5 + abs(x1[t]))
y = 1.5 + 2.0 * x1 - 0.7 * x2 + 0.3 * x3 + u
w = rng.uniform(0.5, 2.0, n)

np.savetxt("data.csv", np.column_stack([y, x1, x2, x3, w]), delimiter=",",
           header="y,x1,x2,x3,w", comments="", fmt="%.17g")

X = np.column_stack([x1, x2, x3])
Xc = sm.add_constant(X)
new = np.array([[0.5, -1.0, 1.0], [-1.2, 2.0, 0.0], [2.0, 0.3, -1.5]])
newc = sm.add_constant(new, has_constant="add")
hac_auto = int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))

out = []


def put(name, key, values):
    values = np.atleast_1d(np.asarray(values, dtype=float)).ravel()
    out.append(name + "." + key + " " + " ".join(repr(float(v)) for v in values))


def record(name, res, exog_new=None):
    put(name, "params", res.params)
    put(name, "bse", res.bse)
    put(name, "tvalues", res.tvalues)
    put(name, "pvalues", res.pvalues)
    put(name, "conf_int95", res.conf_int(alpha=0.05))
    put(name, "conf_int90", res.conf_int(alpha=0.10))
    put(name, "cov", res.cov_params())
    put(name, "rsquared", res.rsquared)
    put(name, "rsquared_adj", res.rsquared_adj)
    put(name, "fvalue", res.fvalue)
    put(name, "f_pvalue", res.f_pvalue)
    put(name, "llf", res.llf)
    put(name, "aic", res.aic)
    put(name, "bic", res.bic)
    put(name, "ssr", res.ssr)
    put(name, "scale", res.scale)
    put(name, "df_resid", res.df_resid)
    put(name, "durbin_watson", sm.stats.durbin_watson(res.wresid))
    put(name, "resid", res.resid)
    put(name, "fittedvalues", res.fittedvalues)
    if exog_new is not None:
        pred = res.get_prediction(exog_new)
        frame = pred.summary_frame(alpha=0.05)
        put(name, "pred_mean", frame["mean"])
        put(name, "pred_mean_se", frame["mean_se"])
        put(name, "pred_mean_ci", frame[["mean_ci_lower", "mean_ci_upper"]].to_numpy())
        put(name, "pred_obs_ci", frame[["obs_ci_lower", "obs_ci_upper"]].to_numpy())
        put(name, "pred_obs_se", pred.se_obs)


def t_quantile(p, df):
    """Student t quantile to 40 digits. scipy 1.10's t.ppf(0.975, 76) is 1.5e-10 too small
    (1.9916726093523487; the exact value is 1.99167260964466...), which shows in statsmodels'
    intervals, so the tests check intervals against mean +- q se with this q."""
    mpmath.mp.dps = 40
    df = mpmath.mpf(df)
    tail = mpmath.mpf(1) - mpmath.mpf(p)
    f = lambda q: mpmath.betainc(df / 2, mpmath.mpf(1) / 2, 0, df / (df + q * q), regularized=True) / 2 - tail
    return float(mpmath.findroot(f, mpmath.mpf(2)))


ols = sm.OLS(y, Xc)
record("ols", ols.fit(), newc)
for hc in ("HC0", "HC1", "HC2", "HC3"):
    record("ols_" + hc.lower(), ols.fit(cov_type=hc, use_t=True), newc if hc == "HC1" else None)
record("ols_hac_auto", ols.fit(cov_type="HAC", cov_kwds={"maxlags": hac_auto}, use_t=True))
record("ols_hac4_corrected",
       ols.fit(cov_type="HAC", cov_kwds={"maxlags": 4, "use_correction": True}, use_t=True))
record("noint", sm.OLS(y, X).fit(), new)
wls = sm.WLS(y, Xc, weights=w)
record("wls", wls.fit(), newc)
record("wls_hc1", wls.fit(cov_type="HC1", use_t=True))
out.append("meta.hac_auto_lags " + str(hac_auto))
for p in (0.95, 0.975):
    for df in (76, 77):
        put("meta", "t_quantile_%s_%d" % (p, df), t_quantile(p, df))
        put("meta", "scipy_t_quantile_%s_%d" % (p, df), stats.t.ppf(p, df))

with open("statsmodels.txt", "w") as f:
    f.write("# statsmodels " + statsmodels.__version__ + ", numpy " + np.__version__
            + "; written by generate.py, do not edit\n")
    f.write("\n".join(out) + "\n")
