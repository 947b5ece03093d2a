package org.cpatlas.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FileErrors;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.OutputFile;
import org.cpatlas.files.WriteRules;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileReader;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import org.cpatlas.print.AtomicOutput;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.PdfMetadata;
import org.cpatlas.print.ProgressListener;
import org.cpatlas.print.CountryMap;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.ExportCancelledException;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.IndicatorPages;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.MapPage;
import org.cpatlas.print.MapSheet;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.render.MapLayers;
import org.cpatlas.print.PrintPage;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.RegionExtent;
import org.cpatlas.print.IndicatorSheets;
import org.cpatlas.print.RegionSheet;
import org.cpatlas.print.RegionSheetPage;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.print.SvgPageWriter;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.store.AtlasRepository;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas export --region NAME}: one region's sheet (or map) as PNG, PDF or SVG, headless; without a region,
 * {@code --layout map} writes the whole-country map.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export one region's sheet (map, province table, gap chart, sources) or its map page as PNG,"
                + " PDF or SVG, without a display; --layout map without --region writes the whole-country map.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:the file or the map layers cannot be read or written",
            "2:bad option or unknown region"})
final class ExportCommand implements Callable<Integer> {

    /** What goes on the page. */
    enum Layout { SHEET, MAP }

    /** The output formats, named as the file extensions. */
    enum Format {
        PNG(FileKind.PNG), PDF(FileKind.PDF), SVG(FileKind.SVG);

        private final FileKind kind;

        Format(FileKind kind) {
            this.kind = kind;
        }

        /** What a file of this format holds, to tell whether it may replace an existing file. */
        FileKind kind() {
            return kind;
        }
    }

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Region by code, Chinese or English name (liupan, 六盘山区, Liupan). Required for a sheet;"
                    + " without it --layout map (or --indicator) writes the whole country.")
    private String region;

    @Mixin
    private IndicatorOptions indicator = new IndicatorOptions();

    @Mixin
    private AggregationOptions aggregation = new AggregationOptions();

    // Options are parsed here rather than by picocli converters so that every mistake gets one plain line.
    @Option(names = "--format", paramLabel = "png|pdf|svg",
            description = "Output format (default: from the --out extension, else pdf).")
    private String format;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300",
            description = "Resolution of PNG output, 72-600 (default: ${DEFAULT-VALUE}).")
    private String dpi;



    @Mixin
    private PageOptions page = new PageOptions();

    @Mixin
    private MapsOption maps = new MapsOption();

    @Mixin
    private PublishingOptions publishing = new PublishingOptions();

    @Option(names = "--layout", paramLabel = "sheet|map", defaultValue = "sheet",
            description = "sheet: map, province table, gap chart and sources (default); map: the map page only.")
    private String layout;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: REGION-CODE.FORMAT here); - writes to standard output.")
    private Path out;

    @Mixin
    private WriteOptions writing = new WriteOptions();

    @Option(names = "--layer", paramLabel = "regions|counties",
            description = "Export a map layer instead of a page: the regions of the county list in force, or the"
                    + " counties with the region of each, as a shapefile (.shp, .shx, .dbf, .cpg, .prj) in the folder"
                    + " --out DIR (--format shp).")
    private String layer;


    @Override
    public Integer call() {
        // Java2D only, never a window: safe without a display even when the launcher did not set it first.
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        if (layer != null) {
            return LayerExport.run(layer, format, out, maps, writing, root, spec.commandLine().getOut(), err);
        }
        try {
            Format chosenFormat = format();
            Dpi chosenDpi = dpi();
            PageSetup setup = parse(page::setup);
            Layout chosenLayout = parseEnum(Layout.class, layout, "--layout must be sheet or map");
            double figureMm = publishing.figureWidthMm(chosenDpi.value());
            SvgPageWriter.TextMode svgText = publishing.svgTextMode();
            if (region == null && indicator.given()) {
                chosenLayout = Layout.MAP; // an indicator without a region: the whole country's map
            }
            if (figureMm > 0 && chosenLayout == Layout.SHEET) {
                throw new UsageError("--figure is for maps: add --layout map (a sheet with its table, chart and"
                        + " sources needs a paper page)");
            }
            if (publishing.pdfa && chosenFormat != Format.PDF) {
                throw new UsageError("--pdfa is for PDF output: add --format pdf or an --out name ending in .pdf");
            }
            if (region == null && chosenLayout == Layout.SHEET) {
                throw new UsageError("--region is required for a sheet; to export the whole country use"
                        + " --layout map without --region");
            }
            AtlasRepository repository = root.store().repository();
            if (region != null && repository.findRegion(region).isEmpty()) {
                throw new UsageError(unknownRegion(repository, region), "");
            }
            org.cpatlas.render.ClassSpec classSpec = indicator.given() ? indicator.spec() : null;
            org.cpatlas.domain.IndicatorInfo info = indicator.given() ? indicator.info(root.indicators()) : null;
            AggregationOptions.Weighting weighting = aggregation.resolve(root.indicators());
            String baseName = region != null ? repository.findRegion(region).get().code()
                    : info != null ? info.code().replace('.', '-') : "china";
            Path target = out != null ? out : Path.of(baseName + "." + chosenFormat.name().toLowerCase(Locale.ROOT));
            boolean toStandardOutput = OutputFile.isStandardOutput(out);
            MapSource mapSource = maps.source();
            WriteRules rules = writing.rules(root, mapSource);
            if (!toStandardOutput) {
                AtomicOutput.checkWritable(target, chosenFormat.kind(), rules);
            }

            // Read as the window reads them (MapsOption.reader): a layer the window refuses is refused here too.
            ShapefileReader reader = maps.reader();
            PrintStyle style = PrintStyle.light(AtlasFonts.load());
            boolean counties = info != null && info.level() == org.cpatlas.domain.Level.COUNTY;
            MapLayers layers = MapLayers.load(mapSource, reader, counties);
            StoreSheets sheets = new StoreSheets(repository, layers);
            MapContent base = info == null ? sheets.content(style.theme(), LocalDate.now())
                    : IndicatorPages.content(layers, IndicatorOptions.map(root.indicators().data(info.code())
                            .orElseThrow(), classSpec, layers), LocalDate.now());
            MapContent content = new MapContent(base.layers(), base.styling(),
                    base.options().withSouthChinaSeaInset(!publishing.noInset), base.legendTitle(), base.sourceLine(),
                    base.date());
            List<PrintPage> pages = new ArrayList<>();
            String title;
            if (region == null || chosenLayout == Layout.MAP) {
                MapSheet mapSheet = region == null ? wholeCountry(info, content) : mapSheet(sheets.sheet(region)
                        .orElseThrow(() -> new UsageError(unknownRegion(repository, region), "")), content);
                pages.add(figureMm > 0 ? MapPage.figure(mapSheet, figureMm, style)
                        : new MapPage(mapSheet, setup, style));
                title = mapSheet.titleZh() + " · " + mapSheet.titleEn();
            } else {
                RegionSheet sheet = sheets.sheet(region)
                        .orElseThrow(() -> new UsageError(unknownRegion(repository, region), ""));
                if (info != null) {
                    // The sheet compares on the indicator its map shows, as 'region NAME --indicator' does.
                    sheet = new IndicatorSheets(MapUnits.load(mapSource, layers).gazetteer(), root.indicators()
                            .data(info.code()).orElseThrow(), weighting.how(), weighting.values(),
                            weighting.weightTitle()).sheet(sheet);
                }
                pages.addAll(RegionSheetPage.pagesOf(sheet, content, setup, style));
                title = sheet.nameZh() + " · " + sheet.nameEn();
            }
            if (toStandardOutput) {
                return writeToStandardOutput(chosenFormat, pages, title, content, chosenDpi, style, svgText, err);
            }
            long start = System.nanoTime();
            List<Path> written = new OutputFiles(target, chosenFormat == Format.PDF ? 1 : pages.size()).paths();
            switch (chosenFormat) {
                case PNG -> {
                    for (int i = 0; i < pages.size(); i++) {
                        new PngPageWriter().write(pages.get(i), chosenDpi, written.get(i), rules);
                    }
                }
                case PDF -> pdfWriter(style, title, content).write(pages, target, title, ProgressListener.NONE,
                        Cancellation.NEVER, rules);
                case SVG -> {
                    for (int i = 0; i < pages.size(); i++) {
                        new SvgPageWriter(svgText).write(pages.get(i), written.get(i), rules);
                    }
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            PrintPage page = pages.get(0);
            long bytes = 0;
            for (Path p : written) {
                bytes += Files.size(p);
            }
            String files = written.size() == 1 ? EchoedText.path(target)
                    : written.stream().map(EchoedText::path).collect(Collectors.joining(", "));
            String pageCount = chosenFormat == Format.PDF && pages.size() > 1 ? ", " + pages.size() + " pages" : "";
            spec.commandLine().getOut().println("Wrote " + files + " (" + describe(chosenFormat, page, chosenDpi)
                    + pageCount + (publishing.pdfa ? ", PDF/A-2b" : "") + ", " + bytes / 1024 + " KB, " + ms
                    + " ms)");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (UsageError e) {
            err.println("atlas: " + e.getMessage() + e.hint());
            err.flush();
            return 2;
        } catch (ExportCancelledException e) {
            err.println("atlas: " + e.getMessage());
            err.flush();
            return 1;
        } catch (ExportException e) {
            err.println("atlas: " + WriteOptions.message(e));
            err.flush();
            return 1;
        } catch (ShapefileException e) {
            err.println("atlas: " + oneLine(e.getMessage()));
            err.flush();
            return 1;
        } catch (java.io.IOException e) {
            err.println("atlas: cannot read the written file: " + FileErrors.describe(e));
            err.flush();
            return 1;
        }
    }

    /**
     * The map page of the whole country: the atlas's own country map, or, with an indicator, the same extent titled
     * with the indicator it maps.
     */
    static MapSheet wholeCountry(org.cpatlas.domain.IndicatorInfo info, MapContent content) {
        if (info == null) {
            return CountryMap.sheet(content);
        }
        return MapSheet.fitting(info.title(), CountryMap.TITLE_EN + " " + CountryMap.TITLE_ZH, CountryMap.extent(),
                content.layers(), content.styling(), content.options(), content.legendTitle(), content.sourceLine(),
                content.date());
    }

    /**
     * The page as bytes on standard output, and nothing else there: no "Wrote" line (a script pipes the bytes on).
     * Not all or nothing, as a file is: a failure midway leaves what was sent, and the exit code says so.
     */
    private int writeToStandardOutput(Format format, List<PrintPage> pages, String title, MapContent content, Dpi dpi,
            PrintStyle style, SvgPageWriter.TextMode svgText, PrintWriter err) throws ExportException {
        if (format != Format.PDF && pages.size() > 1) {
            // One picture file per page; standard output can carry only one.
            err.println("atlas: this sheet has " + pages.size() + " pages, and " + format.name()
                    + " writes one file per page; give --out FILE, or --format pdf for all pages on standard output");
            err.flush();
            return 2;
        }
        try {
            OutputStream stream = new BufferedOutputStream(root.standardOutput(), 1 << 16);
            switch (format) {
                case PNG -> new PngPageWriter().write(pages.get(0), dpi, stream);
                case PDF -> pdfWriter(style, title, content).write(pages, stream, title, ProgressListener.NONE,
                        Cancellation.NEVER);
                case SVG -> new SvgPageWriter(svgText).write(pages.get(0), stream);
            }
            stream.flush();
            return 0;
        } catch (java.io.IOException e) {
            err.println("atlas: cannot write to standard output: " + FileErrors.describe(e));
            err.flush();
            return 1;
        } catch (ExportCancelledException e) {
            throw new IllegalStateException("cannot happen: never cancelled", e);
        }
    }

    private PdfPageWriter pdfWriter(PrintStyle style, String title, MapContent content) {
        PdfPageWriter writer = new PdfPageWriter(style.fonts());
        return publishing.pdfa ? writer.archival(PdfMetadata.of(title, content.sourceLine(), ZonedDateTime.now()))
                : writer;
    }

    /** The map page of one region: the whole region in view and selected, titled with its names. */
    static MapSheet mapSheet(RegionSheet sheet, MapContent content) {
        Envelope extent = RegionExtent.orWholeMap(content.layers(), sheet.code());
        // Fitted to the page's frame, whatever its shape.
        return MapSheet.fitting(sheet.nameZh(), sheet.nameEn(), extent, content.layers(),
                content.styling().withSelected(sheet.code()), content.options(), content.legendTitle(),
                content.sourceLine(), content.date());
    }

    private Format format() {
        if (format != null) {
            return parseEnum(Format.class, format, "--format must be png, pdf or svg, got '" + EchoedText.of(format)
                    + "'");
        }
        if (out != null) {
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : Format.values()) {
                if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        return Format.PDF;
    }

    private Dpi dpi() {
        int value;
        try {
            value = Integer.parseInt(dpi.trim());
        } catch (NumberFormatException e) {
            throw new UsageError("--dpi must be a whole number between 72 and 600, got '" + EchoedText.of(dpi) + "'");
        }
        if (value < Dpi.MIN || value > Dpi.MAX) {
            throw new UsageError("--dpi must be between " + Dpi.MIN + " and " + Dpi.MAX + ", got " + value);
        }
        return new Dpi(value);
    }

    private static String describe(Format format, PrintPage page, Dpi dpi) {
        PageSetup setup = page.setup();
        String paper = setup.describe();
        if (format == Format.PNG) {
            var size = setup.pixelSize(dpi);
            return paper + ", " + size.width() + " x " + size.height() + " px at " + dpi.value() + " DPI";
        }
        return paper + ", vector";
    }

    static String unknownRegion(AtlasRepository repository, String name) {
        String closest = repository.closestRegions(name, 3).stream()
                .map(r -> r.code() + " (" + r.nameZh() + ", " + r.nameEn() + ")")
                .collect(Collectors.joining(", "));
        return "unknown region '" + EchoedText.of(name) + "'; closest matches: " + closest + " (see 'atlas regions')";
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String message) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError(message);
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** A mistake in the command line: reported on one line with exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String hint;

        /** A bad option value: the hint points to the command's usage. */
        UsageError(String message) {
            this(message, " (see 'atlas export --help')");
        }

        UsageError(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        /** Where to look next, appended to the message (the unknown-region message carries its own). */
        String hint() {
            return hint;
        }
    }

}
