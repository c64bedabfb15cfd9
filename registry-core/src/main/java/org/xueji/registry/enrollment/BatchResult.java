package org.xueji.registry.enrollment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The results of a batch of new students' forms, one per form in the batch's order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param results  the results, by index, not null
 */
public record BatchResult(List<EnrollmentResult> results) {

    /**
     * Creates the batch result.
     *
     * @throws NullPointerException if the list is null
     */
    public BatchResult {
        results = List.copyOf(requireNonNull(results, "results"));
    }

    /**
     * Returns the results of the accepted forms.
     *
     * @return the results, by index, not null
     */
    public List<EnrollmentResult> accepted() {
        return results.stream().filter(EnrollmentResult::isAccepted)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the results of the refused forms.
     *
     * @return the results, by index, not null
     */
    public List<EnrollmentResult> refused() {
        return results.stream().filter(result -> !result.isAccepted())
                .collect(Collectors.toUnmodifiableList());
    }
}
