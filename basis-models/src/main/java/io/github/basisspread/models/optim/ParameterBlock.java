package io.github.basisspread.models.optim;

import java.util.List;

/**
 * A named block of model parameters: start values (in natural units), the transform that keeps
 * them valid during optimisation, and whether they are fixed at their start values.
 * Immutable and thread-safe.
 *
 * @param names one name per parameter (copied)
 * @param start the start values, natural units (copied in and out)
 * @param transform the transform of the block; its size equals the number of names
 * @param fixed true to hold the block at its start values
 */
public record ParameterBlock(List<String> names, double[] start, ParameterTransform transform, boolean fixed) {

    /**
     * Validates and copies.
     *
     * @param names the names
     * @param start the start values
     * @param transform the transform
     * @param fixed whether fixed
     * @throws IllegalArgumentException if sizes differ, a value is not finite, or a start value
     *     violates the transform's constraint
     */
    public ParameterBlock {
        if (names == null || start == null || transform == null) {
            throw new IllegalArgumentException("Argument 'names', 'start' and 'transform' must not be null");
        }
        names = List.copyOf(names);
        start = start.clone();
        if (names.size() != start.length || transform.size() != start.length) {
            throw new IllegalArgumentException("Argument 'start' must have one value per name and per transformed "
                    + "parameter (" + names.size() + ", " + transform.size() + ") but has " + start.length);
        }
        for (int i = 0; i < start.length; i++) {
            if (!Double.isFinite(start[i])) {
                throw new IllegalArgumentException("Argument 'start' must be finite but " + names.get(i) + " has value "
                        + start[i]);
            }
        }
        if (!fixed) {
            transform.unconstrain(start, 0, new double[start.length]);
        }
    }

    /**
     * A free scalar parameter.
     *
     * @param name the name
     * @param start the start value
     * @param transform a one-parameter transform
     * @return the block
     * @throws IllegalArgumentException if the start value violates the constraint
     */
    public static ParameterBlock of(String name, double start, ParameterTransform transform) {
        return new ParameterBlock(List.of(name), new double[] {start}, transform, false);
    }

    /**
     * A scalar parameter held fixed.
     *
     * @param name the name
     * @param value the value
     * @return the block
     * @throws IllegalArgumentException if the value is not finite
     */
    public static ParameterBlock fixed(String name, double value) {
        return new ParameterBlock(List.of(name), new double[] {value}, ParameterTransform.identity(), true);
    }

    /** @return the number of parameters */
    public int size() {
        return start.length;
    }

    /** @return a copy of start */
    @Override
    public double[] start() {
        return start.clone();
    }
}
