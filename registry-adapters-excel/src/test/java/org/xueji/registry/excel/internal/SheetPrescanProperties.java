package org.xueji.registry.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SheetPrescanProperties {

    @Property
    void findsTheFirstByteOfARangeEightAtATimeAsOneAtATimeWould(@ForAll("bytes") byte[] buffer,
            @ForAll @IntRange(min = 0, max = 80) int from, @ForAll @IntRange(min = 0, max = 80)
            int to, @ForAll("sought") byte sought) {
        int start = Math.min(from, buffer.length);
        int end = Math.max(start, Math.min(to, buffer.length));
        int expected = -1;
        for (int i = start; i < end && expected < 0; i++) {
            if (buffer[i] == sought) {
                expected = i;
            }
        }

        assertThat(SheetPrescan.indexOf(buffer, sought, start, end)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return sought().list().ofMaxSize(80).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
            }
            return bytes;
        });
    }

    @Provide
    Arbitrary<Byte> sought() {
        return Arbitraries.of((byte) '<', (byte) 0, (byte) 0x80, (byte) 0xFF, (byte) 1, (byte) 'a',
                (byte) 0x7F, (byte) 0x3D);
    }
}
