package org.xueji.registry.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.excel.ReaderLimits;
import org.xueji.registry.excel.WorkbookReader;

/** Tells a file's format by its first bytes and opens the matching reader. */
public final class Workbooks {

    private static final Logger LOG = LoggerFactory.getLogger(Workbooks.class);

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Workbooks() {
    }

    /**
     * Opens a workbook, as {@link WorkbookReader#open(Path, ReaderLimits)} describes.
     *
     * @param file  the file, not null
     * @param limits  the limits, not null
     * @return the reader, not null
     * @throws org.xueji.registry.excel.WorkbookException if the file is not a readable workbook
     */
    public static WorkbookReader open(Path file, ReaderLimits limits) {
        byte[] head = head(file);
        if (startsWith(head, ZIP)) {
            LOG.debug("Opening {} as .xlsx", file.getFileName());
            return withWorksheets(XlsxWorkbook.open(file, limits));
        }
        if (startsWith(head, OLE2)) {
            return withWorksheets(openOle2(file, limits));
        }
        if (head.length > 0 && (isPrefixOf(head, ZIP) || isPrefixOf(head, OLE2))) {
            throw Refusals.truncated(null);
        }
        throw Refusals.notAWorkbook();
    }

    /**
     * Refuses a workbook without a worksheet, which Excel neither writes nor opens: a damaged
     * workbook part or relationship leaves a reader with no sheet to read.
     */
    private static WorkbookReader withWorksheets(WorkbookReader reader) {
        if (reader.sheetNames().isEmpty()) {
            reader.close();
            throw Refusals.malformed("workbook", "no worksheet", null);
        }
        return reader;
    }

    private static WorkbookReader openOle2(Path file, ReaderLimits limits) {
        POIFSFileSystem filesystem;
        try {
            filesystem = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw Refusals.truncated(e);
        }
        DirectoryNode root = filesystem.getRoot();
        if (root.hasEntryCaseInsensitive("EncryptionInfo")
                || root.hasEntryCaseInsensitive("EncryptedPackage")) {
            close(filesystem);
            throw Refusals.encrypted();
        }
        if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
            close(filesystem);
            throw Refusals.notAWorkbook();
        }
        LOG.debug("Opening {} as .xls", file.getFileName());
        return XlsWorkbook.open(filesystem, limits);
    }

    private static void close(POIFSFileSystem filesystem) {
        try {
            filesystem.close();
        } catch (IOException e) {
            LOG.debug("Closing an OLE2 file failed", e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        } catch (IOException e) {
            throw Refusals.io(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length
                && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isPrefixOf(byte[] head, byte[] magic) {
        int length = Math.min(head.length, magic.length);
        return head.length < magic.length && Arrays.equals(head, 0, length, magic, 0, length);
    }
}
