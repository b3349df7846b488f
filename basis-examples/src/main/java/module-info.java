/**
 * Runnable examples of the Basis SDK, one program per use case. Not a published API.
 */
module io.github.basisspread.examples {
    requires transitive io.github.basisspread.core;
    requires transitive io.github.basisspread.models;
    requires io.github.basisspread.data;
    requires transitive io.github.basisspread.ml;

    exports io.github.basisspread.examples;
}
