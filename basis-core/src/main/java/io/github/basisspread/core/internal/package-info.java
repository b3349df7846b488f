/** Internal helpers of the core module; not exported. */
package io.github.basisspread.core.internal;
