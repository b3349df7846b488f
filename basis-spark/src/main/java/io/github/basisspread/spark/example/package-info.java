/**
 * The example Spark application {@link io.github.basisspread.spark.example.BasisOnSpark}: basis
 * and funding per instrument, auto-ARIMA per instrument, Parquet out.
 */
package io.github.basisspread.spark.example;
