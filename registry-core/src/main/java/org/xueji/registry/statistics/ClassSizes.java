package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The class-size table of a report (班额统计): every class in school in the report's year with
 * its size, the number in each {@link ClassSizeBand}, and the classes above their stage's cap.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param classes  every class, by id, not null
 */
public record ClassSizes(List<ClassSize> classes) {

    /**
     * Creates the table.
     *
     * @throws NullPointerException if the list is null
     */
    public ClassSizes {
        classes = List.copyOf(requireNonNull(classes, "classes"));
    }

    /**
     * Returns the number of classes in a band.
     *
     * @param band  the band, not null
     * @return the number, not negative
     */
    public long count(ClassSizeBand band) {
        requireNonNull(band, "band");
        return classes.stream().filter(size -> size.band() == band).count();
    }

    /**
     * Returns the number of classes.
     *
     * @return the total, not negative
     */
    public int total() {
        return classes.size();
    }

    /**
     * Returns the classes that hold more students than their stage's cap, by id.
     *
     * @return the classes, not null
     */
    public List<ClassSize> aboveCap() {
        return classes.stream().filter(ClassSize::isAboveCap).toList();
    }
}
