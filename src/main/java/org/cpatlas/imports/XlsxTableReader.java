package org.cpatlas.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads one sheet of an XLSX workbook with fastexcel-reader, row by row as the file is streamed: cells keep their
 * type (number, date, error, text), numbers are shown with Excel's 15 significant digits (so 0.1 + 0.2 saved as
 * 0.30000000000000004 reads 0.3, as the spreadsheet shows it), and a formula gives the value the spreadsheet saved
 * with it.
 */
final class XlsxTableReader {

    /** Excel's built-in number formats that show dates or times. */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
            32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final SourceFile file;
    private final int maxDataRows;

    XlsxTableReader(SourceFile file, int maxDataRows) {
        this.file = file;
        this.maxDataRows = maxDataRows;
    }

    RawTable read(String sheetName, Optional<String> note) {
        List<String> notes = new ArrayList<>();
        note.ifPresent(notes::add);
        try (ReadableWorkbook workbook = open(notes)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<String> names = sheets.stream().map(Sheet::getName).toList();
            Sheet sheet = choose(sheets, names, sheetName);
            if (sheetName == null && sheets.size() > 1) {
                notes.add("the workbook has " + sheets.size() + " sheets (" + String.join(", ", names) + "); the first"
                        + " was read: choose another with the sheet option");
            }
            return readSheet(sheet, names, notes);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /**
     * The workbook with its cells' number formats (to tell dates from numbers); a workbook saved without a styles part
     * (some programs write none) is read without them, and the preview says that dates then read as numbers.
     */
    private ReadableWorkbook open(List<String> notes) throws IOException {
        try {
            return new ReadableWorkbook(file.path().toFile(), new ReadingOptions(true, false));
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
            ReadableWorkbook plain = new ReadableWorkbook(file.path().toFile(), new ReadingOptions(false, false));
            notes.add(file.name() + " has no cell formats (no styles part), so a date in it cannot be told from a"
                    + " number: check the value columns");
            return plain;
        }
    }

    private RawTable readSheet(Sheet sheet, List<String> names, List<String> notes) throws IOException {
        List<String> header = null;
        int headerRow = 0;
        List<RawRow> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<RawCell> cells = cells(row);
                if (cells.stream().allMatch(RawCell::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(RawCell::text).toList();
                    headerRow = row.getRowNum();
                    continue;
                }
                if (rows.size() >= maxDataRows) {
                    throw CsvTableReader.tooManyRows(file.name(), maxDataRows);
                }
                rows.add(new RawRow(row.getRowNum(), cells));
            }
        }
        if (header == null) {
            throw new ImportException(file.name(), "the sheet '" + sheet.getName() + "' is empty; choose the sheet"
                    + " that holds the table" + (names.size() > 1 ? " (" + String.join(", ", names) + ")" : ""));
        }
        // A workbook leaves out empty cells: a header cell left empty (often a merged one) shows as a shorter header.
        int widest = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String> padded = new ArrayList<>(header);
        while (padded.size() < widest) {
            padded.add("");
        }
        return new RawTable(file, TableFormat.XLSX, "", "", sheet.getName(), names, headerRow, padded, rows, notes);
    }

    private Sheet choose(List<Sheet> sheets, List<String> names, String wanted) {
        if (sheets.isEmpty()) {
            throw new ImportException(file.name(), "the workbook has no sheets; save it again from the spreadsheet");
        }
        if (wanted == null || wanted.isBlank()) {
            return sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                    .orElse(sheets.get(0));
        }
        for (Sheet sheet : sheets) {
            if (sheet.getName().equals(wanted.strip())) {
                return sheet;
            }
        }
        for (Sheet sheet : sheets) {
            if (sheet.getName().strip().equalsIgnoreCase(wanted.strip())) {
                return sheet;
            }
        }
        throw new ImportException(file.name(), "the workbook has no sheet '" + wanted + "'; its sheets are: "
                + String.join(", ", names));
    }

    private static List<RawCell> cells(Row row) {
        List<RawCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? RawCell.EMPTY : cell(cell));
        }
        return cells;
    }

    private static RawCell cell(Cell cell) {
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case EMPTY:
                return RawCell.EMPTY;
            case STRING:
                return RawCell.text(cell.getText());
            case BOOLEAN:
                return new RawCell("1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE",
                        CellKind.BOOLEAN, null);
            case ERROR:
                return new RawCell(raw == null ? "#ERROR" : raw, CellKind.ERROR, null);
            case NUMBER:
                return number(cell, raw);
            case FORMULA:
                return formula(cell, raw);
            default:
                return RawCell.text(cell.getText());
        }
    }

    private static RawCell number(Cell cell, String raw) {
        BigDecimal value = decimal(raw);
        if (value == null) {
            return RawCell.text(raw);
        }
        if (isDate(cell)) {
            String shown = raw;
            try {
                shown = cell.asDate().toString().replace("T00:00", "");
            } catch (RuntimeException e) {
                // keep the serial number as the text
            }
            return new RawCell(shown, CellKind.DATE, null);
        }
        return new RawCell(value.toPlainString(), CellKind.NUMBER, value);
    }

    /** A formula's saved result: a number, an error (#DIV/0!), text, or nothing when none was saved. */
    private static RawCell formula(Cell cell, String raw) {
        if (raw == null || raw.isEmpty()) {
            String formula = cell.getFormula() == null ? "" : cell.getFormula();
            return new RawCell("=" + formula, CellKind.ERROR, null);
        }
        if (raw.startsWith("#")) {
            return new RawCell(raw, CellKind.ERROR, null);
        }
        BigDecimal value = decimal(raw);
        if (value != null) {
            return isDate(cell) ? new RawCell(raw, CellKind.DATE, null)
                    : new RawCell(value.toPlainString(), CellKind.NUMBER, value);
        }
        return RawCell.text(raw);
    }

    private static BigDecimal decimal(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.strip()).round(EXCEL_DIGITS).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Quoted text and [colour] or [locale] codes are not date parts.
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        if (bare.contains("general") || bare.isEmpty()) {
            return false;
        }
        return bare.matches(".*(y|d|h|s|m{1,4}).*") && !bare.matches("[#0.,%\\s_\\-()e+]*")
                || format.contains("年") || format.contains("月") || format.contains("日");
    }

    private ImportException damaged(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException || e.getCause() instanceof java.nio.file.NoSuchFileException) {
            return new ImportException(file.name(), "the file was removed while it was read; import it again");
        }
        return new ImportException(file.name(), 0, null, "the workbook is damaged and cannot be read (" + detail
                + "); open it in Excel, WPS or LibreOffice and save it again as .xlsx, or save the sheet as CSV", e);
    }
}
