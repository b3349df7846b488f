"""Independent hand computation of the numbers `basis risk` prints for book.csv over history.csv
and for backtest.csv (run with /usr/bin/python3; needs numpy and scipy). The formulas are written
out from their sources, not from the Java code: ACT/365F simple annualized basis, R's type 7
quantile, RiskMetrics EWMA, McNeil-Frey-Embrechts Student-t ES, Cornish-Fisher (Zangari 1996) with
its ES as the tail mean of the quantile by adaptive quadrature, Kupiec (1995), Christoffersen (1998)
and the Basel (1996) traffic light."""
import csv
from datetime import datetime, timezone
import numpy as np
from scipy import stats, integrate

rows = list(csv.DictReader(open("history.csv")))
t = [datetime.fromisoformat(r["time"].replace("Z", "+00:00")) for r in rows]
S = np.array([float(r["spot"]) for r in rows]); P = np.array([float(r["BTCUSDT"]) for r in rows])
F = np.array([float(r["fut"]) for r in rows]); R = np.array([float(r["rate"]) for r in rows])
expiry = datetime(2026, 3, 27, 8, tzinfo=timezone.utc)
tau = lambda ti: (expiry - ti).total_seconds() / (365 * 86400)
ann = lambda i: (F[i] / S[i] - 1) / tau(t[i])
n = len(rows); s0, p0, f0, r0, today = S[-1], P[-1], F[-1], R[-1], t[-1]
qs, qp, qf = 2.0, -1.5, -0.5

def scenarios(h, qs=qs, qp=qp, qf=qf):
    out = []
    for k in range(n - h):
        s1 = s0 * S[k + h] / S[k]
        p1 = s1 * (p0 / s0 + P[k + h] / S[k + h] - P[k] / S[k])
        a1 = (f0 / s0 - 1) / tau(today) + ann(k + h) - ann(k)
        f1 = s1 * (1 + a1 * tau(today))
        rate = r0 + R[k + h] - R[k]
        days = (t[k + h] - t[k]).days  # 3 settlements a day at 00, 08, 16 UTC from today 00:00
        funding = -qp * p1 * rate * 3 * days  # the short perpetual receives rate x notional
        out.append(qs * (s1 - s0) + qp * (p1 - p0) + qf * (f1 - f0) + funding)
    return np.array(out)

def q7(x, p):
    x = np.sort(x); h = (len(x) - 1) * p; lo = int(np.floor(h))
    return x[lo] if lo >= len(x) - 1 else x[lo] + (h - lo) * (x[lo + 1] - x[lo])

def hs(x, a):
    q = q7(x, 1 - a); return -q, -x[x <= q].mean()

def moments(x):
    m = x.mean(); d = x - m; m2 = (d**2).mean()
    return m, x.std(ddof=1), (d**3).mean() / m2**1.5, (d**4).mean() / m2**2 - 3

def normal(x, a):
    m, sd, _, _ = moments(x); z = stats.norm.ppf(1 - a)
    return -(m + sd * z), -m + sd * stats.norm.pdf(z) / (1 - a)

def student(x, a):
    m, sd, _, k = moments(x); df = 100.0 if k <= 6 / 96 else 4 + 6 / k
    s = sd * np.sqrt((df - 2) / df); q = stats.t.ppf(1 - a, df)
    return -(m + s * q), -m + s * stats.t.pdf(q, df) * (df + q * q) / ((df - 1) * (1 - a))

def cf(x, a):
    m, sd, g, k = moments(x)
    def zcf(u):
        z = stats.norm.ppf(u)
        return z + (z*z - 1) * g / 6 + (z**3 - 3*z) * k / 24 - (2*z**3 - 5*z) * g * g / 36
    tail = 1 - a
    es = integrate.quad(zcf, 0, tail, limit=200, epsabs=1e-13, epsrel=1e-12)[0] / tail
    return -(m + sd * zcf(tail)), -(m + sd * es)

def fhs(x, a, lam=0.94):
    v = [np.mean(x**2)]
    for xi in x:
        v.append(lam * v[-1] + (1 - lam) * xi * xi)
    sig = np.sqrt(v)
    return hs(x / sig[:-1] * sig[-1], a)

x1 = scenarios(1)
print("scenarios h=1", repr(list(x1)))
for a in (0.95, 0.93):
    for name, f in (("hs", hs), ("fhs", fhs), ("normal", normal), ("t", student), ("cf", cf)):
        print(a, name, "%.15g %.15g" % f(x1, a))
x2 = scenarios(2)
print("h=2 hs 0.9 %.15g %.15g" % hs(x2, 0.9), "n", len(x2))
print("worst window 1 row: %.15g at" % x1.min(), t[int(np.argmin(x1))], "; 2 rows: %.15g at" % x2.min(), t[int(np.argmin(x2))])

# The demo's carry book on this market (DemoRiskTest): long 1 spot, short 0.5 perpetual, short 0.5 future.
xd = scenarios(1, 1.0, -0.5, -0.5)
for name, f in (("hs", hs), ("fhs", fhs), ("normal", normal), ("t", student), ("cf", cf)):
    print("demo 0.99", name, "%.15g %.15g" % f(xd, 0.99))
print("demo worst %.15g" % xd.min(), "collapse %.15g" % (-0.5 * (s0 - p0) - 0.5 * (s0 - f0)),
      "cap %.15g" % (0.5 * p0 * 0.003 * 3))

# Exposures at today
print("delta coins %.15g quote %.15g" % (qs + qp * p0 / s0 + qf * f0 / s0, (qs + qp * p0 / s0 + qf * f0 / s0) * s0))
print("dv01 perp %.15g future %.15g" % (qp * 1e-4 * s0, qf * s0 * 1e-4 * tau(today)))
print("funding 1bp/8h over 8h %.15g" % (-qp * p0 * 1e-4))
print("gross binance %.15g deribit %.15g" % (abs(qs) * s0 + abs(qp) * p0, abs(qf) * f0))
# Stress
print("collapse %.15g" % (qp * (s0 - p0) + qf * (s0 - f0)))
print("cap 3 settlements %.15g" % (-qp * p0 * 0.003 * 3))

# Backtest
b = list(csv.DictReader(open("backtest.csv")))
hit = [(-float(r["pnl"])) > float(r["var"]) for r in b]
N = len(hit); X = sum(hit); p = 0.05
xl = lambda a, y: 0 if a == 0 else a * np.log(y)
pof = -2 * (xl(N - X, 1 - p) + xl(X, p)) + 2 * (xl(N - X, 1 - X / N) + xl(X, X / N))
c = {(i, j): sum(1 for s in range(1, N) if hit[s - 1] == i and hit[s] == j) for i in (0, 1) for j in (0, 1)}
p01 = c[0, 1] / (c[0, 0] + c[0, 1]); p11 = c[1, 1] / (c[1, 0] + c[1, 1]) if c[1, 0] + c[1, 1] else 0
pi = (c[0, 1] + c[1, 1]) / (N - 1)
ind = -2 * (xl(c[0, 0] + c[1, 0], 1 - pi) + xl(c[0, 1] + c[1, 1], pi)) + 2 * (xl(c[0, 0], 1 - p01)
      + xl(c[0, 1], p01) + xl(c[1, 0], 1 - p11) + xl(c[1, 1], p11))
print("backtest n", N, "x", X, "pof %.15g p %.15g ind %.15g p %.15g cc %.15g p %.15g" % (pof, stats.chi2.sf(pof, 1),
      ind, stats.chi2.sf(ind, 1), pof + ind, stats.chi2.sf(pof + ind, 2)))
cum = stats.binom.cdf(X, N, p)
print("zone", "green" if cum < 0.95 else ("yellow" if cum < 0.9999 else "red"), cum)

# More stress scenarios (basis risk stress): backwardation at -20% a year; a venue halt with a 50% haircut
# while spot falls 20%; the user-defined scenarios of scenarios.csv.
fb = s0 * (1 - 0.2 * tau(today))
print("backwardation %.15g" % (qf * (fb - f0)))
print("halt deribit %.15g" % (qs * s0 * -0.2 + qp * p0 * -0.2 - 0.5 * abs(qf) * f0))
print("halt binance %.15g" % (qf * f0 * -0.2 - 0.5 * (abs(qs) * s0 + abs(qp) * p0)))
print("crash %.15g" % ((qs * s0 + qp * p0 + qf * f0) * -0.3))
print("squeeze %.15g" % (-qp * p0 * 0.003 * 9))
print("flattening %.15g" % (qf * (s0 * (1 + ((f0 / s0 - 1) / tau(today) - 0.05) * tau(today)) - f0)))

# Margin (basis risk margin --leverage 10): a short linear leg of |q| at entry E = today's mark with collateral C
# is liquidated when C + |q| (E - P) = mmr |q| P, P = (C + |q| E) / (|q| (1 + mmr)); the spot move is P / E - 1.
# BTCUSDT on Binance: its first bracket, 0.40%; the Deribit future: --mmr 0.5%.
def liq(c, q, e, mmr):
    p = (c + q * e) / (q * (1 + mmr)); return p / e - 1, p
print("isolated BTCUSDT %.15g %.15g" % liq(1.5 * p0 / 10, 1.5, p0, 0.004), "fut %.15g %.15g" % liq(0.5 * f0 / 10, 0.5, f0, 0.005))
print("cross wallet 10 BTCUSDT %.15g %.15g" % liq(10, 1.5, p0, 0.004), "fut %.15g %.15g" % liq(10, 0.5, f0, 0.005))
