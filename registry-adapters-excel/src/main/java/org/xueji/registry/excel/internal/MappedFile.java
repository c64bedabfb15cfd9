package org.xueji.registry.excel.internal;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file mapped read-only into memory in chunks of 1 GiB, so that files over 2 GiB, the limit of
 * one mapping, can be read at any position.
 */
final class MappedFile {

    private static final int CHUNK_BITS = 30;
    private static final long CHUNK_SIZE = 1L << CHUNK_BITS;
    private static final long CHUNK_MASK = CHUNK_SIZE - 1;

    private final MappedByteBuffer[] chunks;
    private final long size;

    private MappedFile(MappedByteBuffer[] chunks, long size) {
        this.chunks = chunks;
        this.size = size;
    }

    static MappedFile map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int count = (int) ((size + CHUNK_SIZE - 1) >>> CHUNK_BITS);
            MappedByteBuffer[] chunks = new MappedByteBuffer[count];
            for (int i = 0; i < count; i++) {
                long start = (long) i << CHUNK_BITS;
                chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, start,
                        Math.min(CHUNK_SIZE, size - start));
            }
            return new MappedFile(chunks, size);
        }
    }

    long size() {
        return size;
    }

    /** Reads the long at a position that is a multiple of 8, so it never spans two chunks. */
    long longAt(long position) {
        return chunks[(int) (position >>> CHUNK_BITS)].getLong((int) (position & CHUNK_MASK));
    }

    /** Copies bytes from a position, across chunk boundaries where they lie. */
    void read(long position, byte[] target, int length) {
        int done = 0;
        while (done < length) {
            long at = position + done;
            MappedByteBuffer chunk = chunks[(int) (at >>> CHUNK_BITS)];
            int offset = (int) (at & CHUNK_MASK);
            int n = Math.min(length - done, chunk.limit() - offset);
            chunk.get(offset, target, done, n);
            done += n;
        }
    }
}
