"""Writes exact.properties: the VECM on the real data (as make_reference.py reads it: the log of
each double CLOSE, first ROWS rows) computed in 50-digit arithmetic with mpmath, from the same
formulas as statsmodels (Luetkepohl 2005, sec. 7.2.3). On these nearly collinear levels (log perp
and log spot agree to 1e-3) statsmodels' double-precision route (an explicit T x T projection and
inverses of the moment matrices) carries relative errors of 1e-6 to 2e-6 in the eigenvalues, alpha
and beta's standard errors for the cases without a constant outside the relation, and 1e-5 in the
standard errors of the VAR(3) (an inverse of Z'Z, whose lagged levels are nearly collinear); this
is the reference those quantities are held to instead.

Run from this directory: /usr/bin/python3 make_exact.py [path/to/shared/data]
"""
import csv
import math
import os
import sys

import mpmath as mp

mp.mp.dps = 50
ROWS = 3000
REAL_DIR = "binance-btcusdt-spot-perp-hourly-2024-2026"


def read(path):
    with open(path) as f:
        r = csv.reader(f)
        c = next(r).index("CLOSE")
        return [mp.mpf(math.log(float(row[c]))) for _, row in zip(range(ROWS), r)]


def case(y, det, k, out):
    K, n = len(y), len(y[0])
    p = k + 1
    T = n - p
    dx, dy, yl = [], [], []
    for lag in range(1, k + 1):
        for j in range(K):
            dx.append([y[j][t - lag] - y[j][t - lag - 1] for t in range(p, n)])
    if "co" in det:
        dx.append([mp.mpf(1)] * T)
    if "lo" in det:
        dx.append([mp.mpf(t + 1) for t in range(p, n)])
    for j in range(K):
        dy.append([y[j][t] - y[j][t - 1] for t in range(p, n)])
    for j in range(K):
        yl.append([y[j][t - 1] for t in range(p, n)])
    if "ci" in det:
        yl.append([mp.mpf(1)] * T)
    if "li" in det:
        yl.append([mp.mpf(t) for t in range(p, n)])
    cols = dx + dy + yl
    m, q, L = len(cols), len(dx), len(yl)
    G = mp.matrix(m, m)
    for a in range(m):
        for b in range(a, m):
            G[a, b] = G[b, a] = mp.fsum(u * v for u, v in zip(cols[a], cols[b]))
    Gzz = G[q:m, q:m]
    if q:
        Gxx_inv = mp.inverse(G[0:q, 0:q])
        M = Gzz - G[0:q, q:m].T * Gxx_inv * G[0:q, q:m]
    else:
        M = Gzz
    M = M / T
    S00, S01, S11 = M[0:K, 0:K], M[0:K, K:], M[K:, K:]
    E, V = mp.eig(mp.inverse(S11) * S01.T * mp.inverse(S00) * S01)
    order = sorted(range(L), key=lambda i: -mp.re(E[i]))
    lam = [mp.re(E[i]) for i in order]
    v = mp.matrix([mp.re(V[i, order[0]]) for i in range(L)])
    beta = v / v[0]                                        # rank 1, first element 1
    alpha = S01 * beta * mp.inverse(beta.T * S11 * beta)
    pi = alpha * beta.T
    sigma = S00 - pi * S01.T - S01 * pi.T + pi * S11 * pi.T
    llf = -K * T * (mp.log(2 * mp.pi) + 1) / 2 - T * (mp.log(mp.det(S00)) + mp.log(1 - lam[0])) / 2
    # Omega = raw moments of [beta' y_{t-1}; dx]
    Gll, Glx = G[q + K:m, q + K:m], G[q + K:m, 0:q]
    omega = mp.matrix(1 + q, 1 + q)
    omega[0, 0] = (beta.T * Gll * beta)[0, 0]
    for j in range(q):
        omega[0, 1 + j] = omega[1 + j, 0] = (beta.T * Glx)[0, j]
        for i in range(q):
            omega[1 + i, 1 + j] = G[i, j]
    oi = mp.inverse(omega)
    se_alpha = [mp.sqrt(oi[0, 0] * sigma[i, i]) for i in range(K)]
    mat1 = mp.inverse(S11[1:L, 1:L] * T)
    mat2 = mp.inverse(alpha.T * mp.inverse(sigma) * alpha)[0, 0]
    se_beta = [mp.mpf(0)] + [mp.sqrt(mat1[a, a] * mat2) for a in range(L - 1)]
    gamma = []
    if q:
        # Gamma_full' = Gxx^-1 (G_x,dy - G_x,ylag beta alpha')
        rhs = G[0:q, q:q + K] - G[0:q, q + K:m] * beta * alpha.T
        gamma = (Gxx_inv * rhs).T
    key = f"vecm.{det}.k{k}.r1"
    put = lambda name, vals: out.append(f"{key}.{name} = " + ",".join(mp.nstr(x, 20) for x in vals))
    put("eigenvalues", lam)
    put("alpha", [alpha[i, 0] for i in range(K)])
    put("beta", [beta[i] for i in range(K)])
    put("detCoint", [beta[i] for i in range(K, L)])
    nlag = k * K
    put("gamma", [gamma[i, j] for i in range(K) for j in range(nlag)] if q else [])
    put("detCoef", [gamma[i, j] for i in range(K) for j in range(nlag, q)] if q else [])
    put("sigma", [sigma[i, j] for i in range(K) for j in range(K)])
    put("llf", [llf])
    put("seAlpha", se_alpha)
    put("seBeta", se_beta[:K])


def var_case(y, lags, out):
    """VAR(lags) with a constant: coefficients (Z'Z)^-1 Z'Y, sigma_u = SSE / (T - Kp - 1), standard errors."""
    K, n = len(y), len(y[0])
    T = n - lags
    z = [[mp.mpf(1)] * T]
    for lag in range(1, lags + 1):
        for j in range(K):
            z.append([y[j][t - lag] for t in range(lags, n)])
    ys = [[y[j][t] for t in range(lags, n)] for j in range(K)]
    m = len(z)
    zz = mp.matrix(m, m)
    zy = mp.matrix(m, K)
    for a in range(m):
        for b in range(a, m):
            zz[a, b] = zz[b, a] = mp.fsum(u * v for u, v in zip(z[a], z[b]))
        for j in range(K):
            zy[a, j] = mp.fsum(u * v for u, v in zip(z[a], ys[j]))
    zzi = mp.inverse(zz)
    params = zzi * zy
    resid = [[ys[j][t] - mp.fsum(z[a][t] * params[a, j] for a in range(m)) for t in range(T)] for j in range(K)]
    sse = mp.matrix(K, K)
    for i in range(K):
        for j in range(K):
            sse[i, j] = mp.fsum(u * v for u, v in zip(resid[i], resid[j]))
    sigma = sse / (T - m)
    mle = sse / T
    llf = -T * K * mp.log(2 * mp.pi) / 2 - T * (mp.log(mp.det(mle)) + K) / 2
    key = f"var.c.p{lags}"
    put = lambda name, vals: out.append(f"{key}.{name} = " + ",".join(mp.nstr(x, 20) for x in vals))
    put("params", [params[a, j] for a in range(m) for j in range(K)])
    put("stderr", [mp.sqrt(zzi[a, a] * sigma[j, j]) for a in range(m) for j in range(K)])
    put("sigma", [sigma[i, j] for i in range(K) for j in range(K)])
    put("sigmaMle", [mle[i, j] for i in range(K) for j in range(K)])
    put("llf", [llf])


def main(base):
    d = os.path.join(base, REAL_DIR)
    if not os.path.isdir(d):
        print(f"{d} absent: exact.properties not written")
        return
    y = [read(os.path.join(d, "binance_btcusdt_perp_1h.csv")), read(os.path.join(d, "binance_btcusdt_spot_1h.csv"))]
    out = [f"# mpmath {mp.__version__}, 50 digits; generated by make_exact.py on the first {ROWS} rows of {REAL_DIR},"
           " columns log perp CLOSE, log spot CLOSE (each the double-precision log of the double CLOSE)"]
    for det in ("n", "co", "ci", "lo", "li", "colo", "coli"):
        case(y, det, 2, out)
        print(det, flush=True)
    var_case(y, 3, out)
    with open("exact.properties", "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../../../../../../../../../../../shared/data")
