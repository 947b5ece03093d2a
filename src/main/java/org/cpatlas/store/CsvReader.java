package org.cpatlas.store;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an RFC 4180 CSV file (quoted fields, doubled quotes, line breaks inside quotes) into rows keyed by header.
 *
 * <p>Small on purpose: the data files are a few hundred rows, and a hand-written reader lets every error name the
 * line where the bad record starts.
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

    private List<Record> parse(Reader reader) throws IOException {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read(); // a byte-order mark is not part of the first column's name
        }
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        c = next;
                        finish(records, fields, field, recordLine);
                        line++;
                        recordLine = line;
                        any = false;
                        continue;
                    }
                }
                finish(records, fields, field, recordLine);
                line++;
                recordLine = line;
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
            c = reader.read();
        }
        if (quoted) {
            throw new DataImportException(file, recordLine, "a quoted value is never closed (missing \")");
        }
        if (any || !field.isEmpty() || !fields.isEmpty()) {
            finish(records, fields, field, recordLine);
        }
        return records;
    }

    private static void finish(List<Record> records, List<String> fields, StringBuilder field, int line) {
        fields.add(field.toString());
        records.add(new Record(line, List.copyOf(fields)));
        fields.clear();
        field.setLength(0);
    }
}
