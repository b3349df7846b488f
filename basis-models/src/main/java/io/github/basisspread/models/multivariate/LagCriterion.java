package io.github.basisspread.models.multivariate;

/**
 * The criteria of VAR lag-order selection, in Luetkepohl's (2005, sec. 4.3) per-observation form
 * that statsmodels' {@code VAR.select_order} reports: with {@code ld = ln det Sigma_ML(p)}, T
 * observations and {@code f = p K^2 + K d} free coefficients (d deterministic terms),
 * AIC = ld + 2 f / T, BIC = ld + f ln T / T, HQ = ld + 2 f ln ln T / T, and
 * FPE = ((T + Kp + d) / (T - Kp - d))^K det Sigma_ML(p).
 */
public enum LagCriterion {
    /** Akaike's information criterion. */
    AIC,
    /** Schwarz's Bayesian information criterion. */
    BIC,
    /** The Hannan-Quinn criterion. */
    HQ,
    /** Akaike's final prediction error. */
    FPE;

    /**
     * Parses a name, case-insensitively ({@code aic}, {@code bic}, {@code hq} or {@code hqic}, {@code fpe}).
     *
     * @param name the name
     * @return the criterion
     * @throws IllegalArgumentException if the name is none of these
     */
    public static LagCriterion parse(String name) {
        if (name != null) {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "aic":
                    return AIC;
                case "bic":
                    return BIC;
                case "hq":
                case "hqic":
                    return HQ;
                case "fpe":
                    return FPE;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("Argument 'criterion' must be aic, bic, hq or fpe but has value " + name);
    }
}
