"""Frozen Kalman filter / smoother reference values from statsmodels (exact diffuse).

Run with the Debian python3-statsmodels package (0.13.5): /usr/bin/python3 generate_statsmodels.py
It reads nile.csv (written by generate_nile.R) and writes one CSV per model. Each CSV starts with
'#' lines holding scalars (log-likelihood in statsmodels' convention, which counts diffuse
observations with -(log 2 pi + log F_inf)/2), then one row per period.
Simulated inputs use numpy's default_rng(20261129) and are written into the CSVs themselves.
"""
import numpy as np
import statsmodels
from statsmodels.tsa.statespace.mlemodel import MLEModel

nile = np.loadtxt("nile.csv", delimiter=",", skiprows=1)[:, 1]
rng = np.random.default_rng(20261129)


def run(name, endog, setup, init="diffuse", extra=None):
    mod = MLEModel(endog, k_states=setup["k_states"], k_posdef=setup.get("k_posdef", setup["k_states"]))
    for key in ("design", "obs_intercept", "obs_cov", "transition", "state_intercept", "selection", "state_cov"):
        if key in setup:
            mod[key] = setup[key]
    if init == "diffuse":
        mod.ssm.initialize_diffuse()
    else:
        mod.ssm.initialize_stationary()
    res = mod.ssm.smooth()
    y = np.atleast_2d(endog.T) if endog.ndim == 2 else endog[None, :]
    p, n = y.shape
    m = setup["k_states"]
    r = setup.get("k_posdef", m)
    cols, data = [], []

    def add(label, arr):
        cols.append(label)
        data.append(np.asarray(arr)[:n])

    for i in range(p):
        add(f"y{i}", y[i])
    if extra is not None:
        for k, v in extra.items():
            add(k, v)
    for i in range(m):
        add(f"pred_state{i}", res.predicted_state[i])
        add(f"filt_state{i}", res.filtered_state[i])
        add(f"smooth_state{i}", res.smoothed_state[i])
        for j in range(i, m):
            add(f"pred_cov{i}{j}", res.predicted_state_cov[i, j])
            add(f"filt_cov{i}{j}", res.filtered_state_cov[i, j])
            add(f"smooth_cov{i}{j}", res.smoothed_state_cov[i, j])
    for i in range(r):
        add(f"smooth_eta{i}", res.smoothed_state_disturbance[i])
        add(f"smooth_eta_var{i}", res.smoothed_state_disturbance_cov[i, i])
    for i in range(p):
        add(f"smooth_eps{i}", res.smoothed_measurement_disturbance[i])
        add(f"smooth_eps_var{i}", res.smoothed_measurement_disturbance_cov[i, i])
    if p == 1:
        add("forecast_error", res.forecasts_error[0])
        add("forecast_error_var", res.forecasts_error_cov[0, 0])
    else:
        # The p-vector innovation and its p x p covariance F_t (multivariate form).
        for i in range(p):
            add(f"fe{i}", res.forecasts_error[i])
            for j in range(p):
                add(f"fe_cov{i}{j}", res.forecasts_error_cov[i, j])
    with open(name, "w") as f:
        f.write(f"# statsmodels {statsmodels.__version__}, exact {init} initialisation\n")
        f.write(f"# llf {res.llf!r}\n")
        f.write(f"# nobs_diffuse {res.nobs_diffuse}\n")
        # one-step-ahead prediction beyond the sample
        f.write("# pred_state_n " + " ".join(repr(x) for x in res.predicted_state[:, n]) + "\n")
        f.write("# pred_cov_n " + " ".join(repr(x) for x in res.predicted_state_cov[:, :, n].ravel()) + "\n")
        f.write(",".join(cols) + "\n")
        for t in range(n):
            f.write(",".join(repr(float(col[t])) for col in data) + "\n")


# 1. Nile local level at Durbin and Koopman's (2012, sec. 2.2.5) estimates.
ll = dict(k_states=1, design=[[1.0]], obs_cov=[[15099.0]], transition=[[1.0]], selection=[[1.0]],
          state_cov=[[1469.1]])
run("nile_local_level.csv", nile, ll)

# 2. The same with observations 21-40 and 61-80 missing (1-based, Durbin and Koopman 2012, fig. 2.5).
nile_missing = nile.copy()
nile_missing[20:40] = np.nan
nile_missing[60:80] = np.nan
run("nile_local_level_missing.csv", nile_missing, ll)

# 3. Local linear trend on the Nile, exact diffuse over two states, a few values missing.
nile_llt = nile.copy()
nile_llt[[5, 50, 51]] = np.nan
llt = dict(k_states=2, design=[[1.0, 0.0]], obs_cov=[[15000.0]], transition=[[1.0, 1.0], [0.0, 1.0]],
           selection=np.eye(2), state_cov=np.diag([1000.0, 10.0]))
run("nile_local_linear_trend.csv", nile_llt, llt)

# 4. AR(1) plus noise, stationary initialisation: y = 2 + x + e, x' = 0.8 x + eta.
n = 200
x = np.zeros(n)
x[0] = rng.normal(0, np.sqrt(0.5 / (1 - 0.64)))
for t in range(1, n):
    x[t] = 0.8 * x[t - 1] + rng.normal(0, np.sqrt(0.5))
y_ar = 2.0 + x + rng.normal(0, 1.0, n)
y_ar[[10, 11, 150]] = np.nan
ar = dict(k_states=1, design=[[1.0]], obs_intercept=[2.0], obs_cov=[[1.0]], transition=[[0.8]],
          selection=[[1.0]], state_cov=[[0.5]])
run("ar1_plus_noise.csv", y_ar, ar, init="stationary")

# 5. Dynamic regression y = alpha_t + beta_t x_t + e with random-walk coefficients (time-varying Z).
n = 150
xr = 100 + np.cumsum(rng.normal(0, 1, n))
alpha = 1 + np.cumsum(rng.normal(0, 0.1, n))
beta = 0.9 + np.cumsum(rng.normal(0, 0.01, n))
y_dr = alpha + beta * xr + rng.normal(0, 0.5, n)
y_dr[[3, 70]] = np.nan
design = np.zeros((1, 2, n))
design[0, 0, :] = 1.0
design[0, 1, :] = xr
dr = dict(k_states=2, design=design, obs_cov=[[0.25]], transition=np.eye(2), selection=np.eye(2),
          state_cov=np.diag([0.01, 0.0001]))
run("dynamic_regression.csv", y_dr, dr, extra={"x": xr})

# 6. Two series sharing one random-walk level, some elements missing (univariate treatment).
n = 80
lvl = np.cumsum(rng.normal(0, 1, n))
y2 = np.column_stack([lvl + rng.normal(0, 2, n), 3 + lvl + rng.normal(0, 1, n)])
y2[5, 0] = np.nan
y2[6, :] = np.nan
y2[40, 1] = np.nan
bi = dict(k_states=1, design=[[1.0], [1.0]], obs_intercept=[0.0, 3.0], obs_cov=np.diag([4.0, 1.0]),
          transition=[[1.0]], selection=[[1.0]], state_cov=[[1.0]])
run("bivariate_common_level.csv", y2, bi)

# 7. Two series with correlated measurement errors (non-diagonal H): a random-walk level and a
# stationary AR(1) spread on the second series, exact diffuse level, some elements missing.
n = 100
lvl = np.cumsum(rng.normal(0, 1, n))
sp = np.zeros(n)
for t in range(1, n):
    sp[t] = 0.7 * sp[t - 1] + rng.normal(0, 0.5)
hc = np.array([[2.0, 1.2], [1.2, 1.5]])
err = rng.multivariate_normal([0.0, 0.0], hc, n)
y7 = np.column_stack([lvl, 1.0 + lvl + sp]) + err
y7[10, 0] = np.nan
y7[11, :] = np.nan
y7[60, 1] = np.nan
cm = dict(k_states=2, design=[[1.0, 0.0], [1.0, 1.0]], obs_intercept=[0.0, 1.0], obs_cov=hc,
          transition=[[1.0, 0.0], [0.0, 0.7]], selection=np.eye(2), state_cov=np.diag([1.0, 0.25]))
run("correlated_measurement.csv", y7, cm)
