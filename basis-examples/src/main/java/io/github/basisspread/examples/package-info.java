/**
 * Short runnable programs, one per use case. Each has a {@code run()} method returning its
 * results (asserted by a test, so the examples never rot) and a {@code main} that prints them.
 */
package io.github.basisspread.examples;
