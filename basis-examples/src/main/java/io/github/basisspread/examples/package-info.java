/**
 * Short runnable programs, one per use case. Each has a {@code run()} method returning its
 * results (asserted by a test, so the examples never rot) and a {@code main} that prints them.
 *
 * <p>{@link io.github.basisspread.examples.QuickStart} (a tour),
 * {@link io.github.basisspread.examples.TermStructureExample},
 * {@link io.github.basisspread.examples.FundingExample},
 * {@link io.github.basisspread.examples.ScannerExample},
 * {@link io.github.basisspread.examples.HedgeRatioExample},
 * {@link io.github.basisspread.examples.ArimaForecastExample},
 * {@link io.github.basisspread.examples.MeanReversionExample},
 * {@link io.github.basisspread.examples.BacktestExample} and
 * {@link io.github.basisspread.examples.RiskExample}. Data are illustrative quotes or seeded
 * simulations written in the example itself; {@code ./basis example NAME} runs one.
 */
package io.github.basisspread.examples;
