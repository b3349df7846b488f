/**
 * Internal machinery of the data module, not exported: the table-reading engine shared by the
 * generic CSV reader and the exchange readers, its two tokenizers (commons-csv for the general
 * case, a hand-written scanner for plain unquoted files) and the strict cell parsers.
 */
package io.github.basisspread.data.internal;
