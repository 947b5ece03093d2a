package org.cpatlas.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A workbook read back with fastexcel-reader, an independent reader, so tests check what a spreadsheet will find in
 * the file: each sheet's cells by row, with their types.
 *
 * @param sheets the cells of each sheet, by sheet name, in order
 */
public record XlsxContent(Map<String, List<List<Cell>>> sheets) {

    public static XlsxContent read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static XlsxContent read(InputStream in) throws IOException {
        Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<Cell>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<Cell> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCell(c));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return new XlsxContent(sheets);
    }

    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** The text of a cell ("" for an empty or missing one). */
    public String text(String sheet, int row, int column) {
        List<Cell> cells = sheets.get(sheet).get(row);
        if (column >= cells.size() || cells.get(column) == null) {
            return "";
        }
        return cells.get(column).getText();
    }

    public Cell cell(String sheet, int row, int column) {
        return sheets.get(sheet).get(row).get(column);
    }

    /** The header row's texts. */
    public List<String> header(String sheet) {
        return sheets.get(sheet).get(0).stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** The index of a header, or -1. */
    public int column(String sheet, String header) {
        return header(sheet).indexOf(header);
    }

    public int rowCount(String sheet) {
        return sheets.get(sheet).size();
    }
}
