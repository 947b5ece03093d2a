package org.cpatlas.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 CSV file (quoted fields, doubled quotes, line breaks inside quotes) into rows keyed by header,
 * with Apache Commons CSV, the library that also reads users' tables; every error names the line where the bad record
 * starts.
 */
final class CsvReader {

    private final String file;

    CsvReader(String file) {
        this.file = file;
    }

    /** All rows of the file; the first record is the header. */
    List<CsvRow> read(Reader reader, List<String> requiredColumns) throws IOException {
        List<Record> records = parse(reader);
        if (records.isEmpty()) {
            throw new DataImportException(file, 1, "the file is empty; it needs a header line");
        }
        List<String> header = records.get(0).fields();
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new DataImportException(file, 1, "the header has no column '" + column + "' (it has " + header + ")");
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
                continue; // blank line
            }
            if (record.fields().size() != header.size()) {
                throw new DataImportException(file, record.line(), "has " + record.fields().size()
                        + " fields, the header has " + header.size() + " (a comma inside a value needs quotes)");
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), record.fields().get(i));
            }
            rows.add(new CsvRow(file, record.line(), fields));
        }
        return rows;
    }

    private record Record(int line, List<String> fields) {
    }

    /** RFC 4180: quotes doubled inside quoted fields, line breaks allowed inside quotes, nothing after a closing quote. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private List<Record> parse(Reader reader) throws IOException {
        List<Record> records = new ArrayList<>();
        long before = 0;
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                // Lines consumed before the record: the record starts on the next one, which is what errors name.
                before = parser.getCurrentLineNumber();
                if (!it.hasNext()) {
                    break;
                }
                List<String> fields = new ArrayList<>(it.next().toList());
                if (records.isEmpty() && !fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
                    fields.set(0, fields.get(0).substring(1)); // a byte-order mark is not part of the first column's name
                }
                records.add(new Record((int) before + 1, List.copyOf(fields)));
            }
        } catch (UncheckedIOException e) {
            throw malformed((int) before + 1, e.getCause());
        } catch (IOException e) {
            throw malformed((int) before + 1, e);
        }
        return records;
    }

    private DataImportException malformed(int line, IOException cause) {
        String message = String.valueOf(cause == null ? null : cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new DataImportException(file, line, "a quoted value is never closed (missing \")", cause);
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("invalid char")) {
            return new DataImportException(file, line, "a quoted value (opened with \") runs on past its line or is"
                    + " followed by more text before the next comma; close the quotes, and write a quote inside a value"
                    + " as \"\"", cause);
        }
        return new DataImportException(file, line, "cannot be read: " + message, cause);
    }
}
