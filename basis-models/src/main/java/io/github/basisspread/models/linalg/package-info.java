/**
 * The linear algebra the models share, on plain {@code double[]} arrays: a streaming Householder
 * QR of tall matrices, a rank-revealing QR with limited pivoting, triangular solves and a
 * compensated dot product.
 *
 * <p>Internal to the module: not exported, no compatibility promise.
 */
package io.github.basisspread.models.linalg;
