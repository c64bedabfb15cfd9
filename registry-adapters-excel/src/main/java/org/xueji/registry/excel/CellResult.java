package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What a cell turned out to hold when interpreted as one kind of value: the value, nothing (a
 * blank cell), or a problem.
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T>  the kind of value
 */
public final class CellResult<T> {

    private static final CellResult<?> BLANK = new CellResult<>(null, null);

    private final T value;
    private final CellProblem problem;

    private CellResult(T value, CellProblem problem) {
        this.value = value;
        this.problem = problem;
    }

    /**
     * Returns a result holding a value.
     *
     * @param <T>  the kind of value
     * @param value  the value, not null
     * @return the result, not null
     */
    public static <T> CellResult<T> of(T value) {
        return new CellResult<>(requireNonNull(value, "value"), null);
    }

    /**
     * Returns the result of a blank cell.
     *
     * @param <T>  the kind of value
     * @return the result, not null
     */
    @SuppressWarnings("unchecked")
    public static <T> CellResult<T> blank() {
        return (CellResult<T>) BLANK;
    }

    /**
     * Returns a result holding a problem.
     *
     * @param <T>  the kind of value
     * @param problem  what is wrong, not null
     * @return the result, not null
     */
    public static <T> CellResult<T> problem(CellProblem problem) {
        return new CellResult<>(null, requireNonNull(problem, "problem"));
    }

    /**
     * Tells whether the cell held a value of the kind asked for.
     *
     * @return true if {@link #value()} returns a value
     */
    public boolean isPresent() {
        return value != null;
    }

    /**
     * Tells whether the cell was blank.
     *
     * @return true if there was neither a value nor a problem
     */
    public boolean isBlank() {
        return value == null && problem == null;
    }

    /**
     * Returns the value.
     *
     * @return the value, not null
     * @throws NoSuchElementException if the cell was blank or held a problem
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException(problem == null ? "blank cell" : problem.toString());
        }
        return value;
    }

    /**
     * Returns the value, or empty for a blank cell or a problem.
     *
     * @return the value if present, not null
     */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns what is wrong with the cell, if anything.
     *
     * @return the problem, or empty for a value or a blank cell
     */
    public Optional<CellProblem> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return value != null ? "CellResult[value]" : problem != null
                ? "CellResult[" + problem + "]" : "CellResult[blank]";
    }
}
