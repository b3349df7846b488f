package io.github.basisspread.spark;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.arima.ArimaData;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.volatility.GarchSpec;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * A model to fit to every group of a DataFrame: a small serializable description (a kind and its
 * orders) that Spark ships to the executors, where it builds the Basis estimator and fits it
 * through the {@code models.api} contract ({@link ForecastingFit}). The estimators themselves
 * are not serializable and need not be: each executor builds its own from this description.
 *
 * <p>Immutable and thread-safe.
 */
public final class SeriesModel implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The estimator families that can be fitted per group. */
    public enum Kind {
        /** {@link AutoArima#of()}: forecast's {@code auto.arima} defaults. */
        AUTO_ARIMA,
        /** {@link ArimaSpec#of(int, int, int)}: a fixed ARIMA(p, d, q) order. */
        ARIMA,
        /** {@link LocalLevel#of()}: random walk plus noise by maximum likelihood. */
        LOCAL_LEVEL,
        /** {@link OrnsteinUhlenbeckFitter#of()}: exact maximum likelihood, time in ACT/365F years. */
        ORNSTEIN_UHLENBECK,
        /** {@link GarchSpec#of(int, int)}: GARCH(p, q), constant mean, normal innovations. */
        GARCH
    }

    private final Kind kind;
    private final int[] orders;

    private SeriesModel(Kind kind, int... orders) {
        this.kind = kind;
        this.orders = orders;
    }

    /**
     * Automatic ARIMA with forecast's defaults; regressors, when the DataFrame has them, enter as
     * {@code xreg}.
     *
     * @return the model
     */
    public static SeriesModel autoArima() {
        return new SeriesModel(Kind.AUTO_ARIMA);
    }

    /**
     * ARIMA(p, d, q) with R's default mean term (a constant when d = 0); regressors, when the
     * DataFrame has them, enter as {@code xreg}.
     *
     * @param p the autoregressive order, 0 or more
     * @param d the order of differencing, 0 or more
     * @param q the moving-average order, 0 or more
     * @return the model
     * @throws IllegalArgumentException if an order is out of the range {@link ArimaSpec} accepts
     */
    public static SeriesModel arima(int p, int d, int q) {
        ArimaSpec.of(p, d, q); // validates here, on the driver, rather than once per group
        return new SeriesModel(Kind.ARIMA, p, d, q);
    }

    /**
     * The local-level model (random walk plus noise).
     *
     * @return the model
     */
    public static SeriesModel localLevel() {
        return new SeriesModel(Kind.LOCAL_LEVEL);
    }

    /**
     * The Ornstein-Uhlenbeck process, time measured by the group's timestamps.
     *
     * @return the model
     */
    public static SeriesModel ornsteinUhlenbeck() {
        return new SeriesModel(Kind.ORNSTEIN_UHLENBECK);
    }

    /**
     * GARCH(p, q) with a constant mean and normal innovations.
     *
     * @param p the number of ARCH terms, 1 to {@value GarchSpec#MAX_ORDER}
     * @param q the number of GARCH terms, 0 to {@value GarchSpec#MAX_ORDER}
     * @return the model
     * @throws IllegalArgumentException if an order is out of range
     */
    public static SeriesModel garch(int p, int q) {
        GarchSpec.of(p, q);
        return new SeriesModel(Kind.GARCH, p, q);
    }

    /** @return the estimator family */
    public Kind kind() {
        return kind;
    }

    /**
     * The name written in the {@code model} column: {@code auto_arima}, {@code arima(1,0,1)},
     * {@code local_level}, {@code ornstein_uhlenbeck}, {@code garch(1,1)}.
     *
     * @return the name
     */
    public String name() {
        return switch (kind) {
            case AUTO_ARIMA -> "auto_arima";
            case ARIMA -> "arima(" + orders[0] + "," + orders[1] + "," + orders[2] + ")";
            case LOCAL_LEVEL -> "local_level";
            case ORNSTEIN_UHLENBECK -> "ornstein_uhlenbeck";
            case GARCH -> "garch(" + orders[0] + "," + orders[1] + ")";
        };
    }

    /**
     * Fits the model to one group, as a direct call of the library would: ARIMA and auto-ARIMA on
     * {@link ArimaData#of(TimeSeries, double[][])} (or {@link ArimaData#of(TimeSeries)} without
     * regressors), the local level and GARCH on the values, Ornstein-Uhlenbeck on the series.
     *
     * @param series the group's observations in time order
     * @param regressors one row per observation, or null when the group has no regressors
     * @return the fitted model
     * @throws IllegalArgumentException if the data do not suit the model (too short, regressors
     *     given to a model without regressors, ...)
     * @throws io.github.basisspread.models.api.EstimationException if the estimation fails
     */
    public ForecastingFit fit(TimeSeries series, double[][] regressors) {
        Objects.requireNonNull(series, "series");
        boolean hasX = regressors != null && regressors.length > 0 && regressors[0].length > 0;
        switch (kind) {
            case AUTO_ARIMA, ARIMA -> {
                ArimaData data = hasX ? ArimaData.of(series, regressors) : ArimaData.of(series);
                if (kind == Kind.AUTO_ARIMA) {
                    AutoArima search = AutoArima.of();
                    return (hasX ? search.withRegressors(names(regressors[0].length)) : search).fit(data);
                }
                ArimaSpec spec = ArimaSpec.of(orders[0], orders[1], orders[2]);
                return (hasX ? spec.withRegressors(names(regressors[0].length)) : spec).fit(data);
            }
            default -> {
                if (hasX) {
                    throw new IllegalArgumentException("Argument 'regressors' is not supported by model " + name()
                            + " but " + regressors[0].length + " regressor column(s) were given");
                }
                return switch (kind) {
                    case LOCAL_LEVEL -> LocalLevel.of().fit(series.valuesArray());
                    case ORNSTEIN_UHLENBECK -> OrnsteinUhlenbeckFitter.of().fit(series);
                    case GARCH -> GarchSpec.of(orders[0], orders[1]).fit(series.valuesArray());
                    default -> throw new AssertionError(kind);
                };
            }
        }
    }

    /**
     * The walk-forward forecaster of the model ({@link Forecasters}); models with regressors
     * cannot be walked forward (their future values are unknown).
     *
     * @return the forecaster
     */
    public Forecaster forecaster() {
        return switch (kind) {
            case AUTO_ARIMA -> Forecasters.autoArima();
            case ARIMA -> Forecasters.arima(ArimaSpec.of(orders[0], orders[1], orders[2]));
            case LOCAL_LEVEL -> Forecasters.localLevel();
            case ORNSTEIN_UHLENBECK -> Forecasters.ornsteinUhlenbeck(OrnsteinUhlenbeckFitter.of());
            case GARCH -> Forecasters.garch(GarchSpec.of(orders[0], orders[1]));
        };
    }

    /** Regressor names x1, x2, ... in column order. */
    static String[] names(int k) {
        String[] names = new String[k];
        for (int j = 0; j < k; j++) {
            names[j] = "x" + (j + 1);
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesModel m && m.kind == kind && java.util.Arrays.equals(m.orders, orders);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + java.util.Arrays.hashCode(orders);
    }

    @Override
    public String toString() {
        return name();
    }
}
