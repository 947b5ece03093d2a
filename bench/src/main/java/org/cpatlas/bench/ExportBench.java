package org.cpatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.print.AtlasExport;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.render.MapLayers;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.RegionSheet;
import org.cpatlas.print.RegionSheetPage;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.store.AtlasStore;

/**
 * Export as the `export` and `atlas` commands do it, in one warm JVM: each region's sheet (map, province table, gap
 * chart, sources) as a 300-DPI A4 PNG and as a vector PDF, then the atlas of 14 sheets as one PDF, RUNS times.
 * Usage: ExportBench MAPS DB OUT_DIR RUNS
 */
public final class ExportBench {

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path maps = Path.of(args[0]);
        Path db = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        try (AtlasStore store = AtlasStore.open(db)) {
            ShapefileReader reader = new ShapefileReader(
                    ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
            PrintStyle style = PrintStyle.light(AtlasFonts.load());
            StoreSheets sheets = new StoreSheets(store.repository(), MapLayers.load(MapSource.directory(maps), reader,
                    false));
            MapContent content = sheets.content(style.theme(), LocalDate.of(2025, 1, 1));
            List<RegionSheet> all = sheets.sheets();
            PageSetup a4 = PageSetup.of(Paper.A4, Orientation.PORTRAIT);
            Dpi dpi = new Dpi(300);
            // warm-up: one sheet each way
            new PngPageWriter().write(new RegionSheetPage(all.get(0), content, a4, style), dpi, out.resolve("w.png"));
            new PdfPageWriter(style.fonts()).write(new RegionSheetPage(all.get(0), content, a4, style),
                    out.resolve("w.pdf"));

            List<Double> png = Samples.list();
            List<Double> pdfTime = Samples.list();
            List<Double> pdfSize = Samples.list();
            List<Double> pngSize = Samples.list();
            for (RegionSheet sheet : all) {
                RegionSheetPage page = new RegionSheetPage(sheet, content, a4, style);
                Path pngFile = out.resolve(sheet.code() + ".png");
                long t0 = System.nanoTime();
                new PngPageWriter().write(page, dpi, pngFile);
                png.add(Samples.ms(System.nanoTime() - t0));
                pngSize.add(Files.size(pngFile) / 1048576.0);
                Path pdfFile = out.resolve(sheet.code() + ".pdf");
                t0 = System.nanoTime();
                new PdfPageWriter(style.fonts()).write(page, pdfFile);
                pdfTime.add(Samples.ms(System.nanoTime() - t0));
                pdfSize.add(Files.size(pdfFile) / 1048576.0);
            }
            Map<String, Object> notes = new LinkedHashMap<>();
            notes.put("sheets", all.size());
            notes.put("px", "2480x3508");
            Samples.emit("export.png.a4_300dpi", "ms", png, notes);
            Samples.emit("export.png.size", "MB", pngSize, notes);
            Samples.emit("export.pdf.sheet.time", "ms", pdfTime, notes);
            Samples.emit("export.pdf.sheet.size", "MB", pdfSize, notes);

            List<Double> atlasTime = Samples.list();
            double atlasSize = 0;
            for (int i = 0; i < runs; i++) {
                Path file = out.resolve("atlas.pdf");
                long t0 = System.nanoTime();
                new AtlasExport(style, a4).write(all, content, file, (d, t, m) -> { }, Cancellation.NEVER);
                atlasTime.add(Samples.ms(System.nanoTime() - t0));
                atlasSize = Files.size(file) / 1048576.0;
            }
            Samples.emit("export.pdf.atlas.time", "ms", atlasTime, Map.of("pages", all.size()));
            Samples.emit("export.pdf.atlas.size", "MB", List.of(atlasSize), Map.of("pages", all.size()));
        }
    }
}
