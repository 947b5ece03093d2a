package org.cpatlas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TwoChecksumsTest {

    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void namesBytesByTheStandardCheckValuesOfBothPolynomials() {
        // The published check values of CRC-32C (e3069283) and CRC-32 (cbf43926) for "123456789": the text is part of
        // keys kept on disk, so it must not drift.
        assertEquals("e3069283cbf43926", TwoChecksums.hex(CHECK));
    }

    @Test
    void readsABufferFromItsPositionToItsLimitAndLeavesItAsItWas() {
        ByteBuffer framed = ByteBuffer.allocate(CHECK.length + 4);
        framed.put((byte) 7).put(CHECK).put((byte) 9);
        framed.position(1).limit(1 + CHECK.length);

        assertEquals("e3069283cbf43926", TwoChecksums.hex(framed));
        assertEquals(1, framed.position());
        assertEquals(1 + CHECK.length, framed.limit());
    }

    @Test
    void oneChangedByteChangesTheText() {
        byte[] edited = CHECK.clone();
        edited[4] ^= 1;
        assertNotEquals(TwoChecksums.hex(CHECK), TwoChecksums.hex(edited));
    }
}
