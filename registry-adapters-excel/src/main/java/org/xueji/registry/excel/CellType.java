package org.xueji.registry.excel;

/** Tells what kind of value a {@link Cell} holds, as the workbook stored it. */
public enum CellType {
    /** Text: a shared, inline or formula string. */
    STRING,
    /** A number whose format is not a date format. */
    NUMBER,
    /** A number whose format is a date format, read as a date and time. */
    DATE,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** An error value such as {@code #N/A} or {@code #REF!}. */
    ERROR,
    /** No value. */
    BLANK
}
