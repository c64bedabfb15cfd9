package org.xueji.registry.excel.internal;

import org.xueji.registry.excel.WorkbookException;
import org.xueji.registry.excel.WorkbookException.Reason;

/** Builds the {@link WorkbookException}s of the reader, with messages a clerk understands. */
final class Refusals {

    private Refusals() {
    }

    static WorkbookException notAWorkbook() {
        return new WorkbookException(Reason.NOT_A_WORKBOOK,
                "该文件不是 Excel 工作簿（.xlsx 或 .xls），请用 Excel 或 WPS 另存为 .xlsx 后重新上传",
                "the file is not an Excel workbook (.xlsx or .xls); save it as .xlsx with Excel or"
                        + " WPS and upload it again");
    }

    static WorkbookException encrypted() {
        return new WorkbookException(Reason.ENCRYPTED,
                "该工作簿设置了打开密码，请取消密码保护后重新上传",
                "the workbook is password-protected; remove the password and upload it again");
    }

    static WorkbookException truncated(Throwable cause) {
        return new WorkbookException(Reason.TRUNCATED,
                "该文件不完整（可能上传或复制时被截断），请重新上传原文件",
                "the file is incomplete (cut off during upload or copy); upload the original"
                        + " file again", cause);
    }

    static WorkbookException zipBomb(String part, long limit) {
        return new WorkbookException(Reason.ZIP_BOMB,
                "该文件的内容“" + part + "”解压后过大或压缩比异常（上限 " + limit + " 字节），拒绝读取",
                "the part " + part + " of the file inflates beyond the size limit of " + limit
                        + " bytes or the ratio limit; refused");
    }

    static WorkbookException tooManyRows(String sheet, int limit) {
        return new WorkbookException(Reason.TOO_MANY_ROWS,
                "工作表“" + sheet + "”超过了 " + limit + " 行的上限，请拆分后分批导入",
                "the sheet " + sheet + " has more than " + limit + " rows; split it and import"
                        + " the parts one by one");
    }

    static WorkbookException doctype(String part) {
        return new WorkbookException(Reason.DOCTYPE,
                "该文件的内容“" + part + "”含有文档类型声明（DOCTYPE），这不是 Excel 写出的文件，拒绝读取",
                "the part " + part + " declares a document type (DOCTYPE), which Excel never"
                        + " writes; refused");
    }

    static WorkbookException malformed(String part, String detail, Throwable cause) {
        return new WorkbookException(Reason.MALFORMED,
                "该工作簿已损坏，无法读取（" + part + "：" + detail + "）",
                "the workbook is damaged and cannot be read (" + part + ": " + detail + ")",
                cause);
    }

    static WorkbookException unsupported(String what) {
        return new WorkbookException(Reason.UNSUPPORTED,
                "不支持该表格格式（" + what + "），请用 Excel 或 WPS 另存为 .xlsx 后重新上传",
                "this spreadsheet format is not supported (" + what + "); save it as .xlsx with"
                        + " Excel or WPS and upload it again");
    }

    static WorkbookException io(Throwable cause) {
        return new WorkbookException(Reason.IO,
                "读取文件失败：" + cause.getMessage(),
                "the file could not be read: " + cause.getMessage(), cause);
    }
}
