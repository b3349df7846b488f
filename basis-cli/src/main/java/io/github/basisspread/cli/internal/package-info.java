/**
 * Internals of the command line, not exported: the JSON writer.
 */
package io.github.basisspread.cli.internal;
