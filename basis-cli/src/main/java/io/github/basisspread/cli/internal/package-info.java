/**
 * Internals of the command line, not exported: the JSON writer and the training run of the
 * class-data-sharing archive.
 */
package io.github.basisspread.cli.internal;
