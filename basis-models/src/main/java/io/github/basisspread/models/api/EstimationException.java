package io.github.basisspread.models.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an estimation cannot proceed on well-formed data: a singular or rank-deficient
 * design, a likelihood that cannot be evaluated, no convergence when the caller asked for
 * strictness.
 *
 * <p>It is the one exception of every estimator for this kind of failure, and it carries the
 * diagnostics: human-readable facts, the convergence facts when an optimiser ran, and a typed
 * detail object when the estimator has one (for example a regression's rank report, read with
 * {@code exception.detail(RankReport.class)}).
 *
 * <p>Bad arguments (mismatched lengths, NaN where none is allowed) are not estimation failures:
 * they raise {@link IllegalArgumentException}.
 */
public final class EstimationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The facts, immutable. */
    private final transient List<String> diagnostics;
    /** The convergence facts, or null. */
    private final transient ConvergenceInfo convergence;
    /** The typed detail, or null. */
    private final transient Object detail;

    /**
     * Creates an exception.
     *
     * @param message the message, saying what failed and why
     * @param diagnostics the facts behind the failure, copied
     * @param convergence the convergence facts, or null when no optimiser ran
     * @param detail an immutable typed detail object, or null
     * @throws NullPointerException if the message or diagnostics are null
     */
    public EstimationException(String message, List<String> diagnostics, ConvergenceInfo convergence, Object detail) {
        super(Objects.requireNonNull(message, "message"));
        this.diagnostics = List.copyOf(diagnostics);
        this.convergence = convergence;
        this.detail = detail;
    }

    /**
     * Creates an exception with a message and facts only.
     *
     * @param message the message, saying what failed and why
     * @param diagnostics the facts behind the failure, copied
     * @throws NullPointerException if the message or diagnostics are null
     */
    public EstimationException(String message, List<String> diagnostics) {
        this(message, diagnostics, null, null);
    }

    /**
     * Returns the facts behind the failure.
     *
     * @return the diagnostics, an immutable list
     */
    public List<String> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns the convergence facts, when an optimiser ran.
     *
     * @return the convergence facts, or empty
     */
    public Optional<ConvergenceInfo> convergence() {
        return Optional.ofNullable(convergence);
    }

    /**
     * Returns the typed detail, when it is of the type asked for.
     *
     * @param <T> the type asked for
     * @param type the class of the detail
     * @return the detail, or empty when there is none or it has another type
     */
    public <T> Optional<T> detail(Class<T> type) {
        return type.isInstance(detail) ? Optional.of(type.cast(detail)) : Optional.empty();
    }
}
