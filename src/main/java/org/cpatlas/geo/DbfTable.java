package org.cpatlas.geo;

import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * The attribute table of a layer, read with javadbf.
 *
 * <p>javadbf decodes text with a replacement character for bad bytes, which would hide a wrong encoding. So the
 * table is read as ISO-8859-1 (one char per byte, lossless) and each text is then decoded strictly with the chosen
 * charset, which turns a wrong encoding into a clear error instead of garbled names.
 */
record DbfTable(List<String> fieldNames, List<Map<String, Object>> rows, Charset charset) {

    private static final int HEADER = 32;

    static DbfTable read(ShapefilePart dbf, Optional<ShapefilePart> cpg, Optional<Charset> explicit) {
        int recordCount = (int) checkHeader(dbf.head()).records();
        DbfCharsets.Choice choice = DbfCharsets.choose(explicit, cpg, dbf);
        RawTable raw = readRaw(dbf, recordCount);
        try {
            return raw.decode(choice.charset());
        } catch (BadText bad) {
            throw encodingError(dbf, choice, raw, bad);
        }
    }

    /**
     * What a .dbf's header declares: its record count, the length of the header (field descriptors included) and of
     * each record.
     */
    record Header(long records, int headerLength, int recordLength) {

        /** The bytes the header and the records take; a file may add an end-of-file marker after them. */
        long length() {
            return headerLength + records * recordLength;
        }

        /** Fields described in the header: 32 bytes each after the 32-byte table header, ended by one byte. */
        int fieldCount() {
            return Math.max(0, (headerLength - HEADER - 1) / 32);
        }
    }

    /**
     * Checks the header before javadbf sees the file, so a damaged count or length fails here with its numbers; only
     * the first 32 bytes and the file's size are needed, so it runs before a file is read.
     */
    static Header checkHeader(PartHead dbf) {
        String file = dbf.label();
        if (dbf.size() < HEADER + 1 || dbf.available() < HEADER) {
            throw new ShapefileException(Reason.TRUNCATED, file, file + " is truncated: it has " + dbf.size()
                    + " bytes, fewer than a dBASE header; copy the file again from its source");
        }
        ByteBuffer b = dbf.bytes().duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int version = b.get(0) & 0xFF;
        // dBASE II-7 keep their level in the low bits (0x03 with memo flags above it); 0x30-0x32 are Visual FoxPro.
        int level = version & 0x07;
        if ((level < 2 || level > 5) && version != 0x30 && version != 0x31 && version != 0x32) {
            throw new ShapefileException(Reason.BAD_HEADER, file, file + " is not a dBASE table (first byte 0x"
                    + Integer.toHexString(version) + "); it may be another kind of file renamed to .dbf; export the layer again");
        }
        long records = b.getInt(4) & 0xFFFFFFFFL;
        int headerLength = b.getShort(8) & 0xFFFF;
        int recordLength = b.getShort(10) & 0xFFFF;
        if (headerLength < HEADER + 1 || headerLength > dbf.size() || recordLength < 1) {
            throw new ShapefileException(Reason.BAD_HEADER, file, file + " is not a dBASE table or its header is"
                    + " damaged (header length " + headerLength + ", record length " + recordLength + ");"
                    + " export the layer again");
        }
        Header header = new Header(records, headerLength, recordLength);
        if (header.length() > dbf.size()) {
            throw new ShapefileException(Reason.TRUNCATED, file, file + " is truncated: its header declares "
                    + records + " records of " + recordLength + " bytes (" + header.length() + " bytes in all) but the"
                    + " file has " + dbf.size() + "; copy or export the layer again");
        }
        return header;
    }

    /** Signals text that the chosen charset cannot decode, with where it was found. */
    private static final class BadText extends Exception {
        final int record;
        final String field;

        BadText(int record, String field) {
            super(null, null, false, false);
            this.record = record;
            this.field = field;
        }
    }

    /** Field names and values with text still as ISO-8859-1 strings (one char per original byte). */
    private record RawTable(List<DBFField> fields, List<Object[]> records) {

        DbfTable decode(Charset charset) throws BadText {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            List<String> names = new ArrayList<>(fields.size());
            for (DBFField field : fields) {
                names.add(text(decoder, field.getName(), 0, "(field name)"));
            }
            List<Map<String, Object>> rows = new ArrayList<>(records.size());
            for (int r = 0; r < records.size(); r++) {
                Object[] values = records.get(r);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int f = 0; f < fields.size(); f++) {
                    Object value = value(fields.get(f), values[f], decoder, r + 1, names.get(f));
                    // Map.copyOf in Feature rejects nulls; an absent key reads as "no value", as DBF has no null.
                    if (value != null) {
                        row.put(names.get(f), value);
                    }
                }
                rows.add(row);
            }
            return new DbfTable(names, rows, charset);
        }

        private static Object value(DBFField field, Object value, CharsetDecoder decoder, int record, String name)
                throws BadText {
            if (value instanceof String s) {
                return text(decoder, s, record, name);
            }
            if (value instanceof BigDecimal number) {
                if (field.getDecimalCount() == 0) {
                    try {
                        return number.longValueExact();
                    } catch (ArithmeticException e) {
                        return number.doubleValue();
                    }
                }
                return number.doubleValue();
            }
            if (value instanceof Date date) {
                // javadbf builds the Date in the default time zone; converting back in that zone keeps the day.
                return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            }
            return value;
        }

        private static String text(CharsetDecoder decoder, String latin1, int record, String field) throws BadText {
            int end = latin1.length();
            while (end > 0 && (latin1.charAt(end - 1) == '\0' || latin1.charAt(end - 1) == ' ')) {
                end--;
            }
            byte[] bytes = latin1.substring(0, end).getBytes(StandardCharsets.ISO_8859_1);
            try {
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
                return chars.toString().trim();
            } catch (CharacterCodingException e) {
                throw new BadText(record, field);
            }
        }
    }

    private static RawTable readRaw(ShapefilePart dbf, int recordCount) {
        String file = dbf.label();
        // Deleted rows are kept: a shapefile's .dbf rows pair with .shp records by position, deleted or not.
        try (DBFReader reader = new DBFReader(dbf.stream(), StandardCharsets.ISO_8859_1, true)) {
            // With deleted rows shown, javadbf adds a virtual first field, "deleted", to the fields and the values.
            int fieldCount = reader.getFieldCount() - 1;
            List<DBFField> fields = new ArrayList<>(fieldCount);
            for (int f = 0; f < fieldCount; f++) {
                fields.add(reader.getField(f + 1));
            }
            List<Object[]> records = new ArrayList<>(recordCount);
            for (int r = 0; r < recordCount; r++) {
                Object[] values = reader.nextRecord();
                if (values == null || values.length != fieldCount + 1) {
                    throw new ShapefileException(Reason.TRUNCATED, file, file + " ends after " + r + " of its "
                            + recordCount + " records; copy or export the layer again");
                }
                records.add(Arrays.copyOfRange(values, 1, values.length));
            }
            return new RawTable(fields, records);
        } catch (ShapefileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ShapefileException(Reason.CORRUPT_RECORD, file, file + " cannot be read as a dBASE table ("
                    + e.getMessage() + "); the file is damaged; export the layer again", e);
        }
    }

    private static ShapefileException encodingError(ShapefilePart dbf, DbfCharsets.Choice choice, RawTable raw, BadText bad) {
        String file = dbf.label();
        String where = bad.record == 0 ? "in a field name" : "in record " + bad.record + ", field " + bad.field;
        String charset = choice.charset().name();
        if (choice.declared()) {
            return new ShapefileException(Reason.ENCODING, file, file + " has text that is not valid " + charset
                    + " (" + where + ") although " + choice.origin() + " says it is; correct the .cpg to the encoding"
                    + " the table was saved in (UTF-8 or GBK), or export the layer again as UTF-8");
        }
        String hint = decodes(raw, DbfCharsets.GBK)
                ? " Its text decodes cleanly as GBK, as written by Chinese GIS software: create a .cpg file containing GBK"
                : " Create a .cpg file naming its encoding (e.g. GBK)";
        String base = file.replaceAll("(?i)\\.dbf$", "");
        return new ShapefileException(Reason.ENCODING, file, file + " has text that is not UTF-8 (" + where
                + ") and no .cpg file says which encoding it uses." + hint + " next to it (" + base + ".cpg),"
                + " or export the layer again as UTF-8 (ogr2ogr -lco ENCODING=UTF-8 …)");
    }

    private static boolean decodes(RawTable raw, Charset charset) {
        try {
            raw.decode(charset);
            return true;
        } catch (BadText e) {
            return false;
        }
    }
}
