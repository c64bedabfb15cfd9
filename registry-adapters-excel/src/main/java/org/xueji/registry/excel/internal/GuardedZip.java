package org.xueji.registry.excel.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.xueji.registry.excel.ReaderLimits;

/**
 * A zip archive whose entries are inflated under the size and ratio limits, counted byte by byte
 * as they inflate: the sizes an archive declares are not trusted.
 */
final class GuardedZip implements Closeable {

    /** More entries than any workbook has; an archive with more is refused as a zip bomb. */
    private static final int MAX_ENTRIES = 10_000;

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final ReaderLimits limits;

    private GuardedZip(ZipFile zip, Map<String, ZipEntry> entries, ReaderLimits limits) {
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
    }

    static GuardedZip open(Path file, ReaderLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw Refusals.truncated(e);
        } catch (IOException e) {
            throw Refusals.io(e);
        }
        try {
            return new GuardedZip(zip, index(zip), limits);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipEntry> index(ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            throw Refusals.zipBomb("[" + zip.size() + " entries]", MAX_ENTRIES);
        }
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            entries.putIfAbsent(normalise(entry.getName()), entry);
        }
        return entries;
    }

    private static String normalise(String name) {
        String slashed = name.replace('\\', '/');
        return (slashed.startsWith("/") ? slashed.substring(1) : slashed).toLowerCase(Locale.ROOT);
    }

    boolean has(String name) {
        return entries.containsKey(normalise(name));
    }

    /**
     * Opens an entry for reading, inflating under the limits.
     *
     * @throws org.xueji.registry.excel.WorkbookException if the entry is missing (MALFORMED), or
     *     declares or reaches a size or ratio over the limits (ZIP_BOMB)
     */
    InputStream open(String name) {
        ZipEntry entry = entries.get(normalise(name));
        if (entry == null) {
            throw Refusals.malformed(name, "missing", null);
        }
        if (entry.getSize() > limits.maxEntryBytes()) {
            throw Refusals.zipBomb(name, limits.maxEntryBytes());
        }
        try {
            return new Counting(zip.getInputStream(entry), name, entry.getCompressedSize(),
                    limits);
        } catch (ZipException e) {
            throw Refusals.truncated(e);
        } catch (IOException e) {
            throw Refusals.io(e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing a file opened for reading loses nothing; the file stays as it was.
            return;
        }
    }

    /** Counts inflated bytes and refuses an entry that passes the size or ratio limit. */
    private static final class Counting extends FilterInputStream {

        private final String name;
        private final long compressed;
        private final ReaderLimits limits;
        private long inflated;

        Counting(InputStream in, String name, long compressed, ReaderLimits limits) {
            super(in);
            this.name = name;
            this.compressed = compressed;
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = in.read(buffer, offset, length);
            } catch (EOFException | ZipException e) {
                throw Refusals.truncated(e);
            }
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] discard = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        private void count(int n) {
            inflated += n;
            if (inflated > limits.maxEntryBytes()) {
                throw Refusals.zipBomb(name, limits.maxEntryBytes());
            }
            if (inflated > ReaderLimits.RATIO_CHECK_THRESHOLD_BYTES && compressed > 0
                    && inflated / compressed > limits.maxCompressionRatio()) {
                throw Refusals.zipBomb(name, limits.maxEntryBytes());
            }
        }
    }
}
