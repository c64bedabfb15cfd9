package org.xueji.registry.records;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.xueji.registry.RegistryException;
import org.xueji.registry.internal.Texts;

/**
 * One entry of a student's records kept without review: its kind, the day it concerns, a title
 * (such as an exam's name, an award's name, a family member's name and relation) and free text
 * (the result, the details).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind  the kind of entry, not null
 * @param date  the day the entry concerns, not null
 * @param title  the title, stripped, 1 to 100 characters
 * @param detail  the details, stripped, at most 500 characters, may be empty
 */
public record RecordEntry(RecordEntryKind kind, LocalDate date, String title, String detail) {

    /**
     * Creates an entry, stripping the texts.
     *
     * @throws NullPointerException if a value is null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#INVALID_VALUE} if the
     *     title is blank or a text is too long
     */
    public RecordEntry {
        requireNonNull(kind, "kind");
        requireNonNull(date, "date");
        title = Texts.required(title, "标题", "title", 100);
        detail = Texts.optionalLines(detail, "内容", "detail", 500);
    }
}
