/**
 * Internals of basis-ml shared by its packages (argument checks); not exported.
 */
package io.github.basisspread.ml.internal;
