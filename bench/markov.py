"""statsmodels' side of the Markov-switching row of bench/compare.sh (issue 17).

Fits MarkovAutoregression(y, k_regimes=2, order=1, switching_variance=True) with its defaults
(one start: 5 EM iterations then BFGS) on DIR/markov.csv, written by Basis's
MarkovSwitchingBenchmark.main from the same seed. Prints: statsmodels <seconds> <loglik>.
Usage: markov.py DIR REPEATS
"""
import sys
import time
import warnings

import numpy as np
from statsmodels.tsa.regime_switching.markov_autoregression import MarkovAutoregression

warnings.simplefilter("ignore")
d, repeats = sys.argv[1], int(sys.argv[2])
y = np.loadtxt(d + "/markov.csv", skiprows=1)
MarkovAutoregression(y, k_regimes=2, order=1, switching_variance=True).fit(disp=False)  # warm-up
best = float("inf")
for _ in range(repeats):
    t0 = time.perf_counter()
    res = MarkovAutoregression(y, k_regimes=2, order=1, switching_variance=True).fit(disp=False)
    best = min(best, time.perf_counter() - t0)
print("statsmodels %.4f %.6f" % (best, res.llf))
