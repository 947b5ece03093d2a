package org.cpatlas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;

/**
 * The text encoding of a CSV file: a byte-order mark, else strict UTF-8, else strict GB18030 (which contains GBK and
 * GB2312), judged on the first {@value #SAMPLE_BYTES} bytes; the rest is decoded strictly as it is read, so a wrong
 * byte further down still stops the import with its row rather than becoming a replacement character.
 *
 * @param charset   the encoding
 * @param label     its name for the preview ("UTF-8", "UTF-8 with BOM", "GB18030 (GBK)")
 * @param skipBytes bytes of the byte-order mark to skip
 * @param sample    the decoded start of the file, for finding the delimiter
 */
record TextEncoding(Charset charset, String label, int skipBytes, String sample) {

    static final int SAMPLE_BYTES = 1 << 20;
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** A decoder that stops at the first byte that is not valid in this encoding. */
    CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static TextEncoding detect(SourceFile file, String forced) {
        byte[] head = head(file);
        if (forced != null && !forced.isBlank()) {
            Charset charset = charset(file.name(), forced.trim());
            int skip = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(head) ? 3 : 0;
            String sample = decode(head, skip, charset);
            if (sample == null) {
                throw new ImportException(file.name(), "the file is not valid " + charset.name() + " text (the"
                        + " encoding chosen); choose another encoding, or leave it out to have it detected");
            }
            return checked(file, new TextEncoding(charset, charset.name() + " (chosen)", skip, sample));
        }
        if (hasUtf8Bom(head)) {
            return checked(file, new TextEncoding(StandardCharsets.UTF_8, "UTF-8 with BOM", 3,
                    orFail(file, decode(head, 3, StandardCharsets.UTF_8), "UTF-8 (it starts with a UTF-8 mark)")));
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return checked(file, new TextEncoding(StandardCharsets.UTF_16LE, "UTF-16 LE", 2,
                    orFail(file, decode(head, 2, StandardCharsets.UTF_16LE), "UTF-16")));
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return checked(file, new TextEncoding(StandardCharsets.UTF_16BE, "UTF-16 BE", 2,
                    orFail(file, decode(head, 2, StandardCharsets.UTF_16BE), "UTF-16")));
        }
        if (looksBinary(head)) {
            throw new ImportException(file.name(), "the file does not hold a table: it is binary data (it has NUL"
                    + " bytes), not text and not an XLSX workbook; choose the .csv or .xlsx file of the table");
        }
        String utf8 = decode(head, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(file, new TextEncoding(StandardCharsets.UTF_8, "UTF-8", 0, utf8));
        }
        String gb = decode(head, 0, GB18030);
        if (gb != null) {
            return checked(file, new TextEncoding(GB18030, "GB18030 (GBK)", 0, gb));
        }
        throw new ImportException(file.name(), "the file is neither UTF-8 nor GB18030/GBK text; if it is text in"
                + " another encoding, choose it (--encoding Big5, for example), or save the table again as"
                + " \"CSV UTF-8\" or as .xlsx");
    }

    /** Rejects text whose characters are mostly controls: binary data that happens to decode. */
    private static TextEncoding checked(SourceFile file, TextEncoding encoding) {
        String sample = encoding.sample;
        long controls = sample.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                .count();
        if (controls > 0 && controls * 100 > sample.length()) {
            throw new ImportException(file.name(), "the file does not hold a table: it is binary data, not text and"
                    + " not an XLSX workbook; choose the .csv or .xlsx file of the table");
        }
        return encoding;
    }

    private static String orFail(SourceFile file, String decoded, String what) {
        if (decoded == null) {
            throw new ImportException(file.name(), "the file is marked as " + what + " but is not valid " + what
                    + " text; save it again as \"CSV UTF-8\" or choose its encoding");
        }
        return decoded;
    }

    private static Charset charset(String file, String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportException(file, "the encoding '" + name + "' is unknown; use UTF-8, GB18030, GBK or"
                    + " Big5, or leave it out to have it detected");
        }
    }

    private static byte[] head(SourceFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new ImportException(file.name(), "the file cannot be read (" + e.getMessage() + "); close the"
                    + " program that holds it, or copy it and import the copy");
        }
    }

    private static boolean hasUtf8Bom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes decoded strictly, or null when they are not valid in the encoding. The sample may end inside a
     * character (it is cut at a fixed size), which is not an error.
     */
    static String decode(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 4);
        boolean whole = bytes.length < SAMPLE_BYTES;
        CoderResult result = decoder.decode(in, out, whole);
        if (result.isError()) {
            return null;
        }
        if (whole) {
            result = decoder.flush(out);
            if (result.isError()) {
                return null;
            }
        }
        out.flip();
        return out.toString();
    }
}
