package org.xueji.registry.excel.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.excel.ReaderLimits;

/**
 * The shared-strings table of an .xlsx workbook, kept off the heap.
 *
 * <p>{@code xl/sharedStrings.xml} is streamed once: each string item ({@code si}) becomes its
 * text, the runs of rich text concatenated and the phonetic runs ({@code rPh}) left out, with
 * Excel's {@code _xHHHH_} escapes decoded. The texts go as UTF-8 bytes, one after the other, into a
 * data file; the start of each goes as an 8-byte offset into an offsets file, with one more offset
 * for the end of the last. Both files are then memory-mapped, in 1 GiB chunks, and a lookup by
 * index reads two offsets and decodes the bytes between them. The heap holds only a small cache
 * of short strings, since coded fields repeat the same few strings many times. The operating
 * system pages the mapped files in and out as it needs, so a table far larger than the heap
 * costs page cache, not heap.
 *
 * <p>Closing deletes both files; where the platform refuses to delete a file that is still mapped
 * (Windows), it is deleted when the JVM exits.
 */
final class SharedStrings implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedStrings.class);

    private static final int CACHE_SIZE = 4096;
    private static final int CACHE_MAX_BYTES = 48;

    private final Path dataFile;
    private final Path offsetsFile;
    private final MappedFile data;
    private final MappedFile offsets;
    private final int count;
    private final int[] cachedIndex = new int[CACHE_SIZE];
    private final String[] cachedText = new String[CACHE_SIZE];
    private byte[] scratch = new byte[256];

    private SharedStrings(Path dataFile, Path offsetsFile, MappedFile data, MappedFile offsets) {
        this.dataFile = dataFile;
        this.offsetsFile = offsetsFile;
        this.data = data;
        this.offsets = offsets;
        this.count = offsets == null ? 0 : (int) (offsets.size() / Long.BYTES - 1);
        Arrays.fill(cachedIndex, -1);
    }

    static SharedStrings empty() {
        return new SharedStrings(null, null, null, null);
    }

    /**
     * Streams a shared-strings part into the two temporary files and maps them.
     *
     * @throws org.xueji.registry.excel.WorkbookException if the part is broken, over a limit or
     *     declares a DOCTYPE
     */
    static SharedStrings load(InputStream in, String part, SecureXml xmlFactory,
            ReaderLimits limits) {
        Path dataFile = null;
        Path offsetsFile = null;
        try {
            dataFile = Files.createTempFile("xueji-sst-", ".data");
            offsetsFile = Files.createTempFile("xueji-sst-", ".offsets");
            int count;
            try (OutputStream dataOut = new BufferedOutputStream(
                    Files.newOutputStream(dataFile), 1 << 16);
                    DataOutputStream offsetsOut = new DataOutputStream(new BufferedOutputStream(
                            Files.newOutputStream(offsetsFile), 1 << 16))) {
                XMLStreamReader xml = xmlFactory.open(in, part);
                count = copy(xml, part, limits, dataOut, offsetsOut);
                xml.close();
            }
            SharedStrings strings = new SharedStrings(dataFile, offsetsFile,
                    MappedFile.map(dataFile), MappedFile.map(offsetsFile));
            LOG.debug("Shared strings: {} strings, {} bytes of text off the heap", count,
                    strings.data.size());
            return strings;
        } catch (XMLStreamException e) {
            delete(dataFile, offsetsFile);
            throw SecureXml.failure(part, e);
        } catch (UncheckedStreamException e) {
            delete(dataFile, offsetsFile);
            throw SecureXml.failure(part, e);
        } catch (IOException e) {
            delete(dataFile, offsetsFile);
            throw Refusals.io(e);
        } catch (RuntimeException e) {
            delete(dataFile, offsetsFile);
            throw e;
        }
    }

    private static int copy(XMLStreamReader xml, String part, ReaderLimits limits,
            OutputStream dataOut, DataOutputStream offsetsOut)
            throws XMLStreamException, IOException {
        StringBuilder text = new StringBuilder();
        byte[] utf8 = new byte[256];
        long position = 0;
        int count = 0;
        int phoneticDepth = 0;
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("si".equals(name)) {
                    text.setLength(0);
                } else if ("rPh".equals(name)) {
                    phoneticDepth++;
                } else if ("t".equals(name)) {
                    inText = phoneticDepth == 0;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    inText = false;
                } else if ("rPh".equals(name)) {
                    phoneticDepth--;
                } else if ("si".equals(name)) {
                    CharSequence decoded = hasEscape(text) ? ExcelText.decode(text.toString())
                            : text;
                    if (utf8.length < decoded.length() * 3) {
                        utf8 = new byte[decoded.length() * 3];
                    }
                    int length = encode(decoded, utf8);
                    offsetsOut.writeLong(position);
                    dataOut.write(utf8, 0, length);
                    position += length;
                    count++;
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                if (text.length() > limits.maxCellChars()) {
                    throw Refusals.malformed(part, "string " + count + " is longer than "
                            + limits.maxCellChars() + " characters", null);
                }
            }
        }
        offsetsOut.writeLong(position);
        return count;
    }

    /** Tells whether a text may hold an {@link ExcelText} escape, which starts {@code _x}. */
    private static boolean hasEscape(CharSequence text) {
        for (int i = 0, last = text.length() - 1; i < last; i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x') {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes a text as UTF-8 into a buffer of at least three bytes per character, with no
     * string or array made on the way, and returns the number of bytes. A surrogate without its
     * pair becomes {@code ?}, as {@link String#getBytes(java.nio.charset.Charset)} writes it.
     */
    static int encode(CharSequence text, byte[] out) {
        int n = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                out[n++] = (byte) (0xF0 | code >> 18);
                out[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | code & 0x3F);
            } else {
                out[n++] = '?';
            }
        }
        return n;
    }

    int size() {
        return count;
    }

    /**
     * Returns the string at an index.
     *
     * @throws IndexOutOfBoundsException if the table has no string at the index
     */
    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " of " + count);
        }
        int slot = index & (CACHE_SIZE - 1);
        if (cachedIndex[slot] == index) {
            return cachedText[slot];
        }
        long start = offsets.longAt((long) index * Long.BYTES);
        int length = (int) (offsets.longAt((long) (index + 1) * Long.BYTES) - start);
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        data.read(start, scratch, length);
        String text = new String(scratch, 0, length, UTF_8);
        if (length <= CACHE_MAX_BYTES) {
            cachedIndex[slot] = index;
            cachedText[slot] = text;
        }
        return text;
    }

    @Override
    public void close() {
        delete(dataFile, offsetsFile);
    }

    private static void delete(Path... files) {
        for (Path file : files) {
            if (file == null) {
                continue;
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("Temporary file {} still mapped, deleted at exit", file);
                file.toFile().deleteOnExit();
            }
        }
    }
}
