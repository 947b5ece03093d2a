package org.cpatlas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited text file with Apache Commons CSV: RFC 4180 quoting, the delimiter found from the first lines
 * (or an Excel {@code sep=} line), rows numbered by the line they start on, as a spreadsheet opening the file would.
 */
final class CsvTableReader {

    /** The delimiters users' files have, in the order ties are broken. */
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_LINES = 40;

    private final SourceFile file;
    private final TextEncoding encoding;
    private final int maxDataRows;

    CsvTableReader(SourceFile file, TextEncoding encoding, int maxDataRows) {
        this.file = file;
        this.encoding = encoding;
        this.maxDataRows = maxDataRows;
    }

    RawTable read(Optional<String> note) {
        String sample = stripBom(encoding.sample());
        Optional<Character> declared = declaredSeparator(sample);
        char delimiter = declared.orElseGet(() -> guessDelimiter(sample));
        List<String> notes = new ArrayList<>();
        note.ifPresent(notes::add);
        CSVFormat format = format(delimiter);
        List<String> header = null;
        int headerRow = 0;
        List<RawRow> rows = new ArrayList<>();
        long lineBefore = 0;
        try (InputStream in = Files.newInputStream(file.path());
             Reader reader = new InputStreamReader(skip(in, encoding.skipBytes()), encoding.strictDecoder());
             CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean first = true;
            while (true) {
                lineBefore = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw problem((int) lineBefore + 1, e.getCause());
                }
                int row = (int) lineBefore + 1;
                List<String> cells = record.toList();
                if (first && declared.isPresent()) {
                    first = false;
                    continue; // the "sep=;" line Excel understands
                }
                first = false;
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = clean(cells, true);
                    headerRow = row;
                    continue;
                }
                if (rows.size() >= maxDataRows) {
                    throw tooManyRows(file.name(), maxDataRows);
                }
                List<RawCell> raw = new ArrayList<>(cells.size());
                for (String cell : clean(cells, false)) {
                    raw.add(RawCell.text(cell));
                }
                rows.add(new RawRow(row, raw));
            }
        } catch (IOException e) {
            throw problem((int) lineBefore + 1, e);
        }
        if (header == null) {
            throw new ImportException(file.name(), "the file has no rows, only blank lines; export the table again"
                    + " with a header row and one row per county, province or region");
        }
        return new RawTable(file, TableFormat.CSV, encoding.label(), name(delimiter)
                + (declared.isPresent() ? " (from the file's sep= line)" : ""), "", List.of(), headerRow, header, rows,
                notes);
    }

    static ImportException tooManyRows(String name, int max) {
        return new ImportException(name, "the table has more than " + String.format("%,d", max) + " rows; a table of"
                + " counties has one row per county (China has about 2,900), so this is not one: filter it to the"
                + " counties, provinces or regions to map, or split it, and import that");
    }

    private ImportException problem(int row, Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new ImportException(file.name(), row, null, "the text is not valid " + encoding.charset().name()
                    + " here, although the start of the file was; the file mixes encodings or is damaged: save it"
                    + " again as \"CSV UTF-8\", or choose its encoding", cause);
        }
        String message = String.valueOf(cause == null ? null : cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new ImportException(file.name(), row, null, "a quoted value (starting with \") is never closed;"
                    + " close the quotes, or save the table again from the spreadsheet", cause);
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")
                || message.contains("invalid char between encapsulated token")) {
            return new ImportException(file.name(), row, null, "a quoted value is followed by more text before the"
                    + " next delimiter; write a quote inside a value as two quotes (\"\"), or save the table again"
                    + " from the spreadsheet", cause);
        }
        if (cause instanceof java.nio.file.NoSuchFileException || message.contains("No such file")) {
            return new ImportException(file.name(), "the file was removed while it was read; import it again");
        }
        return new ImportException(file.name(), row, null, "the file cannot be read (" + message + "); close the"
                + " program that holds it, or copy it and import the copy", cause);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(false)
                .get();
    }

    /** The one delimiter that splits the first lines into equal numbers of fields most often. */
    private static char guessDelimiter(String sample) {
        char best = ',';
        int bestScore = -1;
        for (char candidate : DELIMITERS) {
            int score = consistency(sample, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lines after the first with as many (more than one) fields as the first; 0 when the first has one. */
    private static int consistency(String sample, char delimiter) {
        CSVFormat lenient = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setLenientEof(true).setTrailingData(true).get();
        int width = -1;
        int same = 0;
        int lines = 0;
        try (CSVParser parser = CSVParser.parse(sample, lenient)) {
            for (CSVRecord record : parser) {
                if (lines++ >= SAMPLE_LINES) {
                    break;
                }
                if (width < 0) {
                    width = record.size();
                    if (width < 2) {
                        return 0;
                    }
                    same = 1;
                } else if (record.size() == width) {
                    same++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return same;
        }
        return same;
    }

    /** Excel reads a first line "sep=;" as the delimiter; so do we. */
    private static Optional<Character> declaredSeparator(String sample) {
        int end = sample.indexOf('\n');
        String first = (end < 0 ? sample : sample.substring(0, end)).strip();
        if (first.length() == 5 && first.toLowerCase(java.util.Locale.ROOT).startsWith("sep=")) {
            return Optional.of(first.charAt(4));
        }
        return Optional.empty();
    }

    private static String name(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Header cells lose a byte-order mark a decoder left; data cells are kept exactly. */
    private static List<String> clean(List<String> cells, boolean header) {
        if (!header || cells.isEmpty()) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells);
        out.set(0, stripBom(out.get(0)));
        return out;
    }

    private static InputStream skip(InputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
        return in;
    }
}
