package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Thrown when a file cannot be read as a workbook; its code is always
 * {@link ErrorCode#UNREADABLE_WORKBOOK} and its {@link #reason()} says why.
 *
 * <p>The reader throws this before it returns a row from a file it refuses at opening, and while
 * iterating when the problem lies further on (a sheet that grows past the row limit, a part that
 * inflates past the size limit). An import therefore reads the whole file, as a dry run does,
 * before it stores anything: a refused file then leaves nothing behind.
 */
public final class WorkbookException extends RegistryException {

    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. */
    public enum Reason {
        /** The file is not an .xlsx or .xls workbook (another format, or empty). */
        NOT_A_WORKBOOK,
        /** The workbook is protected by a password and its content is encrypted. */
        ENCRYPTED,
        /** The file ends before its structure does: cut off during upload or copy. */
        TRUNCATED,
        /** A part of the file inflates beyond the size or compression-ratio limit. */
        ZIP_BOMB,
        /** A sheet has more rows than the configured limit. */
        TOO_MANY_ROWS,
        /** An XML part declares a document type, the vehicle of entity-expansion attacks. */
        DOCTYPE,
        /** A workbook part is missing or its content is not what the format prescribes. */
        MALFORMED,
        /** The file is a spreadsheet format this reader does not handle (.xlsb, Excel 95). */
        UNSUPPORTED,
        /** The file could not be read from the file system. */
        IO
    }

    private final Reason reason;

    /**
     * Creates an exception for a reason, with its message in both languages.
     *
     * @param reason  why the file is refused, not null
     * @param chineseMessage  the message for a Chinese reader, not null
     * @param englishMessage  the same message in English, not null
     */
    public WorkbookException(Reason reason, String chineseMessage, String englishMessage) {
        this(reason, chineseMessage, englishMessage, null);
    }

    /**
     * Creates an exception for a reason, with its message in both languages and the cause.
     *
     * @param reason  why the file is refused, not null
     * @param chineseMessage  the message for a Chinese reader, not null
     * @param englishMessage  the same message in English, not null
     * @param cause  the underlying failure, may be null
     */
    public WorkbookException(
            Reason reason, String chineseMessage, String englishMessage, Throwable cause) {
        super(ErrorCode.UNREADABLE_WORKBOOK, chineseMessage, englishMessage, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    /**
     * Returns why the file could not be read.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }
}
