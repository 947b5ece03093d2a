package org.cpatlas.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small XLSX workbooks for tests, part by part, so a test controls exactly what a sheet holds: typed numbers,
 * text, dates (a date number format), errors, formulas with or without a saved result, merged cells. The files open
 * in Excel and LibreOffice; they are the smallest Office Open XML packages these need.
 */
public final class XlsxFixture {

    /** One cell's XML inside a {@code <row>}: use the factory methods. */
    public record Cell(String xml) {
    }

    private final Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
    private final Map<String, List<String>> merges = new LinkedHashMap<>();
    private boolean styles = true;

    /** Leaves out the styles part, as some programs write workbooks. */
    public XlsxFixture withoutStyles() {
        styles = false;
        return this;
    }

    public XlsxFixture sheet(String name, List<List<Cell>> rows) {
        sheets.put(name, rows);
        return this;
    }

    /** Merges a range ("B1:C1") of the named sheet. */
    public XlsxFixture merge(String sheet, String range) {
        merges.computeIfAbsent(sheet, s -> new ArrayList<>()).add(range);
        return this;
    }

    public static Cell s(String text) {
        return new Cell("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>");
    }

    public static Cell n(String number) {
        return new Cell("<c><v>" + number + "</v></c>");
    }

    /** A date: Excel's serial day number with the built-in date format 14 (style 1). */
    public static Cell date(int serial) {
        return new Cell("<c s=\"1\"><v>" + serial + "</v></c>");
    }

    public static Cell error(String error) {
        return new Cell("<c t=\"e\"><v>" + escape(error) + "</v></c>");
    }

    /** A formula whose saved result is an error (e.g. =1/0 saved as #DIV/0!). */
    public static Cell formulaError(String formula, String error) {
        return new Cell("<c t=\"e\"><f>" + escape(formula) + "</f><v>" + escape(error) + "</v></c>");
    }

    /** A formula whose saved result is a number. */
    public static Cell formula(String formula, String number) {
        return new Cell("<c><f>" + escape(formula) + "</f><v>" + number + "</v></c>");
    }

    /** A formula saved without a result (as some programs write them). */
    public static Cell formulaWithoutValue(String formula) {
        return new Cell("<c><f>" + escape(formula) + "</f></c>");
    }

    public static Cell empty() {
        return new Cell("");
    }

    public static List<Cell> row(Cell... cells) {
        return List.of(cells);
    }

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook"
                    + ".xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", workbook());
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            if (styles) {
                put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font/></fonts><fills count=\"1\">"
                    + "<fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/>"
                    + "</cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat="
                    + "\"1\"/></cellXfs></styleSheet>");
            }
            int i = 1;
            for (Map.Entry<String, List<List<Cell>>> sheet : sheets.entrySet()) {
                put(zip, "xl/worksheets/sheet" + i + ".xml", sheetXml(sheet.getValue(),
                        merges.getOrDefault(sheet.getKey(), List.of())));
                i++;
            }
        }
        return file;
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                + "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>" + (styles ? "<Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : ""));
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships\"><sheets>");
        int i = 1;
        for (String name : sheets.keySet()) {
            xml.append("<sheet name=\"").append(escape(name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            i++;
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                + "schemas.openxmlformats.org/package/2006/relationships\">");
        int i = 1;
        for (; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        if (styles) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    private static String sheetXml(List<List<Cell>> rows, List<String> mergeRanges) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://"
                + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<Cell> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c).xml();
                if (!cell.isEmpty()) {
                    xml.append(cell.replaceFirst("<c", "<c r=\"" + RawTable.cellRef(c, r + 1) + "\""));
                }
            }
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (!mergeRanges.isEmpty()) {
            xml.append("<mergeCells count=\"").append(mergeRanges.size()).append("\">");
            mergeRanges.forEach(range -> xml.append("<mergeCell ref=\"").append(range).append("\"/>"));
            xml.append("</mergeCells>");
        }
        return xml.append("</worksheet>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
