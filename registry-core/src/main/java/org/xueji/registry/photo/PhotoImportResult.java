package org.xueji.registry.photo;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The report on a photo archive: one {@link PhotoFileResult} per file, in the archive's order.
 * Directories and the {@code __MACOSX} folder that macOS adds are not files and not reported.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param files  the reports, not null
 */
public record PhotoImportResult(List<PhotoFileResult> files) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if the list is null
     */
    public PhotoImportResult {
        files = List.copyOf(requireNonNull(files, "files"));
    }

    /**
     * Returns the reports of the files with one outcome.
     *
     * @param outcome  the outcome, not null
     * @return the reports, in the archive's order, not null
     */
    public List<PhotoFileResult> withOutcome(PhotoFileOutcome outcome) {
        requireNonNull(outcome, "outcome");
        return files.stream().filter(file -> file.outcome() == outcome).toList();
    }

    /**
     * Returns the number of files with one outcome.
     *
     * @param outcome  the outcome, not null
     * @return the number, not negative
     */
    public int count(PhotoFileOutcome outcome) {
        return withOutcome(outcome).size();
    }
}
