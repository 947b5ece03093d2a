package org.cpatlas.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * What a file holds, told from its first bytes rather than its name: a file named {@code map.png} that holds an
 * SQLite database is a database. The atlas replaces an existing file only with content of the same kind (or an
 * empty file), so {@code --out my.db} never turns a database into a picture by mistake.
 */
public enum FileKind {
    EMPTY("an empty file", ""),
    PNG("a PNG image", "png"),
    PDF("a PDF document", "pdf"),
    SVG("an SVG drawing", "svg"),
    CSV("a CSV table", "csv"),
    XLSX("an Excel workbook", "xlsx"),
    JSON("JSON data", "json"),
    TEXT("text", "txt"),
    SQLITE("an SQLite database", "db"),
    SHAPEFILE("a shapefile's geometry (.shp or .shx)", "shp"),
    DBASE("a dBase table (.dbf)", "dbf"),
    ZIP("a ZIP archive", "zip"),
    PROGRAM("a program", ""),
    DATA("data of another kind", "");

    /** Bytes read to tell the kind: enough for every signature here and a first line of text. */
    static final int HEAD = 8192;

    private final String description;
    private final String extension;

    FileKind(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    /** In words, with its article: "an SQLite database". */
    public String description() {
        return description;
    }

    /** The usual file extension, without the dot; empty when there is none. */
    public String extension() {
        return extension;
    }

    /**
     * Whether content of this kind may replace a file that holds {@code existing}: the same kind, an empty file, or
     * (for a CSV table) text in a file named .csv or .tsv, since a table of one column has no separator to tell it by.
     */
    public boolean mayReplace(FileKind existing, String fileName) {
        if (existing == this || existing == EMPTY) {
            return true;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return this == CSV && existing == TEXT && (name.endsWith(".csv") || name.endsWith(".tsv"));
    }

    /** The kind of a regular file (links followed), from its first {@value #HEAD} bytes. */
    public static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        FileKind kind = of(head);
        if (kind == ZIP) {
            return zipKind(file);
        }
        return kind;
    }

    /** The kind told from the first bytes of a file alone (a ZIP archive is not looked into). */
    public static FileKind of(byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0)) {
            return SQLITE;
        }
        if (head.length >= 32 && startsWith(head, 0x00, 0x00, 0x27, 0x0A)
                && (head[28] & 0xFF) == 0xE8 && (head[29] & 0xFF) == 0x03) {
            return SHAPEFILE;
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return ZIP;
        }
        if (startsWith(head, 0x7F, 'E', 'L', 'F') || startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(head, '#', '!')) {
            return PROGRAM;
        }
        // The PDF header may follow some bytes of junk, which readers accept (PDF 32000-1, annex H.1).
        if (indexOf(head, "%PDF-", 1024) >= 0) {
            return PDF;
        }
        if (isDbase(head)) {
            return DBASE;
        }
        if (!isText(head)) {
            return DATA;
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if ((text.startsWith("<?xml") || text.startsWith("<!--") || text.startsWith("<svg")
                || text.startsWith("<!DOCTYPE svg")) && text.contains("<svg")) {
            return SVG;
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return JSON;
        }
        return looksLikeCsv(text) ? CSV : TEXT;
    }

    /** An Excel workbook, a Java archive (a program) or another ZIP archive, by the names of its entries. */
    private static FileKind zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return XLSX;
            }
            if (zip.getEntry("META-INF/MANIFEST.MF") != null) {
                return PROGRAM;
            }
            return ZIP;
        } catch (IOException e) {
            return ZIP;
        }
    }

    /** Header of a dBase III-7 table: version byte, a date, a header of 32-byte field descriptors. */
    private static boolean isDbase(byte[] head) {
        if (head.length < 32) {
            return false;
        }
        int version = head[0] & 0xFF;
        boolean knownVersion = switch (version) {
            case 0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0x8E, 0xCB, 0xF5, 0xFB -> true;
            default -> false;
        };
        int month = head[2];
        int day = head[3];
        int headerLength = (head[8] & 0xFF) | (head[9] & 0xFF) << 8;
        int recordLength = (head[10] & 0xFF) | (head[11] & 0xFF) << 8;
        return knownVersion && month >= 1 && month <= 12 && day >= 1 && day <= 31 && headerLength >= 33
                && (headerLength - 1) % 32 <= 1 && recordLength > 0;
    }

    /** No NUL and no control bytes but tab, newline, form feed, carriage return and escape: text in any encoding. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** A header line with a separator, and a second line (when there is one) with the same separator. */
    private static boolean looksLikeCsv(String text) {
        String[] lines = text.split("\r?\n", 3);
        for (char separator : new char[] {',', ';', '\t'}) {
            if (lines[0].indexOf(separator) >= 0 && (lines.length < 2 || lines[1].isEmpty()
                    || lines[1].indexOf(separator) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != (signature[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] head, String ascii, int within) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(head.length, within) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (head[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
