/**
 * JMH benchmarks of the Basis hot paths and the side-by-side comparison driver. Not a published
 * API: it is run from the shaded {@code benchmarks.jar} on the class path.
 *
 * <p>JMH ships without a module descriptor, so {@code jmh.core} is an automatic module named from
 * its jar; the lint warning for requiring it is suppressed on this declaration. The benchmark
 * packages are opened because JMH's generated code instantiates the benchmark states reflectively.
 */
@SuppressWarnings("requires-automatic")
module io.github.basisspread.benchmarks {
    requires io.github.basisspread.core;
    requires io.github.basisspread.data;
    requires io.github.basisspread.models;
    requires io.github.basisspread.ml;
    requires jmh.core;

    opens io.github.basisspread.benchmarks;
    opens io.github.basisspread.benchmarks.compare;
}
