#!/usr/bin/env python3
"""Reference values for io.github.basisspread.models.diagnostics and models.meanreversion.

Run from this directory with the Debian/Ubuntu system Python (python3-statsmodels):

    /usr/bin/python3 make_reference.py

Produced with statsmodels 0.13.5, numpy 1.24.2, scipy 1.10.1. Writes
  data.csv            the seeded data sets, one column each (same length, blank = not present)
  ou_irregular.csv    an Ornstein-Uhlenbeck path sampled at irregular times (t, x)
  reference.properties  statsmodels' outputs, key = comma-separated values (repr precision)
The Java tests read these frozen files and never run Python.
"""
import numpy as np
import scipy
import statsmodels
from scipy import optimize
from statsmodels.stats.diagnostic import acorr_ljungbox
from statsmodels.stats.stattools import jarque_bera
from statsmodels.tsa.adfvalues import mackinnoncrit, mackinnonp
from statsmodels.tsa.stattools import adfuller, coint, kpss
from statsmodels.tsa.vector_ar.vecm import coint_johansen
import warnings

warnings.simplefilter("ignore")
rng = np.random.RandomState(20260101)
out = {}


def put(key, values):
    if np.isscalar(values):
        values = [values]
    out[key] = ",".join(repr(float(v)) for v in np.asarray(values, dtype=float).ravel())


def ar1(n, phi, mean, scale=1.0, innov=None):
    e = rng.standard_normal(n) * scale if innov is None else innov
    x = np.empty(n)
    x[0] = mean + e[0] / np.sqrt(1 - phi * phi)
    for t in range(1, n):
        x[t] = mean + phi * (x[t - 1] - mean) + e[t]
    return x


series = {}
series["rw"] = 100.0 + np.cumsum(rng.standard_normal(250))
series["ar1"] = ar1(250, 0.6, 5.0)
series["trend"] = 10.0 + 0.05 * np.arange(200) + ar1(200, 0.5, 0.0)
series["short"] = ar1(30, 0.3, 1.0)
series["fat"] = ar1(300, 0.2, 0.0, innov=rng.standard_t(4, 300))
x = 50.0 + np.cumsum(rng.standard_normal(300))
series["pair_x"] = x
series["pair_y"] = 1.0 + 2.0 * x + ar1(300, 0.5, 0.0)
spot = 100.0 + np.cumsum(rng.standard_normal(400))
series["spot"] = spot
series["fut1"] = spot + ar1(400, 0.7, 1.0, 0.5)
series["fut2"] = 0.5 + 1.01 * spot + ar1(400, 0.8, 2.0, 0.6)

# ---- ADF
for name in ["rw", "ar1", "trend", "short"]:
    s = series[name]
    for reg in ["n", "c", "ct"]:
        for autolag in ["AIC", "BIC", "t-stat", None]:
            key = f"adf.{name}.{reg}.{autolag or 'fixed'}"
            maxlag = 3 if autolag is None else None
            r = adfuller(s, maxlag=maxlag, regression=reg, autolag=autolag)
            put(key + ".stat", r[0])
            put(key + ".pvalue", r[1])
            put(key + ".usedlag", r[2])
            put(key + ".nobs", r[3])
            put(key + ".crit", [r[4]["1%"], r[4]["5%"], r[4]["10%"]])
            if autolag is not None:
                put(key + ".icbest", r[5])
# explicit maxlag with autolag
r = adfuller(series["ar1"], maxlag=5, regression="c", autolag="AIC")
put("adf.ar1.c.AIC5.stat", r[0])
put("adf.ar1.c.AIC5.usedlag", r[2])
put("adf.ar1.c.AIC5.nobs", r[3])

# ---- MacKinnon tables evaluated directly
taus = [-7.0, -5.0, -4.2, -3.6, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0]
for reg in ["n", "c", "ct"]:
    for n in range(1, 7):
        put(f"mackinnonp.{reg}.{n}", [mackinnonp(t, regression=reg, N=n) for t in taus])
for reg in ["c", "ct"]:
    for n in range(1, 13):
        put(f"mackinnoncrit.{reg}.{n}.100", mackinnoncrit(N=n, regression=reg, nobs=100))
        put(f"mackinnoncrit.{reg}.{n}.inf", mackinnoncrit(N=n, regression=reg, nobs=np.inf))
put("mackinnoncrit.n.1.100", mackinnoncrit(N=1, regression="n", nobs=100))
put("mackinnonp.taus", taus)

# ---- KPSS
for name in ["rw", "ar1", "trend", "short"]:
    s = series[name]
    for reg in ["c", "ct"]:
        for nl in ["auto", "legacy", 4]:
            key = f"kpss.{name}.{reg}.{nl}"
            stat, p, lags, crit = kpss(s, regression=reg, nlags=nl)
            put(key + ".stat", stat)
            put(key + ".pvalue", p)
            put(key + ".lags", lags)
            put(key + ".crit", [crit["10%"], crit["5%"], crit["2.5%"], crit["1%"]])

# ---- Ljung-Box / Box-Pierce
for name, s in [("ar1", series["ar1"]), ("drw", np.diff(series["rw"])), ("fat", series["fat"])]:
    for mdf in [0, 2]:
        df = acorr_ljungbox(s, lags=10, boxpierce=True, model_df=mdf, return_df=True)
        key = f"lb.{name}.{mdf}"
        put(key + ".lb_stat", df["lb_stat"])
        put(key + ".lb_pvalue", df["lb_pvalue"].fillna(-1.0))
        put(key + ".bp_stat", df["bp_stat"])
        put(key + ".bp_pvalue", df["bp_pvalue"].fillna(-1.0))

# ---- Jarque-Bera
for name in ["ar1", "fat", "rw", "short"]:
    jb, p, sk, ku = jarque_bera(series[name])
    put(f"jb.{name}", [jb, p, sk, ku])

# ---- Engle-Granger
y, xx = series["pair_y"], series["pair_x"]
for trend in ["c", "ct", "n"]:
    for autolag in ["aic", "bic", "t-stat"]:
        st, p, crit = coint(y, xx, trend=trend, autolag=autolag)
        key = f"coint.pair.{trend}.{autolag}"
        put(key + ".stat", st)
        put(key + ".pvalue", p)
        put(key + ".crit", np.nan_to_num(crit, nan=-1.0))
st, p, crit = coint(y, xx, trend="c", autolag=None, maxlag=2)
put("coint.pair.c.fixed2.stat", st)
put("coint.pair.c.fixed2.pvalue", p)
# no cointegration: two independent random walks
st, p, crit = coint(series["rw"], series["pair_x"][:250], trend="c")
put("coint.nocoint.c.aic", [st, p] + list(crit))
three = np.column_stack([series["spot"], series["fut2"]])
for trend in ["c", "ct"]:
    st, p, crit = coint(series["fut1"], three, trend=trend)
    put(f"coint.three.{trend}.aic", [st, p] + list(crit))

# ---- Johansen
endog = np.column_stack([series["spot"], series["fut1"], series["fut2"]])
for det in [-1, 0, 1]:
    for k in [0, 1, 2]:
        r = coint_johansen(endog, det, k)
        key = f"johansen.{det}.{k}"
        put(key + ".lr1", r.lr1)
        put(key + ".lr2", r.lr2)
        put(key + ".cvt", r.cvt)
        put(key + ".cvm", r.cvm)
        put(key + ".eig", r.eig)
        put(key + ".evec", r.evec)


def johansen_textbook(endog, det, k):
    """statsmodels' coint_johansen pipeline, but with the lagged level y_{t-1} (Johansen 1995,
    eq. 6.4) in place of statsmodels' endog[1:n-k]; the two agree for k >= 1 (y_{t-k} and
    y_{t-1} differ by lagged differences that are projected out) and differ for k = 0, where
    statsmodels regresses dy_t on y_t."""
    def detrend(a, order):
        if order == -1:
            return a
        v = np.vander(np.linspace(-1, 1, len(a)), order + 1)
        return a - v @ np.linalg.lstsq(v, a, rcond=None)[0]
    f = 0 if det > -1 else -1
    e = detrend(endog, det)
    dx = np.diff(e, axis=0)
    n = len(dx)
    lev = detrend(e[k:-1], f)
    dxk = detrend(dx[k:], f)
    if k > 0:
        z = detrend(np.column_stack([dx[k - j - 1:n - j - 1] for j in range(k)]), f)
        dxk = dxk - z @ np.linalg.lstsq(z, dxk, rcond=None)[0]
        lev = lev - z @ np.linalg.lstsq(z, lev, rcond=None)[0]
    t = len(dxk)
    s00, s0k, skk = dxk.T @ dxk / t, dxk.T @ lev / t, lev.T @ lev / t
    ev = np.sort(np.linalg.eigvals(np.linalg.solve(skk, s0k.T @ np.linalg.solve(s00, s0k))).real)[::-1]
    lr1 = np.array([-t * np.sum(np.log(1 - ev[i:])) for i in range(len(ev))])
    lr2 = -t * np.log(1 - ev)
    return ev, lr1, lr2


for det in [-1, 0, 1]:
    for k in [0, 1, 2]:
        ev, lr1, lr2 = johansen_textbook(endog, det, k)
        put(f"johansen.textbook.{det}.{k}.eig", ev)
        put(f"johansen.textbook.{det}.{k}.lr1", lr1)
        put(f"johansen.textbook.{det}.{k}.lr2", lr2)
r = coint_johansen(np.column_stack([y, xx]), 0, 1)
put("johansen.pair.0.1.lr1", r.lr1)
put("johansen.pair.0.1.lr2", r.lr2)
put("johansen.pair.0.1.eig", r.eig)

# ---- Ornstein-Uhlenbeck on irregular times: exact likelihood maximised by scipy
theta, mu, sigma = 3.0, 0.02, 0.05
n = 500
dts = rng.uniform(0.5, 2.0, n - 1) / 252.0
t = np.concatenate([[0.0], np.cumsum(dts)])
xo = np.empty(n)
xo[0] = mu
for i in range(1, n):
    a = np.exp(-theta * dts[i - 1])
    sd = sigma * np.sqrt((1 - a * a) / (2 * theta))
    xo[i] = mu + (xo[i - 1] - mu) * a + sd * rng.standard_normal()


def negll(p, tt, xs):
    th, m, sg = p
    if th <= 0 or sg <= 0:
        return 1e300
    d = np.diff(tt)
    a = np.exp(-th * d)
    v = sg * sg * (1 - a * a) / (2 * th)
    e = xs[1:] - m - (xs[:-1] - m) * a
    return 0.5 * np.sum(np.log(2 * np.pi * v) + e * e / v)


res = optimize.minimize(negll, [2.0, 0.0, 0.04], args=(t, xo), method="Nelder-Mead",
                        options={"xatol": 1e-12, "fatol": 1e-14, "maxiter": 40000, "maxfev": 80000})
res = optimize.minimize(negll, res.x, args=(t, xo), method="Nelder-Mead",
                        options={"xatol": 1e-13, "fatol": 1e-15, "maxiter": 40000, "maxfev": 80000})
put("ou.irregular.mle", res.x)
put("ou.irregular.loglik", -res.fun)

with open("ou_irregular.csv", "w") as f:
    f.write("# Ornstein-Uhlenbeck path, theta=3, mu=0.02, sigma=0.05, seed 20260101 (make_reference.py)\n")
    f.write("t,x\n")
    for ti, xi in zip(t, xo):
        f.write(f"{ti!r},{xi!r}\n")

names = list(series)
length = max(len(v) for v in series.values())
with open("data.csv", "w") as f:
    f.write("# Seeded data sets (numpy RandomState 20260101), generated by make_reference.py\n")
    f.write(",".join(names) + "\n")
    for i in range(length):
        f.write(",".join(repr(float(series[k][i])) if i < len(series[k]) else "" for k in names) + "\n")

with open("reference.properties", "w") as f:
    f.write(f"# statsmodels {statsmodels.__version__}, numpy {np.__version__}, scipy {scipy.__version__};"
            " generated by make_reference.py on data.csv\n")
    f.write("# p-values that statsmodels reports as NaN (df <= 0) and unavailable critical values are -1\n")
    for k, v in out.items():
        f.write(f"{k} = {v}\n")
