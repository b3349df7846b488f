/**
 * Basis command line: the {@code basis} command.
 *
 * <p>Runs the whole pipeline on a seeded simulated market or on the user's files
 * ({@code basis demo}, writing PNG charts drawn with XChart and an HTML report), fits models
 * ({@code basis fit ols|local-level|arima}), runs diagnostics ({@code basis test
 * adf|kpss|ljung-box|engle-granger}), computes the basis, funding and carry opportunities
 * ({@code basis basis|funding|scan}), backtests basis strategies ({@code basis backtest}) and measures
 * the risk of a book ({@code basis risk var|exposures|stress|margin|backtest}: VaR and expected
 * shortfall, exposures, stress scenarios, liquidation distances, VaR backtests) from CSV files, printing text tables or JSON lines; downloads venue history into those files
 * ({@code basis fetch}) and watches the basis live ({@code basis watch}, through basis-venues'
 * WebSocket feed and basis-models' streaming Kalman filter). The
 * entry point is {@link io.github.basisspread.cli.BasisCli}.
 *
 * <p>The command package is opened to picocli, which reads the option annotations reflectively.
 * basis-data and basis-models require automatic modules (commons-csv, commons-math3, EJML); the
 * lint warning is suppressed on this declaration for the modules read through them, and for
 * XChart, itself an automatic module.
 */
@SuppressWarnings("requires-automatic")
module io.github.basisspread.cli {
    requires io.github.basisspread.core;
    requires io.github.basisspread.data;
    requires io.github.basisspread.models;
    requires io.github.basisspread.venues;
    requires info.picocli;
    requires org.knowm.xchart;
    requires java.desktop;

    exports io.github.basisspread.cli;
    opens io.github.basisspread.cli to info.picocli;
}
