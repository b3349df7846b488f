/**
 * Internal helpers shared by the module's packages (not exported): the plain-text table writer
 * of the reports.
 */
package io.github.basisspread.models.internal;
