package org.xueji.registry.excel;

/** Names the file formats a {@link WorkbookReader} reads. */
public enum WorkbookFormat {
    /** Office Open XML (.xlsx), written by Excel 2007 and later, WPS and most tools. */
    XLSX,
    /** The binary format of Excel 97 to 2003 (.xls), still written by WPS and old Excel. */
    XLS
}
