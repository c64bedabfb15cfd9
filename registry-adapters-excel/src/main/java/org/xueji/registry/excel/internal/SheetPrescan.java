package org.xueji.registry.excel.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap first pass over a worksheet's bytes that finds its merged areas and its declared
 * dimension without parsing the XML.
 *
 * <p>The merged areas ({@code mergeCells}) come after the rows in the XML, yet a streaming reader
 * must know them before it returns the first row. Parsing the sheet twice would double the cost
 * of reading it; this pass only inflates the part and looks at each {@code <} for the start tags
 * {@code mergeCell} and {@code dimension} (with any namespace prefix), reading their {@code ref}
 * attribute. This is sound because a {@code <} in text or attribute values is always written as
 * {@code &lt;}; the one exception, a CDATA section holding such a tag, no spreadsheet writes.
 */
final class SheetPrescan {

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(ISO_8859_1);
    private static final byte[] DIMENSION = "dimension".getBytes(ISO_8859_1);
    private static final byte[] REF = "ref=".getBytes(ISO_8859_1);
    private static final int LOOKAHEAD = 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final List<String> mergeRefs = new ArrayList<>();
    private String dimension;

    private SheetPrescan() {
    }

    /**
     * Scans a worksheet part.
     *
     * @param in  the inflating stream of the part, closed by the caller
     * @param maxMergedAreas  the most merged areas accepted
     * @throws org.xueji.registry.excel.WorkbookException if there are more merged areas than the
     *     limit, or the part is truncated or over the size limits
     */
    static SheetPrescan scan(InputStream in, String part, int maxMergedAreas) throws IOException {
        SheetPrescan scan = new SheetPrescan();
        byte[] buffer = new byte[1 << 16];
        int length = 0;
        int position = 0;
        boolean end = false;
        while (true) {
            if (!end && length - position < LOOKAHEAD) {
                System.arraycopy(buffer, position, buffer, 0, length - position);
                length -= position;
                position = 0;
                int n;
                while (length < buffer.length && (n = in.read(buffer, length,
                        buffer.length - length)) > 0) {
                    length += n;
                }
                end = length < buffer.length;
            }
            if (position >= length) {
                return scan;
            }
            int lt = indexOf(buffer, (byte) '<', position, length);
            if (lt < 0) {
                position = length;
                continue;
            }
            if (!end && length - lt < LOOKAHEAD) {
                position = lt;
                continue;
            }
            position = lt + 1;
            scan.tag(buffer, lt + 1, length, part, maxMergedAreas);
        }
    }

    private void tag(byte[] buffer, int start, int length, String part, int maxMergedAreas) {
        int name = start;
        int limit = Math.min(length, start + 32);
        for (int i = start; i < limit; i++) {
            byte b = buffer[i];
            if (b == ':') {
                name = i + 1;
                break;
            }
            if (!isNameByte(b)) {
                break;
            }
        }
        if (startsWith(buffer, name, length, MERGE_CELL)
                && isTagBreak(buffer, name + MERGE_CELL.length, length)) {
            String ref = ref(buffer, name, length);
            if (ref != null) {
                if (mergeRefs.size() >= maxMergedAreas) {
                    throw Refusals.malformed(part, "more than " + maxMergedAreas
                            + " merged areas", null);
                }
                mergeRefs.add(ref);
            }
        } else if (dimension == null && startsWith(buffer, name, length, DIMENSION)
                && isTagBreak(buffer, name + DIMENSION.length, length)) {
            dimension = ref(buffer, name, length);
        }
    }

    private static String ref(byte[] buffer, int from, int length) {
        int close = indexOf(buffer, (byte) '>', from, Math.min(length, from + LOOKAHEAD));
        int end = close < 0 ? Math.min(length, from + LOOKAHEAD) : close;
        for (int i = from; i + REF.length < end; i++) {
            if (startsWith(buffer, i, end, REF) && (buffer[i - 1] == ' '
                    || buffer[i - 1] == '\t' || buffer[i - 1] == '\n' || buffer[i - 1] == '\r')) {
                byte quote = buffer[i + REF.length];
                int valueStart = i + REF.length + 1;
                int valueEnd = indexOf(buffer, quote, valueStart, end);
                return valueEnd < 0 ? null
                        : new String(buffer, valueStart, valueEnd - valueStart, ISO_8859_1);
            }
        }
        return null;
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
                || b == '-' || b == '.';
    }

    private static boolean isTagBreak(byte[] buffer, int index, int length) {
        if (index >= length) {
            return false;
        }
        byte b = buffer[index];
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>';
    }

    private static boolean startsWith(byte[] buffer, int index, int length, byte[] prefix) {
        if (index + prefix.length > length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[index + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the first index of a byte in a range, or -1. Eight bytes are tested at a time: in
     * {@code x = word ^ pattern} a matching byte is zero, and {@code (x - 0x01..01) & ~x &
     * 0x80..80} flags the zero bytes, the lowest flag always a true one.
     */
    static int indexOf(byte[] buffer, byte b, int from, int to) {
        long pattern = (b & 0xFFL) * ONES;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(buffer, i) ^ pattern;
            long zeros = (x - ONES) & ~x & HIGHS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return -1;
    }

    List<String> mergeRefs() {
        return mergeRefs;
    }

    /** Returns the last row of the declared dimension, or 0 where none is declared. */
    int declaredLastRow() {
        if (dimension == null) {
            return 0;
        }
        int colon = dimension.indexOf(':');
        return Math.max(0, CellRefs.row(colon < 0 ? dimension : dimension.substring(colon + 1)));
    }
}
