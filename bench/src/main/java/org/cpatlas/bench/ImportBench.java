package org.cpatlas.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.imports.CodeHistory;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.ImportSettings;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.TablePlanner;
import org.cpatlas.imports.TableReader;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.IndicatorPages;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.MapPage;
import org.cpatlas.print.MapSheet;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.ClassSpec;
import org.cpatlas.render.IndicatorMap;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.store.UserDataOpener;
import org.cpatlas.store.UserDataStore;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.locationtech.jts.geom.Envelope;

/**
 * Users' tables, as `import` and `export --indicator` do it, in one warm JVM:
 * <ul>
 *   <li>{@code import}: a 3,000-row x 20-column county CSV and the same as XLSX, read, matched, previewed and
 *       stored (a fresh user database each run), against the file parsed alone by the same library;</li>
 *   <li>{@code million}: a 1,000,000-row CSV, refused while read (run under the window's heap cap by bench.py);</li>
 *   <li>{@code export}: the whole-country county choropleth of the 3,000-row table's first column as a 300-DPI A4 PNG
 *       and as a vector PDF.</li>
 * </ul>
 * Usage: ImportBench import|million|export MAPS WORK_DIR RUNS
 */
public final class ImportBench {

    private static final int ROWS = 3000;
    private static final int VALUE_COLUMNS = 18;

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        String mode = args[0];
        Path maps = Path.of(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        int runs = Integer.parseInt(args[3]);
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        MapSource source = MapSource.directory(maps);
        FeatureLayer counties = source.read("counties", reader);
        Gazetteer gazetteer = Gazetteer.of(counties, source.read("provinces", reader), source.read("regions", reader),
                CodeHistory.bundled());
        switch (mode) {
            case "import" -> imports(gazetteer, work, runs);
            case "million" -> million(work);
            case "export" -> export(gazetteer, source, reader, work, runs);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    /** 3,000 rows: every county of the layer once (codes of 2012, a few of later years), the rest by name. */
    static List<List<String>> table(Gazetteer gazetteer) {
        Random random = new Random(17);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("代码", "县名"));
        for (int c = 0; c < VALUE_COLUMNS; c++) {
            header.add("指标" + (c + 1) + "(万元," + (2000 + c) + ")");
        }
        rows.add(header);
        var units = gazetteer.counties();
        for (int r = 0; r < ROWS; r++) {
            var county = units.get(r % units.size());
            List<String> row = new ArrayList<>();
            // Past the layer's counties the keys are unknown, as a real table's subtotal rows are: reported and left
            // out.
            row.add(r < units.size() ? county.code() : "x" + r);
            row.add(county.nameZh());
            for (int c = 0; c < VALUE_COLUMNS; c++) {
                row.add(random.nextInt(20) == 0 ? "—" : String.format("%,.1f", random.nextDouble() * 100_000));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void imports(Gazetteer gazetteer, Path work, int runs) throws Exception {
        List<List<String>> rows = table(gazetteer);
        Path csv = work.resolve("table-3000x20.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (List<String> row : rows) {
                List<String> cells = row.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList();
                out.write(String.join(",", cells));
                out.write('\n');
            }
        }
        Path xlsx = writeXlsx(rows, work.resolve("table-3000x20.xlsx"));
        List<Double> csvOurs = new ArrayList<>();
        List<Double> csvCpu = new ArrayList<>();
        List<Double> csvParse = new ArrayList<>();
        List<Double> xlsxOurs = new ArrayList<>();
        List<Double> xlsxCpu = new ArrayList<>();
        List<Double> xlsxParse = new ArrayList<>();
        long stored = 0;
        Path db = work.resolve("import.datasets.db");
        Files.deleteIfExists(db);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // One user database, as a user's: each import is removed again (not timed) before the next.
        try (UserDataStore store = UserDataOpener.standard().open(db)) {
            for (int i = 0; i < 3; i++) { // warm-up of both paths
                importOnce(gazetteer, csv, store);
                parseCsv(csv);
                importOnce(gazetteer, xlsx, store);
                parseXlsx(xlsx);
            }
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                stored = importOnce(gazetteer, csv, store);
                csvOurs.add(Samples.ms(System.nanoTime() - t0));
                csvCpu.add(Samples.ms(threads.getCurrentThreadCpuTime() - c0));
                t0 = System.nanoTime();
                parseCsv(csv);
                csvParse.add(Samples.ms(System.nanoTime() - t0));
                c0 = threads.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                importOnce(gazetteer, xlsx, store);
                xlsxOurs.add(Samples.ms(System.nanoTime() - t0));
                xlsxCpu.add(Samples.ms(threads.getCurrentThreadCpuTime() - c0));
                t0 = System.nanoTime();
                parseXlsx(xlsx);
                xlsxParse.add(Samples.ms(System.nanoTime() - t0));
            }
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("rows", ROWS);
        notes.put("columns", VALUE_COLUMNS + 2);
        notes.put("values_stored", stored);
        notes.put("csv_bytes", Files.size(csv));
        notes.put("xlsx_bytes", Files.size(xlsx));
        Samples.emit("import.csv.3000x20", "ms", csvOurs, notes);
        Samples.emit("import.csv.3000x20.cpu", "ms", csvCpu, notes);
        Samples.emit("import.csv.parse", "ms", csvParse, notes);
        Samples.emit("import.xlsx.3000x20", "ms", xlsxOurs, notes);
        Samples.emit("import.xlsx.3000x20.cpu", "ms", xlsxCpu, notes);
        Samples.emit("import.xlsx.parse", "ms", xlsxParse, notes);
    }

    /** Read, match, preview, plan and store, as `import` does; the dataset removed again; the values stored. */
    private static long importOnce(Gazetteer gazetteer, Path file, UserDataStore store) {
        var table = new TableReader().read(file, ReadOptions.detect());
        var preview = new TablePlanner(gazetteer, List.of()).preview(table, ImportSettings.detect());
        ImportPlan plan = preview.plan("benchmark");
        var dataset = store.datasets().store(plan, () -> false);
        long values = plan.indicators().stream().mapToLong(i -> i.values().size()).sum();
        store.datasets().remove(dataset.id());
        return values;
    }

    private static void parseCsv(Path csv) throws Exception {
        long cells = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                cells += record.size();
            }
        }
        if (cells == 0) {
            throw new IllegalStateException("nothing parsed");
        }
    }

    private static void parseXlsx(Path xlsx) throws Exception {
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        if (row.getCell(c) != null && row.getCell(c).getRawValue() != null) {
                            cells++;
                        }
                    }
                }
            }
        }
        if (cells == 0) {
            throw new IllegalStateException("nothing parsed");
        }
    }

    /** A 1,000,000-row county CSV: refused while read, in bounded memory (this JVM runs under the window's cap, -Xmx192m). */
    private static void million(Path work) throws Exception {
        Path big = work.resolve("table-1000000.csv");
        if (!Files.exists(big)) {
            try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
                out.write("代码,县名,人口(万人)\n");
                for (int i = 0; i < 1_000_000; i++) {
                    out.write("620422,会宁县," + (i % 997) + ".5\n");
                }
            }
        }
        List<Double> times = new ArrayList<>();
        String message = "";
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            try {
                new TableReader().read(big, ReadOptions.detect());
                throw new IllegalStateException("a million rows were accepted");
            } catch (ImportException e) {
                message = e.getMessage();
            }
            times.add(Samples.ms(System.nanoTime() - t0));
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("bytes", Files.size(big));
        notes.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        notes.put("message", message);
        Samples.emit("import.million.refused", "ms", times, notes);
        double[] rss = Samples.rssMb();
        Samples.emit("import.million.rss", "MB", List.of(rss[0]), notes);
    }

    private static void export(Gazetteer gazetteer, MapSource source, ShapefileReader reader, Path work, int runs)
            throws Exception {
        Path csv = work.resolve("table-3000x20.csv");
        Path db = work.resolve("export.datasets.db");
        Files.deleteIfExists(db);
        IndicatorData data;
        try (UserDataStore store = UserDataOpener.standard().open(db)) {
            var table = new TableReader().read(csv, ReadOptions.detect());
            var plan = new TablePlanner(gazetteer, List.of()).preview(table, ImportSettings.detect()).plan("bench");
            var dataset = store.datasets().store(plan, () -> false);
            data = store.datasets().indicator(dataset.indicators().get(0)).orElseThrow();
        }
        MapLayers layers = MapLayers.load(source, reader, true);
        IndicatorMap map = IndicatorMap.of(data, ClassSpec.defaults(), MapTheme.light().notReported(),
                IndicatorMap.unitsOf(data.info().level(), layers));
        PrintStyle style = PrintStyle.light(AtlasFonts.load());
        MapContent content = IndicatorPages.content(layers, map, LocalDate.of(2025, 1, 1));
        MapViewport viewport = MapViewport.fitting(new Envelope(73.0, 135.5, 17.5, 53.8), 800, 800, 10);
        MapPage page = new MapPage(new MapSheet(map.title(), "China", viewport, layers, content.styling(),
                content.options(), content.legendTitle(), content.sourceLine(), content.date()),
                PageSetup.of(Paper.A4, Orientation.PORTRAIT), style);
        Dpi dpi = new Dpi(300);
        new PngPageWriter().write(page, dpi, work.resolve("warm.png"));
        List<Double> png = new ArrayList<>();
        List<Double> pdfTime = new ArrayList<>();
        List<Double> pdfSize = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            new PngPageWriter().write(page, dpi, work.resolve("county-choropleth.png"));
            png.add(Samples.ms(System.nanoTime() - t0));
            Path pdf = work.resolve("county-choropleth.pdf");
            t0 = System.nanoTime();
            new PdfPageWriter(style.fonts()).write(page, pdf);
            pdfTime.add(Samples.ms(System.nanoTime() - t0));
            pdfSize.add(Files.size(pdf) / 1048576.0);
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("counties_with_value", map.values().size());
        notes.put("not_reported", map.notReported());
        notes.put("px", "2480x3508");
        Samples.emit("export.indicator.png.a4_300dpi", "ms", png, notes);
        Samples.emit("export.indicator.pdf.time", "ms", pdfTime, notes);
        Samples.emit("export.indicator.pdf.size", "MB", pdfSize, notes);
    }

    /** The smallest XLSX package that Excel and fastexcel-reader read: shared strings, one sheet. */
    static Path writeXlsx(List<List<String>> rows, Path file) throws Exception {
        Map<String, Integer> strings = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://"
                + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                String ref = column(c) + (r + 1);
                String plain = v.replace(",", "");
                if (r > 0 && c > 1 && plain.matches("-?\\d+(\\.\\d+)?")) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(plain).append("</v></c>");
                } else {
                    int index = strings.computeIfAbsent(v, k -> strings.size());
                    sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size() + "\" uniqueCount=\""
                + strings.size() + "\">");
        for (String s : strings.keySet()) {
            sst.append("<si><t>").append(s.replace("&", "&amp;").replace("<", "&lt;")).append("</t></si>");
        }
        sst.append("</sst>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                    + " ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
                    + " PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
                    + "\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.styles+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/"
                    + "workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\""
                    + "/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings"
                    + ".xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font/></fonts><fills count="
                    + "\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/>"
                    + "</cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
            put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
            put(zip, "xl/sharedStrings.xml", sst.toString());
        }
        return file;
    }

    private static String column(int c) {
        StringBuilder s = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
